using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Dashboard;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.App.Spreadsheets;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.Domain.Workflow;
using static ParIndex.App.Features.Worksheets.WorksheetLayout;

namespace ParIndex.App.Features.Worksheets;

/// <summary>
/// A worksheet made by <see cref="ExportWorksheet"/> and filled in offline, brought back: every row is checked, and
/// either all of its changes are saved (as self-assessed scores, exactly as <c>SaveScore</c> saves one) or none are
/// and an <see cref="ImportException"/> lists every problem with its sheet, Excel row and column letter.
/// </summary>
/// <remarks>
/// <para>An empty input cell leaves that sub-criterion as it is. A row whose input and explanation equal the current
/// ones is unchanged, whatever its version; a changed row must carry the version that is current now, otherwise
/// someone saved it after the export and the row is reported as a conflict naming the current value.</para>
/// <para>The evidence columns (Số văn bản, Ngày ban hành, Cơ quan ban hành, Trích yếu) are informational in this
/// version: when filled they are validated (the date must be dd/MM/yyyy) and reported back in
/// <see cref="WorksheetImport.Notes"/>, but they are NOT stored; evidence is attached through the evidence feature.</para>
/// </remarks>
public sealed record ImportWorksheet(int PeriodId, string UnitCode, byte[] Content, string FileName);

/// <summary>
/// <see cref="Saved"/>: sub-criteria given a new version; <see cref="Unchanged"/>: sub-criteria whose filled-in
/// input and explanation equal the current ones (rows left empty are in neither count, but named in a note).
/// </summary>
public sealed record WorksheetImport(int Saved, int Unchanged, IReadOnlyList<Message> Notes);

public sealed class ImportWorksheetHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<WorksheetImport> HandleAsync(Actor actor, ImportWorksheet request, CancellationToken ct = default)
    {
        var scope = await SubmissionScope.LoadAsync(db, request.PeriodId, request.UnitCode, ct);
        Access.RequireUnitWriter(actor, scope.Unit.Id);
        var now = clock.GetUtcNow();
        var state = SubmissionWorkflow.Apply(scope.Submission.State, SubmissionAction.SaveScore, scope.Context(actor, now));

        var content = request.Content ?? [];
        var sheets = XlsxReader.Read(content, request.FileName);
        var problems = new Problems(request.FileName);
        var scores = Find(sheets, ScoresSheet, problems);
        var info = Find(sheets, InfoSheet, problems);
        if (info is not null) CheckIdentity(info, scope, problems);
        // A worksheet of another unit or edition is refused as a whole: checking its rows would only add noise.
        ImportException.ThrowIfAny(problems.List);

        var header = Header.Read(scores!, problems);
        ImportException.ThrowIfAny(problems.List);

        var latest = await LeafScores.LatestAsync(db, [scope.Submission.Id], ct);
        var plan = Plan(header!, scope, latest, await Facts.FactFill.MappedAsync(db, scope.Period.Id, ct), problems);
        ImportException.ThrowIfAny(problems.List);
        if (plan.Changes.Count == 0) return new WorksheetImport(0, plan.Unchanged, plan.Notes);

        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        var key = $"{scope.Period.Id}/{scope.Unit.Code}";
        try
        {
            await db.WriteAsync(async () =>
            {
                db.Attach(scope.Submission);
                if (scope.Submission.State != state)
                {
                    AuditLog.Record(db, actor, now, "submission.state", "Submission", key, scope.Submission.State.ToString(), state.ToString());
                    scope.Submission.State = state;
                    scope.Submission.Version++;
                }
                foreach (var c in plan.Changes)
                {
                    var entry = await ScoreLedger.AppendAsync(db, scope.Submission.Id, c.Code, ScoreStage.SelfAssessed, c.ExpectedVersion,
                        c.Input, c.Points, c.Note, actor, now, ct);
                    AuditLog.Record(db, actor, now, "score.self", "Score", $"{key}/{c.Code}",
                        c.ExpectedVersion == 0 ? null : $"v{c.ExpectedVersion}", $"v{entry.Version}: {c.Input} → {c.Points}", c.Note);
                }
                AuditLog.Record(db, actor, now, "worksheet.import", "Submission", key, null,
                    $"{request.FileName} (SHA-256 {sha}): {plan.Changes.Count} saved, {plan.Unchanged} unchanged");
            }, ct);
        }
        catch (Exception e) when (e is ConflictException || (e is DbUpdateException u && ScoreLedger.IsRace(u)))
        {
            // Someone saved between the checks above and this write; the transaction rolled back, so say where.
            throw await RaceAsync(scope.Submission.Id, plan.Changes, problems, ct);
        }
        return new WorksheetImport(plan.Changes.Count, plan.Unchanged, plan.Notes);
    }

    private sealed record Change(int Line, string VersionColumn, string Code, string Input, decimal Points, string? Note, int ExpectedVersion);

    private sealed record ImportPlan(List<Change> Changes, int Unchanged, List<Message> Notes);

    private static SheetData? Find(IReadOnlyList<SheetData> sheets, string name, Problems problems)
    {
        var sheet = sheets.FirstOrDefault(s => Key(s.Name) == Key(name));
        if (sheet is null)
            problems.Add(null, null, null, null, WorksheetMessages.NoSheet(name, [.. sheets.Select(s => s.Name)]));
        return sheet;
    }

    /// <summary>The information sheet must name this period, this unit and this exact framework edition.</summary>
    private static void CheckIdentity(SheetData info, SubmissionScope scope, Problems problems)
    {
        var edition = scope.Edition;
        var values = new Dictionary<string, (int Row, string? Value)>();
        for (var r = 0; r < info.Rows.Count; r++)
            if (info.Cell(r, 0) is { } label) values.TryAdd(Key(label), (r, info.Cell(r, 1)?.Trim()));

        void Check(string label, string expected, Func<string, Message> message)
        {
            if (!values.TryGetValue(Key(label), out var found))
                problems.Add(InfoSheet, null, "A", null, WorksheetMessages.RowMissing(label));
            else if (!string.Equals(found.Value, expected, StringComparison.OrdinalIgnoreCase))
                problems.Add(InfoSheet, found.Row, "B", null, message(found.Value ?? ""));
        }

        Check(WorksheetLayout.PeriodId, scope.Period.Id.ToString(CultureInfo.InvariantCulture),
            v => WorksheetMessages.OtherPeriod(v, scope.Period.Id, scope.Period.Name));
        Check(WorksheetLayout.UnitCode, scope.Unit.Code, v => WorksheetMessages.OtherUnit(v, scope.Unit.Code));
        Check(FrameworkCode, edition.Code, v => WorksheetMessages.OtherFramework(v, edition.Code));
        Check(FrameworkSha256, edition.Sha256, _ => WorksheetMessages.OtherEdition(edition.Code));
    }

    /// <summary>Checks every row and works out what would change; every problem goes to <paramref name="problems"/>.</summary>
    /// <remarks>
    /// A row of an item filled from an official source (<paramref name="mapped"/>) is refused when it would change the
    /// item, and skipped as unchanged when it is as exported, so a worksheet exported and imported again still imports.
    /// </remarks>
    private static ImportPlan Plan(Header h, SubmissionScope scope, Dictionary<(int, string, ScoreStage), ScoreEntry> latest,
        IReadOnlyDictionary<string, string> mapped, Problems problems)
    {
        var framework = scope.Framework;
        var changes = new List<Change>();
        var notes = new List<Message>();
        var empty = new List<string>();
        var seen = new HashSet<int>();
        var unchanged = 0;

        foreach (var r in h.DataRows())
        {
            var code = Text(h.Cell(r, Code));
            var input = Text(h.Cell(r, Input));
            var explanation = Text(h.Cell(r, ExplanationColumn));
            var number = Text(h.Cell(r, DocumentNumber));
            var dateText = Text(h.Cell(r, DocumentDate));
            var issuer = Text(h.Cell(r, Issuer));
            var summary = Text(h.Cell(r, Summary));
            var hasEvidence = number is not null || dateText is not null || issuer is not null || summary is not null;

            if (code is null)
            {
                if (input is not null || explanation is not null || hasEvidence)
                    problems.Add(ScoresSheet, r, h.Letter(Code), null, WorksheetMessages.NoCode());
                continue;
            }
            if (framework.NodeIndex(code) is not { } node)
            {
                problems.Add(ScoresSheet, r, h.Letter(Code), code, WorksheetMessages.UnknownCode(code, framework.Framework.Code));
                continue;
            }
            var frameworkNode = framework.Nodes[node];
            code = frameworkNode.Code;
            if (!seen.Add(node))
            {
                problems.Add(ScoresSheet, r, h.Letter(Code), code, WorksheetMessages.CodeTwice(code));
                continue;
            }

            var leaf = framework.LeafOrdinal(node);
            if (leaf < 0)
            {
                if (input is not null)
                    problems.Add(ScoresSheet, r, h.Letter(Input), code, WorksheetMessages.NotALeaf(code));
                continue;
            }
            var rule = framework.Rules[leaf];
            if (rule is SurveyRule)
            {
                if (input is not null)
                    problems.Add(ScoresSheet, r, h.Letter(Input), code, WorksheetMessages.FromSurvey(code, Input));
                continue;
            }

            if (dateText is not null && !TryDate(dateText, out _))
                problems.Add(ScoresSheet, r, h.Letter(DocumentDate), code, WorksheetMessages.BadDate(dateText, DateFormat));
            else if (hasEvidence)
                notes.Add(EvidenceNote(r + 1, code, number, dateText, issuer, summary));

            var current = latest.GetValueOrDefault((scope.Submission.Id, code, ScoreStage.SelfAssessed));
            if (input is null)
            {
                if (explanation is not null && explanation != Text(current?.Note))
                    problems.Add(ScoresSheet, r, h.Letter(Input), code, WorksheetMessages.ExplanationWithoutInput(code, Input));
                else
                    empty.Add(code);
                continue;
            }

            var (parsed, error) = InputText.ParseFor(input, rule, frameworkNode.Max, required: false);
            if (error is not null)
            {
                problems.Add(ScoresSheet, r, h.Letter(Input), code,
                    WorksheetMessages.InputRefused(error, new Both(Describe(rule, frameworkNode.Max), RuleText.Describe(rule, frameworkNode.Max).En)));
                continue;
            }
            var text = Canonical(parsed, rule);
            if (current is not null && text == Canonical(InputText.Parse(current.Input, rule).Input, rule) && explanation == Text(current.Note))
            {
                unchanged++;
                continue;
            }
            if (mapped.TryGetValue(code, out var indicator))
            {
                problems.Add(ScoresSheet, r, h.Letter(Input), code, FactsMessages.ReadOnly(code, indicator));
                continue;
            }

            var currentVersion = current?.Version ?? 0;
            var versionText = Text(h.Cell(r, VersionColumn));
            if (!TryVersion(versionText, out var version))
            {
                problems.Add(ScoresSheet, r, h.Letter(VersionColumn), code, versionText is null
                    ? WorksheetMessages.VersionMissing(code, currentVersion)
                    : WorksheetMessages.VersionNotCount(versionText, code));
                continue;
            }
            if (version != currentVersion)
            {
                problems.Add(ScoresSheet, r, h.Letter(VersionColumn), code, ConflictMessage(code, version, current));
                continue;
            }
            changes.Add(new Change(r + 1, h.Letter(VersionColumn)!, code, text, rule.Score(parsed, frameworkNode.Max), explanation, version));
        }

        if (empty.Count > 0)
            notes.Add(WorksheetMessages.LeftEmpty(empty));
        var absent = framework.LeafNodes.Where(n => !seen.Contains(n) && framework.Rules[framework.LeafOrdinal(n)] is not SurveyRule)
            .Select(n => framework.Nodes[n].Code).ToList();
        if (absent.Count > 0)
            notes.Add(WorksheetMessages.NotInFile(absent));
        return new ImportPlan(changes, unchanged, notes);
    }

    /// <summary>After a lost race: the rows whose leaf moved on, located; or, if none did, the whole import.</summary>
    private async Task<ImportException> RaceAsync(int submissionId, List<Change> changes, Problems problems, CancellationToken ct)
    {
        var latest = await LeafScores.LatestAsync(db, [submissionId], ct);
        foreach (var c in changes)
        {
            var current = latest.GetValueOrDefault((submissionId, c.Code, ScoreStage.SelfAssessed));
            if ((current?.Version ?? 0) != c.ExpectedVersion)
                problems.Add(ScoresSheet, c.Line - 1, c.VersionColumn, c.Code, ConflictMessage(c.Code, c.ExpectedVersion, current));
        }
        if (problems.List.Count == 0)
            problems.Add(null, null, null, null, WorksheetMessages.Raced());
        return new ImportException(problems.List);
    }

    private static Message ConflictMessage(string code, int fileVersion, ScoreEntry? current) => current?.Note is { } note
        ? WorksheetMessages.ConflictWithNote(code, fileVersion, current.Version, current.Input, note)
        : WorksheetMessages.Conflict(code, fileVersion, current?.Version ?? 0, current?.Input ?? "");

    private static Message EvidenceNote(int line, string code, string? number, string? date, string? issuer, string? summary)
    {
        var parts = new List<object>();
        if (number is not null) parts.Add(WorksheetMessages.DocumentNumber(number));
        if (date is not null && TryDate(date, out var d)) parts.Add(WorksheetMessages.DocumentDate(d));
        if (issuer is not null) parts.Add(issuer);
        if (summary is not null) parts.Add(new Typed(summary));
        return WorksheetMessages.EvidenceNote(line, code, parts);
    }

    /// <summary>The input as it is stored: an option by the framework's own key, whatever case was typed.</summary>
    private static string Canonical(LeafInput input, ScoringRule rule) =>
        rule is OptionsRule options && options.Find(input.Key) is { } option ? option.Key : InputText.Format(input);

    private static bool TryVersion(string? text, out int version)
    {
        version = 0;
        // Excel stores a typed number as a decimal ("3" or "3.0").
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || value != decimal.Truncate(value) || value > int.MaxValue) return false;
        version = (int)value;
        return true;
    }

    private static string? Text(string? cell) => string.IsNullOrWhiteSpace(cell) ? null : cell.Trim();

    /// <summary>The scores sheet's header row: which column holds each known header, and the rows below it.</summary>
    private sealed class Header
    {
        private readonly Dictionary<string, int> _columns;
        private readonly SheetData _sheet;
        private readonly int _row;

        private Header(SheetData sheet, int row, Dictionary<string, int> columns)
        {
            _sheet = sheet;
            _row = row;
            _columns = columns;
        }

        /// <summary>The header on the first non-empty row; columns the worksheet does not know (added by users) are ignored.</summary>
        public static Header? Read(SheetData sheet, Problems problems)
        {
            var row = 0;
            while (row < sheet.Rows.Count && IsBlank(sheet.Rows[row])) row++;
            if (row == sheet.Rows.Count)
            {
                problems.Add(ScoresSheet, null, null, null, WorksheetMessages.SheetEmpty());
                return null;
            }
            var columns = new Dictionary<string, int>();
            var cells = sheet.Rows[row];
            for (var c = 0; c < cells.Count; c++)
            {
                if (Columns.FirstOrDefault(k => Key(k) == Key(cells[c])) is not { } match) continue;
                if (!columns.TryAdd(match, c))
                    problems.Add(ScoresSheet, row, CellRef.ColumnName(c), null, WorksheetMessages.ColumnTwice(match));
            }
            var missing = RequiredColumns.Where(k => !columns.ContainsKey(k)).ToList();
            foreach (var m in missing)
                problems.Add(ScoresSheet, row, null, null, WorksheetMessages.ColumnMissing(m));
            return missing.Count == 0 ? new Header(sheet, row, columns) : null;
        }

        /// <summary>0-based indexes of the non-empty rows below the header; the Excel row number is one more.</summary>
        public IEnumerable<int> DataRows() =>
            Enumerable.Range(_row + 1, Math.Max(0, _sheet.Rows.Count - _row - 1)).Where(r => !IsBlank(_sheet.Rows[r]));

        public string? Cell(int row, string column) => _columns.TryGetValue(column, out var c) ? _sheet.Cell(row, c) : null;

        public string? Letter(string column) => _columns.TryGetValue(column, out var c) ? CellRef.ColumnName(c) : null;

        private static bool IsBlank(IReadOnlyList<string?> cells) => cells.All(string.IsNullOrWhiteSpace);
    }

    /// <summary>Every problem found, located; rows are handled 0-based and reported as Excel row numbers.</summary>
    private sealed class Problems(string file)
    {
        public List<ImportProblem> List { get; } = [];

        public void Add(string? sheet, int? row, string? column, string? node, Message message) =>
            List.Add(new ImportProblem(file, message, row is { } r ? r + 1 : null, column, sheet, node));
    }
}
