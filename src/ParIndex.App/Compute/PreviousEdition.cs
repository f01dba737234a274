using ParIndex.App.Crosswalks;
using ParIndex.App.Files;
using ParIndex.App.Frameworks;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Results;
using ParIndex.Domain.Scoring;

namespace ParIndex.App.Compute;

/// <summary>
/// Last year's scores on last year's framework edition and the crosswalk to this year's: what gives each unit its
/// change per area and sub-criterion (<see cref="EditionComparison"/>) beside the change of its total.
/// </summary>
public sealed class PreviousEdition
{
    private readonly IReadOnlyDictionary<string, UnitScore> _scores;
    private readonly Crosswalk? _crosswalk;
    private readonly string _file;

    private PreviousEdition(IReadOnlyDictionary<string, UnitScore> scores, Crosswalk? crosswalk, string file)
    {
        _scores = scores;
        _crosswalk = crosswalk;
        _file = file;
    }

    /// <summary>Reads the request's previous scores, edition and crosswalk, adding every problem (the crosswalk's against both editions).</summary>
    public static PreviousEdition Read(ComputeRequest request, CompiledFramework current, List<ImportProblem> problems)
    {
        var framework = request.PreviousFramework is null ? current : CompiledFramework.Compile(FrameworkFiles.Load(request.PreviousFramework));
        var sheet = ScoresFile.Read(Table.Load(request.PreviousScores!), framework, null, problems);
        Crosswalk? crosswalk = null;
        if (request.Crosswalk is not null)
        {
            var file = CrosswalkFiles.Load(request.Crosswalk);
            problems.AddRange(file.ProblemsAgainst(framework, current));
            crosswalk = file.Crosswalk;
        }
        var scores = sheet.Units.ToDictionary(u => u, u => sheet.Score(u), StringComparer.OrdinalIgnoreCase);
        return new PreviousEdition(scores, crosswalk, request.PreviousScores!);
    }

    /// <summary>
    /// Adds the change per node to every unit that has a predecessor in last year's results; each predecessor (through
    /// lineage) must have last year's scores.
    /// </summary>
    public GroupResult Apply(GroupResult compared, IReadOnlyList<PreviousResult> previous, IReadOnlyList<LineageEvent> lineage, CombineMode mode)
    {
        var problems = new List<ImportProblem>();
        var units = new List<UnitResult>(compared.Units.Count);
        foreach (var u in compared.Units)
        {
            var predecessors = YearOverYear.PredecessorsOf(u.Unit.Code, previous, lineage);
            foreach (var (unit, _) in predecessors.Where(p => !_scores.ContainsKey(p.Unit)))
                problems.Add(new ImportProblem(_file, $"unit {unit} is in last year's results (compared with {u.Unit.Code}) but has no scores here"));
            units.Add(predecessors.Count == 0 || predecessors.Any(p => !_scores.ContainsKey(p.Unit))
                ? u
                : u with { Nodes = EditionComparison.ForUnit(u.Score, [.. predecessors.Select(p => (_scores[p.Unit], p.Weight))], _crosswalk, mode) });
        }
        ImportException.ThrowIfAny(problems);
        return compared with { Units = units };
    }
}
