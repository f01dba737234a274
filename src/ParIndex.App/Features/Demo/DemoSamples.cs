using ParIndex.App.Compute;
using ParIndex.App.Files;
using ParIndex.App.Frameworks;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;
using DomainUnit = ParIndex.Domain.Results.Unit;

namespace ParIndex.App.Features.Demo;

/// <summary>
/// The bundled sample province (samples/ folder: frameworks/ and tinh-mau/), read and checked as a whole before the
/// demo writes anything, so a missing or broken file refuses the load with every problem listed.
/// </summary>
internal sealed class DemoSamples
{
    public static readonly int[] Years = [2024, 2025];

    private DemoSamples(string folder, IReadOnlyList<DemoGroup> groups)
    {
        Folder = folder;
        Groups = groups;
    }

    public string Folder { get; }

    /// <summary>Departments first, then communes.</summary>
    public IReadOnlyList<DemoGroup> Groups { get; }

    public DemoGroup Departments => Groups[0];

    public DemoGroup Communes => Groups[1];

    public string Province(string file) => Path.Combine(Folder, "tinh-mau", file);

    public string LineagePath => Province("lineage.csv");

    /// <summary>The citizens' satisfaction questionnaire of the demo's 2026 survey.</summary>
    public string SurveyPath => Path.Combine(Folder, "surveys", "sipas.json");

    /// <summary>The province's external indices (sample figures), read by <see cref="Scoreboard.ImportScoreboardHandler"/>.</summary>
    public string ScoreboardPath => Province("chi-so-tinh.csv");

    public static DemoSamples Load(string folder)
    {
        var problems = new List<ImportProblem>();
        if (!Directory.Exists(folder))
            throw new ImportException([new ImportProblem(folder, DemoMessages.NoFolder())]);
        var groups = new List<DemoGroup>();
        foreach (var (framework, tag) in new[] { ("so-nganh.json", "so"), ("xa-phuong.json", "xa") })
        {
            var path = Path.Combine(folder, "frameworks", framework);
            CompiledFramework? compiled = null;
            try
            {
                compiled = CompiledFramework.Compile(FrameworkFiles.Load(path));
            }
            catch (ImportException e)
            {
                problems.AddRange(e.Problems);
                continue;
            }
            var years = new Dictionary<int, DemoYear>();
            foreach (var year in Years)
            {
                var unitsPath = Path.Combine(folder, "tinh-mau", $"units-{tag}-{year}.csv");
                var scoresPath = Path.Combine(folder, "tinh-mau", $"scores-{tag}-{year}.csv");
                try
                {
                    var units = UnitsFile.Read(Table.Load(unitsPath), compiled.Framework.Group, problems);
                    var scores = ScoresFile.Read(Table.Load(scoresPath), compiled, [.. units.Select(u => u.Code)], problems);
                    years[year] = new DemoYear(year, unitsPath, units, scores);
                }
                catch (ImportException e)
                {
                    problems.AddRange(e.Problems);
                }
            }
            groups.Add(new DemoGroup(path, compiled, years, IsCommunes: tag == "xa"));
        }
        try
        {
            ParIndex.App.Surveys.QuestionnaireFiles.Load(Path.Combine(folder, "surveys", "sipas.json"));
        }
        catch (ImportException e)
        {
            problems.AddRange(e.Problems);
        }
        var lineage = Path.Combine(folder, "tinh-mau", "lineage.csv");
        if (!File.Exists(lineage)) problems.Add(new ImportProblem(lineage, "file not found"));
        try
        {
            Scoreboard.ScoreboardFile.Read(Table.Load(Path.Combine(folder, "tinh-mau", "chi-so-tinh.csv")), problems);
        }
        catch (ImportException e)
        {
            problems.AddRange(e.Problems);
        }
        ImportException.ThrowIfAny(problems);
        return new DemoSamples(folder, groups);
    }
}

/// <summary>One unit group of the samples: its framework file and, per year, its units and their inputs.</summary>
internal sealed record DemoGroup(string FrameworkPath, CompiledFramework Framework, IReadOnlyDictionary<int, DemoYear> Years, bool IsCommunes)
{
    public string Code => Framework.Framework.Code;

    /// <summary>Every unit code of every year: the units the demo creates.</summary>
    public IEnumerable<string> UnitCodes => Years.Values.SelectMany(y => y.Units.Select(u => u.Code)).Distinct(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<(int Leaf, FrameworkNode Node)> Leaves =>
        Framework.LeafNodes.Select((n, leaf) => (leaf, Framework.Nodes[n]));

    public bool IsSurvey(int leaf) => Framework.Rules[leaf] is SurveyRule;

    /// <summary>The leaf ordinal of a sub-criterion code.</summary>
    public int Leaf(string code) => Framework.LeafOrdinal(Framework.NodeIndex(code) ?? throw new InvalidOperationException($"no node {code} in {Code}"));
}

/// <summary>A group's units and inputs in one sample year.</summary>
internal sealed record DemoYear(int Year, string UnitsPath, IReadOnlyList<DomainUnit> Units, ScoreSheet Scores)
{
    public IReadOnlyList<LeafInput> Inputs(string code) => Scores.Inputs(code);

    /// <summary>A unit's input for a leaf as the ledger stores it.</summary>
    public string Text(string code, int leaf) => InputText.Format(Scores.Palette.Input(leaf, Scores.Rows[code][leaf]));
}
