using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring;

namespace ParIndex.App.Features.Facts;

/// <summary>
/// Fills mapped sub-criteria from the period's figures: each unit's self-assessed input of a mapped item becomes the
/// figure (converted by the mapping's scale) with the note "Nguồn: …, ngày …", appended to the score ledger and the
/// audit log where it differs from the latest entry. Runs inside the caller's unit of work.
/// </summary>
internal static class FactFill
{
    /// <summary>The input text a figure gives a leaf: a percentage becomes "95.5%", the rest the number itself.</summary>
    public static string Input(FactScale scale, decimal value) =>
        scale == FactScale.Percent ? value.ToString(CultureInfo.InvariantCulture) + "%" : value.ToString(CultureInfo.InvariantCulture);

    public static string Note(string source, DateOnly figuresOn) => FactsMessages.Source(source, figuresOn).In(Language.Vi);

    /// <summary>
    /// The period's sub-criteria filled from an official source, each with its indicator: not the unit's to type (it may
    /// appeal the figure after the appraisal). Every use case that saves a unit's input refuses them through this.
    /// </summary>
    public static async Task<Dictionary<string, string>> MappedAsync(AppDbContext db, int periodId, CancellationToken ct) =>
        await db.FactMappings.AsNoTracking().Where(m => m.PeriodId == periodId).ToDictionaryAsync(m => m.LeafCode, m => m.Indicator, ct);

    /// <summary>Problems of one figure against the leaf its indicator fills for that unit; null when it fits.</summary>
    public static Message? Refusal(SubmissionScope scope, FactMapping mapping, decimal value)
    {
        if (scope.Framework.NodeIndex(mapping.LeafCode) is null) return null;
        try
        {
            scope.Accept(scope.Leaf(mapping.LeafCode), Input(mapping.Scale, value), required: true);
            return null;
        }
        catch (Files.ImportException e)
        {
            return FactsMessages.RefusedByRule(mapping.LeafCode, e.Problems[0].Says);
        }
    }

    /// <returns>How many ledger entries were appended.</returns>
    public static async Task<int> FillAsync(AppDbContext db, Actor actor, DateTimeOffset now, int periodId, IReadOnlyList<FactMapping> mappings,
        IReadOnlyList<FactFigure> figures, IReadOnlyDictionary<int, string> unitCodes, CancellationToken ct)
    {
        var written = 0;
        foreach (var byUnit in figures.GroupBy(f => f.UnitId))
        {
            var scope = await SubmissionScope.LoadAsync(db, periodId, unitCodes[byUnit.Key], ct);
            foreach (var figure in byUnit)
                foreach (var mapping in mappings.Where(m => string.Equals(m.Indicator, figure.Indicator, StringComparison.OrdinalIgnoreCase)))
                {
                    if (scope.Framework.NodeIndex(mapping.LeafCode) is null) continue;
                    var leaf = scope.Leaf(mapping.LeafCode);
                    var node = scope.Framework.Nodes[scope.Framework.LeafNodes[leaf]];
                    var input = scope.Accept(leaf, Input(mapping.Scale, figure.Value), required: true);
                    var text = InputText.Format(input);
                    var note = Note(figure.Source, figure.FiguresOn);
                    var latest = await LeafScores.LatestAsync(db, scope.Submission.Id, node.Code, ScoreStage.SelfAssessed, ct);
                    if (latest is not null && latest.Input == text && latest.Note == note) continue;
                    var points = scope.Framework.Rules[leaf].Score(input, node.Max);
                    var entry = await ScoreLedger.AppendAsync(db, scope.Submission.Id, node.Code, ScoreStage.SelfAssessed, latest?.Version ?? 0, text, points, note, actor, now, ct);
                    AuditLog.Record(db, actor, now, "score.fact", "Score", $"{periodId}/{scope.Unit.Code}/{node.Code}",
                        latest is null ? null : $"v{latest.Version}: {latest.Input}", $"v{entry.Version}: {text} → {points}", note);
                    written++;
                }
        }
        return written;
    }
}
