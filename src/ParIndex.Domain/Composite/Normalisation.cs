using System.Globalization;

namespace ParIndex.Domain.Composite;

/// <summary>
/// A normalisation and its parameters, spelt as COINr names the method with the parameters after colons:
/// <c>minmax[:L:U]</c> (0:100), <c>zscore[:M:S]</c> (0:1), <c>scaled[:L:U[:F]]</c> (F 100; without parameters each
/// indicator's from the structure), <c>rank</c>, <c>prank</c>, <c>borda</c>, <c>fracmax</c>, <c>dist2max</c>,
/// <c>dist2ref:I[:cap]</c> (I the unit's position in the data file, 1 = first), <c>dist2targ[:cap]</c> and
/// <c>goalposts[:L:U:S[:notrunc]]</c> (without parameters each indicator's from the structure).
/// </summary>
public sealed record Normalisation(NormaliseMethod Method, double Low = 0, double High = 100, double Scale = 100,
    bool Cap = false, int Reference = 0, bool FromStructure = false, bool Truncate = true)
{
    public static readonly Normalisation Default = new(NormaliseMethod.MinMax);

    private const string Spelling = "minmax[:L:U], zscore[:M:S], scaled[:L:U[:F]], rank, prank, borda, fracmax, dist2max, dist2ref:I[:cap], dist2targ[:cap] or goalposts[:L:U:S[:notrunc]]";

    /// <summary>The text this normalisation is parsed from (the inverse of <see cref="Parse"/>).</summary>
    public string Text => Method switch
    {
        NormaliseMethod.MinMax => $"minmax:{N(Low)}:{N(High)}",
        NormaliseMethod.ZScore => $"zscore:{N(Low)}:{N(High)}",
        NormaliseMethod.Scaled => FromStructure ? "scaled" : $"scaled:{N(Low)}:{N(High)}:{N(Scale)}",
        NormaliseMethod.Rank => "rank",
        NormaliseMethod.PercentRank => "prank",
        NormaliseMethod.Borda => "borda",
        NormaliseMethod.FracMax => "fracmax",
        NormaliseMethod.Dist2Max => "dist2max",
        NormaliseMethod.Dist2Ref => $"dist2ref:{Reference}" + (Cap ? ":cap" : ""),
        NormaliseMethod.Dist2Targ => Cap ? "dist2targ:cap" : "dist2targ",
        _ => FromStructure ? "goalposts" : $"goalposts:{N(Low)}:{N(High)}:{N(Scale)}" + (Truncate ? "" : ":notrunc"),
    };

    private static string N(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    public static Normalisation Parse(string text)
    {
        var parts = text.Trim().Split(':');
        var name = parts[0].Trim().ToLowerInvariant();
        double Number(int i) => double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v : throw Bad($"'{parts[i]}' is not a number");
        bool Word(int i, string word) => parts[i].Trim().Equals(word, StringComparison.OrdinalIgnoreCase) ? true : throw Bad($"'{parts[i]}' is not '{word}'");
        CompositeException Bad(string why) => new(new CompositeProblem(null, $"--normalise {text}: {why}; use {Spelling}"));

        var n = parts.Length;
        var result = (name, n) switch
        {
            ("minmax", 1) => Default,
            ("minmax", 3) => new Normalisation(NormaliseMethod.MinMax, Number(1), Number(2)),
            ("zscore", 1) => new Normalisation(NormaliseMethod.ZScore, 0, 1),
            ("zscore", 3) => new Normalisation(NormaliseMethod.ZScore, Number(1), Number(2)),
            ("scaled", 1) => new Normalisation(NormaliseMethod.Scaled, FromStructure: true),
            ("scaled", 3) => new Normalisation(NormaliseMethod.Scaled, Number(1), Number(2)),
            ("scaled", 4) => new Normalisation(NormaliseMethod.Scaled, Number(1), Number(2), Number(3)),
            ("rank", 1) => new Normalisation(NormaliseMethod.Rank),
            ("prank", 1) => new Normalisation(NormaliseMethod.PercentRank),
            ("borda", 1) => new Normalisation(NormaliseMethod.Borda),
            ("fracmax", 1) => new Normalisation(NormaliseMethod.FracMax),
            ("dist2max", 1) => new Normalisation(NormaliseMethod.Dist2Max),
            ("dist2ref", 2 or 3) => new Normalisation(NormaliseMethod.Dist2Ref, Reference: Position(parts[1]), Cap: n == 3 && Word(2, "cap")),
            ("dist2targ", 1) => new Normalisation(NormaliseMethod.Dist2Targ),
            ("dist2targ", 2) => new Normalisation(NormaliseMethod.Dist2Targ, Cap: Word(1, "cap")),
            ("goalposts", 1) => new Normalisation(NormaliseMethod.Goalposts, FromStructure: true),
            ("goalposts", 4 or 5) => new Normalisation(NormaliseMethod.Goalposts, Number(1), Number(2), Number(3), Truncate: !(n == 5 && Word(4, "notrunc"))),
            _ => throw Bad("unknown method or wrong number of parameters"),
        };
        if (result.Method == NormaliseMethod.MinMax && !(result.High > result.Low)) throw Bad("the upper bound must be above the lower bound");
        if (result.Method is NormaliseMethod.Scaled or NormaliseMethod.Goalposts && !result.FromStructure && result.High == result.Low)
            throw Bad("the two bounds must differ");
        if (result.Method == NormaliseMethod.ZScore && !(result.High > 0)) throw Bad("the standard deviation must be above 0");
        return result;

        int Position(string s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 1
            ? i : throw Bad($"'{s}' is not a unit position (1 = the first unit of the data file)");
    }
}
