using ParIndex.Domain.Comparison;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Data;

/// <summary>One year's assessment (kỳ đánh giá) with its deadlines, ranking policy and state.</summary>
public sealed class Period
{
    public int Id { get; set; }

    public int Year { get; set; }

    public required string Name { get; set; }

    public PeriodState State { get; set; }

    public DateTimeOffset SelfAssessmentOpens { get; set; }

    public DateTimeOffset SelfAssessmentCloses { get; set; }

    public DateTimeOffset AppraisalCloses { get; set; }

    public DateTimeOffset AppealsClose { get; set; }

    public DateTimeOffset FinalisationDue { get; set; }

    /// <summary>Null: rank on the exact index; otherwise on the index rounded to this many decimals.</summary>
    public int? RankPrecision { get; set; }

    public CombineMode Combine { get; set; }

    /// <summary>The period's own band list as JSON (<c>[{"label","min"}]</c>); null uses each framework's bands.</summary>
    public string? BandsJson { get; set; }

    /// <summary>What happens to a unit that never submits; chosen until self-assessment ends.</summary>
    public NonSubmitterPolicy NonSubmitters { get; set; }

    /// <summary>Optimistic concurrency: bumped on every change of the period itself.</summary>
    public int Version { get; set; }

    public List<PeriodFramework> Frameworks { get; set; } = [];

    public List<Submission> Submissions { get; set; } = [];

    /// <summary>The deadlines in Vietnam time, so messages name them as users know them.</summary>
    public PeriodDeadlines Deadlines => new(Moment.InVietnam(SelfAssessmentOpens), Moment.InVietnam(SelfAssessmentCloses),
        Moment.InVietnam(AppraisalCloses), Moment.InVietnam(AppealsClose), Moment.InVietnam(FinalisationDue));
}
