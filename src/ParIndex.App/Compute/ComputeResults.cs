using ParIndex.App.Files;
using ParIndex.App.Frameworks;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Ranking;
using ParIndex.Domain.Results;
using ParIndex.Domain.Text;

namespace ParIndex.App.Compute;

/// <summary>
/// The stateless computation: reads a framework, scores and optional units, previous results and lineage (and last
/// year's scores, edition and crosswalk for the change per area and sub-criterion), and returns the ranked results of
/// the framework's unit group. Every problem in every file is collected before anything is
/// computed; if there is one, an <see cref="ImportException"/> carries them all.
/// </summary>
public static class ComputeResults
{
    /// <param name="progress">Told how much of the scores file is read (the longest step), a few times a second.</param>
    public static GroupResult Run(ComputeRequest request, IProgress<WorkProgress>? progress = null)
    {
        var framework = CompiledFramework.Compile(FrameworkFiles.Load(request.Framework));
        var problems = new List<ImportProblem>();
        var units = request.Units is null ? null : Collect(() => UnitsFile.Read(Table.Load(request.Units), framework.Framework.Group, problems), problems);
        var scores = Collect(() => ReadScores(request.Scores, framework, units?.Select(u => u.Code).ToList(), problems, progress), problems);
        var previous = request.Previous is null ? [] : Collect(() => PreviousFile.Read(request.Previous, problems), problems) ?? [];
        var lineage = request.Lineage is null ? [] : Collect(() => LineageFile.Read(Table.Load(request.Lineage), problems), problems) ?? [];
        var previousEdition = request.PreviousScores is null ? null : Collect(() => PreviousEdition.Read(request, framework, problems), problems);
        if (request.PreviousScores is not null && request.Previous is null)
            problems.Add(new ImportProblem("--previous-scores", "last year's scores compare areas and sub-criteria beside the totals: give last year's results with --previous too"));
        if (request.PreviousScores is null && (request.Crosswalk ?? request.PreviousFramework) is { } alone)
            problems.Add(new ImportProblem(alone, "a previous edition or crosswalk is used with last year's scores: give --previous-scores too"));
        if (request.RankPrecision is < 0 or > 10)
            problems.Add(new ImportProblem("--rank-precision", $"{request.RankPrecision} decimals is outside 0–10"));

        var group = framework.Framework.Group;
        foreach (var u in units ?? [])
            if (!string.Equals(u.Group, group, StringComparison.OrdinalIgnoreCase))
                problems.Add(new ImportProblem(request.Units!, $"unit {u.Code} is in group '{Excerpt.Of(u.Group)}', but framework {framework.Framework.Code} is for '{Excerpt.Of(group)}'"));
        ImportException.ThrowIfAny(problems);

        var byCode = (units ?? scores!.Units.Select(u => new Unit(u, u, framework.Framework.Group)).ToList())
            .ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
        var scored = scores!.Units.Select(code => (Unit: byCode[code], Score: scores.Score(code))).ToList();
        foreach (var (unit, score) in scored.Where(s => s.Score.Index is null))
            problems.Add(new ImportProblem(request.Scores, $"unit {unit.Code}: every sub-criterion is NA, so it has no index"));
        ImportException.ThrowIfAny(problems);

        var result = GroupScoring.Rank(group, framework, scored, new RankingPolicy(request.RankPrecision));
        if (request.Previous is null) return result;
        var compared = YearOverYear.Compare(result, previous, lineage, request.Combine);
        return previousEdition is null ? compared : previousEdition.Apply(compared, previous, lineage, request.Combine);
    }

    private static ScoreSheet ReadScores(string path, CompiledFramework framework, IReadOnlyCollection<string>? knownUnits, List<ImportProblem> problems,
        IProgress<WorkProgress>? progress)
    {
        using var reader = TableReader.Open(path, progress);
        return ScoresFile.Read(reader, framework, knownUnits, problems);
    }

    /// <summary>Reads one file, turning a file that cannot be read at all into problems, so the other files are still checked.</summary>
    private static T? Collect<T>(Func<T> read, List<ImportProblem> problems) where T : class
    {
        try
        {
            return read();
        }
        catch (ImportException e)
        {
            problems.AddRange(e.Problems);
            return null;
        }
    }
}
