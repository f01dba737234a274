using ParIndex.App.Data;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.Publishing;
using ParIndex.App.Features.Results;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.Domain.Numbers;
using ParIndex.Domain.Results;

namespace ParIndex.Web.Api;

/// <summary>Request bodies of the JSON API; the path names the period, unit and sub-criterion.</summary>
public sealed record ScoreBody(string Input, int ExpectedVersion, string? Explanation = null);

public sealed record AppraisalBody(string Input, string Reason, int ExpectedVersion);

public sealed record AppealItemBody(string LeafCode, string RequestedInput, string Argument, IReadOnlyList<int>? DocumentIds = null);

public sealed record AppealBody(IReadOnlyList<AppealItemBody> Items);

public sealed record DecisionBody(bool Accept, string Reason, string? DecidedInput = null);

/// <summary>The body of a write that needs no data (submit): <c>{}</c>, sent as JSON like every write (see <see cref="ApiWrites"/>).</summary>
public sealed record EmptyBody;

public sealed record TokenBody(string Name, int ValidDays);

/// <summary>What the JSON API returns: plain records, numbers as numbers (indices rounded for publication), states as names.</summary>
public sealed record PeriodDto(int Id, int Year, string Name, string State, IReadOnlyList<string> Frameworks, int Units, DateTimeOffset SelfAssessmentCloses, DateTimeOffset FinalisationDue)
{
    public static PeriodDto Of(PeriodSummary p) => new(p.Id, p.Year, p.Name, p.State.ToString(), p.Frameworks, p.Units, p.SelfAssessmentCloses, p.FinalisationDue);
}

public sealed record PublicationDto(string Group, DateTimeOffset PublishedAt, string Sha256)
{
    public static PublicationDto Of(PublicationSummary p) => new(p.Group, p.PublishedAt, p.Sha256);
}

public sealed record PeriodDetailsDto(PeriodDto Period, IReadOnlyList<PublicationDto> Publications);

/// <param name="Author">Who saved it; null for a reader outside the unit (after publication).</param>
public sealed record ScoreDto(int Version, string Input, decimal Points, string? Note, string? Author, DateTimeOffset At)
{
    public static ScoreDto? Of(StageScore? e) => e is null ? null : new(e.Version, e.Input, e.Points, e.Note, e.Author, e.At);
}

/// <param name="Argument">The unit's argument; null for a reader outside the unit (after publication).</param>
public sealed record AppealDto(int Id, string LeafCode, string State, string RequestedInput, string? Argument, string? DecisionReason)
{
    public static AppealDto Of(Appeal a) => new(a.Id, a.LeafCode, a.State.ToString(), a.RequestedInput, a.Argument, a.DecisionReason);

    public static AppealDto Of(AppealRecord a) => new(a.Id, a.LeafCode, a.State.ToString(), a.RequestedInput, a.Argument, a.DecisionReason);
}

public sealed record LeafDto(string Code, string Name, decimal Max, ScoreDto? Self, ScoreDto? Appraised, ScoreDto? Appeal, ScoreDto? Final, IReadOnlyList<AppealDto> Appeals);

public sealed record SubmissionDto(int PeriodId, string Unit, string Name, string State, DateTimeOffset? ExtendedUntil, string? ReturnReason, IReadOnlyList<LeafDto> Leaves)
{
    public static SubmissionDto Of(SubmissionView v) => new(v.PeriodId, v.UnitCode, v.UnitName, v.State.ToString(), v.ExtendedUntil, v.ReturnReason,
        [.. v.Leaves.Select(l => new LeafDto(l.Code, l.Name, l.Max, ScoreDto.Of(l.Self), ScoreDto.Of(l.Appraised), ScoreDto.Of(l.Appeal), ScoreDto.Of(l.Final), [.. l.Appeals.Select(AppealDto.Of)]))]);
}

public sealed record SavedScoreDto(string LeafCode, string Input, decimal Points, int Version, string Explanation, string SubmissionState);

public sealed record RankedUnitDto(int Rank, string Unit, string Name, decimal Points, decimal Max, decimal Index, string Band, decimal? DeltaPoints, int? DeltaRank, IReadOnlyDictionary<string, decimal?> Areas);

/// <param name="Comparison">How this year compares with last year's publication (same edition, crosswalk, totals only); null without one.</param>
/// <param name="Changes">Each unit's change per area, criterion and sub-criterion from last year (decision 015).</param>
public sealed record RankingDto(int PeriodId, int Year, string Group, bool Published, string? Sha256, decimal Mean, IReadOnlyList<RankedUnitDto> Units,
    ComparisonDto? Comparison = null, IReadOnlyList<UnitChangesDto>? Changes = null)
{
    public static RankingDto Of(RankingView v) => new(v.PeriodId, v.Year, v.Group, v.Published, v.Sha256, Publish.Round(v.Results.Statistics.Mean),
        [.. v.Results.Units.Select(u => new RankedUnitDto(u.Rank, u.Unit.Code, u.Unit.Name, Publish.Round(u.Score.TotalPoints), u.Score.TotalMax, u.PublishedIndex,
            u.Band.Label, u.Change?.DeltaPoints, u.Change?.DeltaRank, Areas(v.Results.Framework, u.Score)))],
        ComparisonDto.Of(v.Results), v.Results.Units.Any(u => u.Nodes is not null) ? [.. v.Results.Units.Where(u => u.Nodes is not null).Select(u => UnitChangesDto.Of(u.Unit.Code, u.Nodes!))] : null);

    public static IReadOnlyDictionary<string, decimal?> Areas(Domain.Frameworks.CompiledFramework f, Domain.Scoring.UnitScore score) =>
        f.AreaNodes.Select((node, a) => (f.Nodes[node].Code, score.ComponentIndex(a) is { } c ? Publish.Round(c) : (decimal?)null)).ToDictionary(x => x.Code, x => x.Item2);
}

public sealed record TraceDto(string Code, string Name, int Depth, decimal Points, decimal ApplicableMax, string? Input, string Why, string WhyEn)
{
    public static TraceDto Of(TraceLine l) => new(l.Code, l.Name, l.Depth, l.Points, l.ApplicableMax, l.Input, l.Explanation.Vi, l.Explanation.En);
}

public sealed record UnitResultDto(int PeriodId, int Year, string Unit, string Name, bool Published, string? Sha256, decimal? Index, string Band, int? Rank, int? GroupSize,
    IReadOnlyDictionary<string, decimal?> Areas, IReadOnlyList<TraceDto> Trace, IReadOnlyList<YearResult> History)
{
    public static UnitResultDto Of(UnitResultView v) => new(v.PeriodId, v.Year, v.Unit.Code, v.Unit.Name, v.Published, v.Sha256,
        v.Index is { } i ? Publish.Round(i) : null, v.Band.Label, v.Rank, v.GroupSize, RankingDto.Areas(v.Framework, v.Score), [.. v.Trace.Select(TraceDto.Of)], v.History);
}
