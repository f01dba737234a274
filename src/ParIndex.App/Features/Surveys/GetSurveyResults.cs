using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Surveys;

namespace ParIndex.App.Features.Surveys;

/// <summary>
/// A survey's measures: for the secretariat, the council and admin every unit, every unit group and the whole
/// (<see cref="UnitCode"/> null), or one unit; a unit's own users see their own unit's measures and nothing else.
/// </summary>
public sealed record GetSurveyResults(string Survey, string? UnitCode = null);

public sealed record SurveyResultsView(string Code, string Name, int Year, decimal Threshold, int MinRespondents, bool Weighted,
    IReadOnlyList<ScopeResult> Units, IReadOnlyList<ScopeResult> Groups, ScopeResult? Overall);

public sealed class GetSurveyResultsHandler(AppDbContext db)
{
    public async Task<SurveyResultsView> HandleAsync(Actor actor, GetSurveyResults request, CancellationToken ct = default)
    {
        if (!actor.SeesAllUnits)
        {
            var unitId = request.UnitCode is { } code ? await db.Units.Where(u => u.Code == code).Select(u => (int?)u.Id).SingleOrDefaultAsync(ct) : null;
            if (unitId is not { } id || !actor.BelongsTo(id)) throw new ForbiddenException(AccessMessages.OwnSurveyResults());
        }
        var survey = await SurveyData.LoadAsync(db, request.Survey, ct);
        var results = await SurveyData.ComputeAsync(db, survey, ct);
        var units = request.UnitCode is { } unit ? [.. results.Units.Where(u => string.Equals(u.Scope, unit, StringComparison.OrdinalIgnoreCase))] : results.Units;
        var all = request.UnitCode is null;
        return new SurveyResultsView(survey.Code, survey.Name, survey.Year, survey.Threshold, survey.MinRespondents, survey.PopulationsJson is not null,
            units, all ? results.Groups : [], all ? results.Overall : null);
    }
}
