using System.Globalization;
using System.Text;
using ParIndex.App.Compute;
using ParIndex.LoadBench;

namespace ParIndex.DataBench;

/// <summary>
/// The files of <c>parindex compute</c> for one year at national scale: <c>framework.json</c> (the load bench's
/// 100-leaf framework), <c>units.csv</c> and <c>scores.csv</c> (N units × 100 sub-criteria, about 2 % not applicable),
/// <c>lineage.csv</c> (the first 100 units each merged from two of last year's, the next 100 renamed) and
/// <c>previous.csv</c>, last year's results computed by the application itself from <c>units-previous.csv</c> and
/// <c>scores-previous.csv</c>.
/// </summary>
internal static class ComputeFiles
{
    private const int Merged = 100;
    private const int Renamed = 100;

    public static void Write(string dir, int units)
    {
        File.WriteAllText(Path.Combine(dir, "framework.json"), BenchFramework.Json());
        var current = Enumerable.Range(1, units).Select(i => $"U{i:D5}").ToList();
        var previous = new List<string>();
        var lineage = new StringBuilder("from,to,kind,year,weight\n");
        for (var i = 0; i < units; i++)
        {
            if (i < Merged)
            {
                foreach (var part in new[] { "A", "B" })
                {
                    previous.Add($"M{i:D5}{part}");
                    lineage.Append(CultureInfo.InvariantCulture, $"M{i:D5}{part},{current[i]},merge,2025,{(part == "A" ? "0.6" : "0.4")}\n");
                }
            }
            else if (i < Merged + Renamed)
            {
                previous.Add($"R{i:D5}");
                lineage.Append(CultureInfo.InvariantCulture, $"R{i:D5},{current[i]},rename,2025,\n");
            }
            else previous.Add(current[i]);
        }
        File.WriteAllText(Path.Combine(dir, "lineage.csv"), lineage.ToString());
        WriteYear(dir, "-previous", previous, seed: 2024);
        WriteYear(dir, "", current, seed: 2025);
        var last = ComputeResults.Run(new ComputeRequest(Path.Combine(dir, "framework.json"), Path.Combine(dir, "scores-previous.csv"), Path.Combine(dir, "units-previous.csv")));
        File.WriteAllText(Path.Combine(dir, "previous.csv"), ResultWriter.Csv(last));
    }

    private static void WriteYear(string dir, string suffix, List<string> codes, int seed)
    {
        using (var units = new StreamWriter(Path.Combine(dir, $"units{suffix}.csv")))
        {
            units.Write("code,name\n");
            foreach (var code in codes) units.Write($"{code},Đơn vị {code}\n");
        }
        var random = new Random(seed);
        using var scores = new StreamWriter(Path.Combine(dir, $"scores{suffix}.csv"), false, new UTF8Encoding(false), 1 << 16);
        scores.Write("unit,code,value\n");
        foreach (var code in codes)
            foreach (var leaf in BenchFramework.LeafList)
                scores.Write($"{code},{leaf.Code},{BenchFramework.Input(leaf, random)}\n");
    }
}
