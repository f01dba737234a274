namespace ParIndex.App.Data;

/// <summary>The framework edition a period uses for one unit group.</summary>
public sealed class PeriodFramework
{
    public int PeriodId { get; set; }

    public required string Group { get; set; }

    public int FrameworkEditionId { get; set; }

    public FrameworkEdition FrameworkEdition { get; set; } = null!;
}
