namespace ParIndex.Domain.Composite;

/// <summary>How missing values are filled (COINr's <c>i_*</c> functions), per indicator.</summary>
public enum ImputationMethod
{
    /// <summary>The indicator's mean over the units with a value (COINr <c>i_mean</c>).</summary>
    Mean,
    /// <summary>The indicator's median (COINr <c>i_median</c>).</summary>
    Median,
    /// <summary>The mean within the unit's group (COINr <c>i_mean_grp</c>); units without a group are left alone.</summary>
    GroupMean,
    /// <summary>The median within the unit's group (COINr <c>i_median_grp</c>).</summary>
    GroupMedian,
}

/// <summary>An imputation, spelt <c>mean</c>, <c>median</c>, <c>groupmean:COLUMN</c> or <c>groupmedian:COLUMN</c> (COLUMN a grouping column of the data file).</summary>
public sealed record Imputation(ImputationMethod Method, string? Group = null)
{
    public string Text => Method switch
    {
        ImputationMethod.Mean => "mean",
        ImputationMethod.Median => "median",
        ImputationMethod.GroupMean => "groupmean:" + Group,
        _ => "groupmedian:" + Group,
    };

    public static Imputation Parse(string text)
    {
        var parts = text.Trim().Split(':', 2);
        return (parts[0].Trim().ToLowerInvariant(), parts.Length) switch
        {
            ("mean", 1) => new Imputation(ImputationMethod.Mean),
            ("median", 1) => new Imputation(ImputationMethod.Median),
            ("groupmean", 2) when parts[1].Trim().Length > 0 => new Imputation(ImputationMethod.GroupMean, parts[1].Trim()),
            ("groupmedian", 2) when parts[1].Trim().Length > 0 => new Imputation(ImputationMethod.GroupMedian, parts[1].Trim()),
            _ => throw new CompositeException(new CompositeProblem(null, $"--impute {text}: use mean, median, groupmean:COLUMN or groupmedian:COLUMN")),
        };
    }
}
