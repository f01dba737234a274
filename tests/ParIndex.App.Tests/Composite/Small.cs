using ParIndex.App.Composite;
using ParIndex.Domain.Composite;

namespace ParIndex.App.Tests.Composite;

/// <summary>Hand-sized indices written inline as COINr CSV text.</summary>
internal static class Small
{
    /// <summary>
    /// Top (level 3) = P (weight 2) and Q (weight 1); P = a (weight 1) and b (weight 3); Q = c (direction −1).
    /// </summary>
    public const string Meta = """
        iCode,Level,Parent,Weight,Direction,Type,Target
        a,1,P,1,1,Indicator,80
        b,1,P,3,1,Indicator,NA
        c,1,Q,1,-1,Indicator,10
        P,2,Top,2,NA,Aggregate,NA
        Q,2,Top,1,NA,Aggregate,NA
        Top,3,NA,1,NA,Aggregate,NA
        g1,NA,NA,NA,NA,Group,NA
        """;

    public static IndexStructure Structure(string meta = Meta) => IndexMetaReader.Read("meta.csv", meta);

    public static CompositeResult Build(string data, CompositeOptions? options = null, string meta = Meta)
    {
        var structure = Structure(meta);
        return CompositeIndex.Build(structure, UnitDataReader.Read("data.csv", data, structure), options ?? CompositeOptions.Default);
    }

    public static CompositeProblem Problem(Action action) => Assert.Single(Assert.Throws<CompositeException>(action).Problems);
}
