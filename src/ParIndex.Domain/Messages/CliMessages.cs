using ParIndex.Domain.Workflow;

namespace ParIndex.Domain.Messages;

/// <summary>What the command line says around the messages it prints (texts in Catalogue.Cli.cs).</summary>
public static class CliMessages
{
    public static Message NothingWritten(int problems) => new("cli.nothing-written", problems);

    public static Message UseHelp() => new("cli.use-help");

    public static Message Cancelled() => new("cli.cancelled");

    public static Message Unexpected(string type, string detail) => new("cli.unexpected", type, detail);

    public static Message Warning(string warning) => new("cli.warning", warning);

    public static Message Wrote(string path, long bytes, string what) => new("cli.wrote", path, bytes, what);

    public static Message CreatedOrUpdated(bool created) => new(created ? "cli.created" : "cli.updated");

    public static Message BadConnection(string provider, string why) => new("cli.bad-connection", provider, why);

    public static Message NotMigrated() => new("cli.not-migrated");

    public static Message DatabaseCurrent(string provider) => new("cli.db-current", provider);

    public static Message DatabaseMigrated(int migrations, string provider) => new("cli.db-migrated", migrations, provider);

    public static Message NotATime(string option, string text) => new("cli.not-a-time", option, text);

    public static Message CannotStart(Message why) => new("cli.cannot-start", why);

    public static Message StartNoProvider(string why) => new("cli.start-no-provider", why);

    public static Message StartSmtp(string why) => new("cli.start-smtp", why);

    public static Message StartDatabase(string provider, string why) => new("cli.start-database", provider, why);

    public static Message StartFolder(string setting, Message problem) => new("cli.start-folder", setting, problem);

    public static Message FolderUncreatable(string folder, string why) => new("cli.folder-uncreatable", folder, why);

    public static Message AuditIntact(long entries, int streams, int seals, int pending) => new("cli.audit-intact", entries, streams, seals, pending);

    public static Message DemoLoaded(decimal seconds) => new("cli.demo-loaded", seconds);

    public static Message DemoPeriods(IReadOnlyList<int> ids) => new("cli.demo-periods", new Listing([.. ids.Cast<object>()], int.MaxValue));

    public static Message DemoPeriod(int id, string name, PeriodState state) => new("cli.demo-period", id, name, state);

    public static Message DemoEvidence(string folder) => new("cli.demo-evidence", folder);

    public static Message DemoAccounts() => new("cli.demo-accounts");

    public static Message DemoLinks() => new("cli.demo-links");

    public static Message DemoMoreLinks(int more) => new("cli.demo-more-links", more);

    public static Message UserNameColumn() => new("cli.column.user-name");

    public static Message PasswordColumn() => new("cli.column.password");

    public static Message RoleColumn() => new("cli.column.role");

    public static Message UnitColumn() => new("cli.column.unit");

    public static Message WaitingColumn() => new("cli.column.waiting");

    public static Message YearColumn() => new("cli.column.year");

    public static Message NameColumn() => new("cli.column.name");

    public static Message StageColumn() => new("cli.column.stage");

    public static Message FrameworksColumn() => new("cli.column.frameworks");

    public static Message UnitsColumn() => new("cli.column.units");

    public static Message SelfAssessmentClosesColumn() => new("cli.column.self-assessment-closes");

    public static Message FinalisationDueColumn() => new("cli.column.finalisation-due");

    public static Message PeriodCreated(int id, string name, PeriodState state, int units) => new("cli.period-created", id, name, state, units);

    public static Message PeriodMoved(int id, PeriodState from, PeriodState to) => new("cli.period-moved", id, from, to);

    public static Message UnitMoved(string unit, SubmissionState from, SubmissionState to) => new("cli.unit-moved", unit, from, to);

    public static Message Withdrawn(string group) => new("cli.withdrawn", group);

    public static Message PeriodPolicy(int id, Both policy) => new("cli.period-policy", id, policy);

    public static Message Extended(string unit, string until) => new("cli.extended", unit, until);

    public static Message NoPeriods() => new("cli.no-periods");

    public static Message Importing() => new("cli.importing");

    public static Message UnitsImported(int created, int updated, int unchanged) => new("cli.units-imported", created, updated, unchanged);

    public static Message UnitsExported(int units, string path) => new("cli.units-exported", units, path);

    public static Message LineageExported(int events, string path) => new("cli.lineage-exported", events, path);

    public static Message LineageImported(int added, int unchanged) => new("cli.lineage-imported", added, unchanged);

    public static Message WorksheetExported(string unit, string path) => new("cli.worksheet-exported", unit, path);

    public static Message WorksheetImported(int saved, int unchanged) => new("cli.worksheet-imported", saved, unchanged);

    public static Message IndicesImported(int created, int replaced, int unchanged) => new("cli.indices-imported", created, replaced, unchanged);

    public static Message NoIndices() => new("cli.no-indices");

    public static Message Rank(int rank, int? outOf) => outOf is { } of ? new("cli.rank-of", rank, of) : new("cli.rank", rank);

    public static Message ChangeSince(string change, int year) => new("cli.change-since", change, year);

    public static Message PasswordOneOf() => new("cli.password-one-of");

    public static Message PasswordOnLine() => new("cli.password-on-line");

    public static Message UserAdded(string userName, Role role) => new("cli.user-added", userName, role);

    public static Message UnitUserAdded(string userName, Role role, string unit) => new("cli.user-added-unit", userName, role, unit);

    public static Message SurveyDefined(string code, string name, bool created, int questions, string sha256) =>
        new("cli.survey-defined", code, name, CreatedOrUpdated(created), questions, sha256);

    public static Message ResponsesImported(int added, int unchanged) => new("cli.responses-imported", added, unchanged);

    public static Message RespondentUnknown(string? respondent) => new("cli.respondent-unknown", new Typed(respondent));

    public static Message MarginOutside(string margin) => new("cli.margin-outside", margin);

    public static Message PopulationNegative() => new("cli.population-negative");

    public static Message PopulationOrStrata() => new("cli.population-or-strata");

    public static Message SurveyApplied(int written, int unchanged) => new("cli.survey-applied", written, unchanged);

    public static Message SurveySkipped(Message what) => new("cli.survey-skipped", what);

    public static Message Publishing() => new("cli.publishing");

    public static Message Published(int period) => new("cli.published", period);

    public static Message PublishedGroup(string group, int units, string sha256) => new("cli.published-group", group, units, sha256);

    public static Message Verified(string group, string sha256) => new("cli.verified", group, sha256);

    public static Message VerifyFailed(string group, string problem) => new("cli.verify-failed", group, problem);

    public static Message GroupsFailed(int failed, int groups) => new("cli.groups-failed", failed, groups);

    public static Message FrameworkValid(string code, string name, int areas, bool survey, bool bonus, int criteria, int leaves, decimal max) =>
        new("cli.framework-valid", code, name, areas,
            new Listing([.. new[] { survey ? new Message("cli.framework-survey") : null, bonus ? new Message("cli.framework-bonus") : null }.OfType<object>()], int.MaxValue, ""),
            criteria, leaves, new Points(max));

    public static Message CrosswalkProposed(string from, string to, string summary) => new("cli.crosswalk-proposed", from, to, summary);

    public static Message FrameworkStored(string code, string name, string group, string sha256) => new("cli.framework-stored", code, name, group, sha256);

    public static Message UncertaintyNeedsNoise() => new("cli.uncertainty-needs-noise");

    public static Message SensitivityNeedsVary() => new("cli.sensitivity-needs-vary");
}
