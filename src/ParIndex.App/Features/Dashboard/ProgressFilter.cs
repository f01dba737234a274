using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Dashboard;

/// <summary>
/// Which units of a period's progress to show or export: by submission state, by unit group, and by a piece of the
/// unit's code or name (any case). Null or blank criteria keep everything.
/// </summary>
public sealed record ProgressFilter(SubmissionState? State = null, string? Group = null, string? Search = null)
{
    public IReadOnlyList<UnitProgress> Apply(IEnumerable<UnitProgress> units) =>
    [
        .. units.Where(u => (State is null || u.State == State)
                            && (string.IsNullOrWhiteSpace(Group) || u.Group == Group)
                            && (string.IsNullOrWhiteSpace(Search)
                                || u.UnitCode.Contains(Search.Trim(), StringComparison.OrdinalIgnoreCase)
                                || u.UnitName.Contains(Search.Trim(), StringComparison.OrdinalIgnoreCase))),
    ];
}
