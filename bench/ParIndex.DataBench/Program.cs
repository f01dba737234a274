using System.Globalization;
using ParIndex.DataBench;

// Writes the input files of the data-path benchmarks (bench/README.md, "The data path"): the stateless compute's
// files at national scale, and a Kobo-style export of SIPAS answers. Fixed seeds: the same arguments give the same bytes.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args.Length < 2) return Usage();
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 2; i + 1 < args.Length; i += 2)
{
    if (!args[i].StartsWith("--", StringComparison.Ordinal)) return Usage();
    options[args[i][2..]] = args[i + 1];
}
int Option(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

var dir = args[1];
Directory.CreateDirectory(dir);
switch (args[0])
{
    case "compute":
        ComputeFiles.Write(dir, Option("units", 4000));
        break;
    case "answers":
        AnswerFiles.Write(dir, Option("rows", 1_000_000), Option("units", 100));
        break;
    default:
        return Usage();
}
return 0;

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/ParIndex.DataBench -- compute DIR [--units 4000]");
    Console.Error.WriteLine("       dotnet run -c Release --project bench/ParIndex.DataBench -- answers DIR [--rows 1000000] [--units 100]");
    return 2;
}
