using System.Text;
using ParIndex.App.Files;
using ParIndex.App.Composite;
using ParIndex.Domain.Composite;
using Xunit.Abstractions;

namespace ParIndex.App.Tests.Fuzz;

/// <summary>
/// Hostile iMeta and iData files for <c>parindex composite</c>, read as the command reads them (UTF-8 text) and
/// built with every normalisation and aggregation: a result, or a <see cref="CompositeException"/> (which the command
/// reports as located import problems), never another exception or a hang. Nothing is written, so there is no state
/// to compare; an accepted build must rank every unit it scores within 1…n.
/// </summary>
public sealed class CompositeFuzzTests(ITestOutputHelper output)
{
    private static readonly string Fixtures = Path.Combine(Repo.Root, "tests", "ParIndex.App.Tests", "Composite", "Fixtures");
    private static readonly string[] Normalisations = ["minmax:0:100", "zscore:10:2", "prank", "dist2targ"];

    [Fact]
    public async Task Structure_and_data_files_give_a_ranking_or_located_problems()
    {
        var meta = File.ReadAllBytes(Path.Combine(Fixtures, "imeta.csv"));
        var data = File.ReadAllBytes(Path.Combine(Fixtures, "treated.csv"));
        var run = new FuzzRun("composite.csv", output);
        await run.RunAsync((i, m) =>
            {
                var (what, mutated) = m.Text(i % 2 == 0 ? meta : data);
                return ($"{(i % 2 == 0 ? "iMeta" : "iData")}: {what}", mutated);
            },
            (i, bytes) =>
            {
                var dir = Repo.TempDir();
                var (metaPath, dataPath) = (Path.Combine(dir, "imeta.csv"), Path.Combine(dir, "idata.csv"));
                File.WriteAllBytes(metaPath, i % 2 == 0 ? bytes : meta);
                File.WriteAllBytes(dataPath, i % 2 == 0 ? data : bytes);
                Build(i, metaPath, dataPath);
                return Task.CompletedTask;
            },
            null);
        Assert.True(run.Refused > 0 && run.Accepted > 0, $"{run.Accepted} accepted, {run.Refused} refused");
    }

    private static void Build(int i, string metaPath, string dataPath)
    {
        try
        {
            var structure = IndexMetaReader.Read(metaPath, File.ReadAllText(metaPath, Encoding.UTF8));
            var data = UnitDataReader.Read(dataPath, File.ReadAllText(dataPath, Encoding.UTF8), structure);
            var options = CompositeOptions.Parse(Normalisations[i / 2 % Normalisations.Length], i / 8 % 2 == 0 ? "amean" : "gmean");
            var result = CompositeIndex.Build(structure, data, options);
            Assert.All(result.Ranks, r => Assert.InRange(r, 0, result.Units.Count));
            if (i % 10 == 0) RankUncertainty.Run(result, WeightNoise.ParseList("1:0.25"), 5, (ulong)i);
        }
        catch (CompositeException e)
        {
            // As CompositeCommand reports it.
            throw new ImportException([.. e.Problems.Select(p => new ImportProblem(p.File ?? "parindex composite", p.Message, p.Line, p.Column, Node: p.Code))]);
        }
    }
}
