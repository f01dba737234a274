using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Analysis;
using ParIndex.App.Features.Appeals;
using ParIndex.App.Features.Appraisal;
using ParIndex.App.Features.Composite;
using ParIndex.App.Features.Audit;
using ParIndex.App.Features.Dashboard;
using ParIndex.App.Features.Council;
using ParIndex.App.Features.Crosswalks;
using ParIndex.App.Features.Demo;
using ParIndex.App.Features.Documents;
using ParIndex.App.Features.Evidence;
using ParIndex.App.Features.Facts;
using ParIndex.App.Features.Frameworks;
using ParIndex.App.Features.Homes;
using ParIndex.App.Features.Notifications;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.Publishing;
using ParIndex.App.Features.Results;
using ParIndex.App.Features.Scoreboard;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Features.Surveys;
using ParIndex.App.Features.Tokens;
using ParIndex.App.Features.Units;
using ParIndex.App.Features.Users;
using ParIndex.App.Features.Worksheets;
using ParIndex.App.Security;
using ParIndex.App.Tests.Composite;
using ParIndex.App.Tests.Data;
using ParIndex.App.Tests.Surveys;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Authorization;

/// <summary>Who calls the use case, relative to its target (unit A, or a leaf of A in area 1 or 2).</summary>
public enum Who
{
    Admin,
    Secretariat,
    Council,
    Viewer,
    /// <summary>Unit A's editor, acting on A (own unit).</summary>
    EditorOfA,
    /// <summary>Unit A's leader, acting on A (own unit).</summary>
    LeadOfA,
    /// <summary>Unit B's editor, acting on A (another unit).</summary>
    EditorOfB,
    /// <summary>Unit B's leader, acting on A (another unit).</summary>
    LeadOfB,
    /// <summary>Appraiser assigned to unit A (all its areas).</summary>
    AppraiserOfA,
    /// <summary>Appraiser assigned to area 2 of every unit, and to nothing else.</summary>
    AppraiserOfArea2,
    /// <summary>Appraiser assigned to unit B only.</summary>
    AppraiserOfB,
    /// <summary>Appraiser with no assignment at all.</summary>
    AppraiserUnassigned,
    /// <summary>Appraiser assigned to unit A, but in another period (2024).</summary>
    AppraiserOfAInOtherPeriod,
}

/// <summary>
/// The expected outcome of a row. <see cref="Forbidden"/>: the use case throws <see cref="ForbiddenException"/>;
/// <see cref="Workflow"/>: the role rule lives in the pure workflow, which throws a <see cref="WorkflowException"/>
/// naming the role. Either way nothing is written and, for reads, nothing is returned.
/// </summary>
public enum Expect
{
    Allowed,
    Forbidden,
    Workflow,
}

/// <summary>A use case as the matrix calls it: the handler, the stage where it would succeed, and the call itself.</summary>
/// <param name="Run">Calls the use case; returns null, or what is wrong with the data an allowed call returned.</param>
/// <param name="Mutates">Whether an allowed call changes the database (a read never does).</param>
internal sealed record UseCase(string Name, Type Handler, Stage Stage, string Target, Func<StageCopy, Facts, Actor, Task<string?>> Run, bool Mutates);

/// <summary>
/// The authorization matrix: every use case × every kind of actor, with the expected outcome. Edit the table, not the
/// code, when a rule changes. A use case without a row fails <see cref="AuthorizationCoverageTests"/>.
/// </summary>
internal static class AuthorizationMatrix
{
    /// <summary>
    /// A = allowed, F = <see cref="ForbiddenException"/>, W = <see cref="WorkflowException"/> for the role.
    /// Columns, in <see cref="Who"/> order: Admin, Secretariat, Council, Viewer, editor/leader of A (own unit),
    /// editor/leader of B (another unit), appraiser of unit A, of area 2 only, of unit B only, with no assignment,
    /// of unit A in another period. Rows marked FINDING state the correct rule and fail until the code follows it.
    /// </summary>
    public static readonly (string UseCase, string Expected)[] Table =
    [
        //                                Adm Sec Cou Vwr EdA LdA EdB LdB ApA Ap2 ApB Ap0 ApX
        ("ImportFramework",              "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("ImportCrosswalk",              "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("CheckCrosswalk",               "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("ProposeCrosswalk",             "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("GetEditionSteps",              "A   A   A   F   F   F   F   F   F   F   F   F   F"),
        ("MapFact",                      "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("ImportFacts",                  "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("UnmapFact",                    "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("GetFacts",                     "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("CreatePeriod",                 "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("AdvancePeriod",                "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("GetStageChecklist",            "A   A   A   F   F   F   F   F   F   F   F   F   F"),
        ("SetNonSubmitterPolicy",        "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("GetPeriodHistory",             "A   A   A   F   F   F   F   F   F   F   F   F   F"),
        ("GetDossierProgress",           "A   A   A   F   A   A   F   F   A   F   F   F   F"),
        ("GetSystemOverview",            "A   F   F   F   F   F   F   F   F   F   F   F   F"),
        ("VerifyEvidence",               "A   F   F   F   F   F   F   F   F   F   F   F   F"),
        ("SweepEvidence",                "A   F   F   F   F   F   F   F   F   F   F   F   F"),
        ("BuildComposite",               "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("AssignAppraiser",              "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("AddUser",                      "A   F   F   F   F   F   F   F   F   F   F   F   F"),
        // Accounts: an administrator manages every account, the secretariat the accounts of units; everyone their own.
        ("AddUser[unit account]",        "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("ListUsers",                    "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("GetUser[unit account]",        "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("EditUser[unit account]",       "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("SetUserDisabled[unit account]", "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("IssuePasswordLink[unit account]", "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("ReadPasswordLinks",            "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("ImportUsers",                  "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("ChangeOwnPassword",            "A   A   A   A   A   A   A   A   A   A   A   A   A"),
        ("GetMyAccount",                 "A   A   A   A   A   A   A   A   A   A   A   A   A"),
        ("GetImportTemplate",            "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        // The audit log: the office and the council read it and check its chain.
        ("ListAuditEntries",             "A   A   A   F   F   F   F   F   F   F   F   F   F"),
        ("GetAuditEntry",                "A   A   A   F   F   F   F   F   F   F   F   F   F"),
        ("VerifyAuditLog",               "A   A   A   F   F   F   F   F   F   F   F   F   F"),
        ("ImportUnits",                  "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("ImportLineage",                "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("SaveUnit",                     "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("GetUnit",                      "A   A   A   A   F   F   F   F   F   F   F   F   F"),
        ("ExportUnits",                  "A   A   A   A   F   F   F   F   F   F   F   F   F"),
        ("GrantExtension",               "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("SaveScore",                    "F   F   F   F   A   A   F   F   F   F   F   F   F"),
        ("SaveSelfAssessment",           "F   F   F   F   A   A   F   F   F   F   F   F   F"),
        ("ImportWorksheet",              "F   F   F   F   A   A   F   F   F   F   F   F   F"),
        ("ExportWorksheet",              "A   A   F   F   A   A   F   F   F   F   F   F   F"),
        ("SubmitSelfAssessment",         "F   F   F   F   W   A   F   F   F   F   F   F   F"),
        // Reads are scoped as writes are: an area's appraiser reads that area's sub-criteria and documents only, and
        // neither the whole self-assessment form nor the provisional total, which add up every area.
        ("GetSubmission@SelfAssessment", "A   A   A   F   A   A   F   F   A   A   F   F   F"),
        ("GetSelfAssessment",            "A   A   A   F   A   A   F   F   A   F   F   F   F"),
        ("PreviewScore",                 "F   F   F   F   A   A   F   F   F   F   F   F   F"),
        // Each unit user lists their own unit's submissions; people of no unit have none to list.
        ("ListUnitSubmissions",          "F   F   F   F   A   A   A   A   F   F   F   F   F"),
        ("AddEvidence",                  "F   F   F   F   A   A   F   F   F   F   F   F   F"),
        ("LinkEvidence",                 "F   F   F   F   A   A   F   F   F   F   F   F   F"),
        ("LinkEvidence[B's document]",   "F   F   F   F   F   F   F   F   F   F   F   F   F"),
        ("UnlinkEvidence",               "F   F   F   F   A   A   F   F   F   F   F   F   F"),
        ("ListEvidence@SelfAssessment",  "A   A   A   F   A   A   F   F   A   A   F   F   F"),
        ("ReturnSubmission",             "F   A   F   F   F   F   F   F   F   F   F   F   F"),
        // Reads of the appraisal pages: allowed to every appraiser, each seeing only what is assigned to them.
        ("ListAppraisalQueue",           "A   A   A   F   F   F   F   F   A   A   A   A   A"),
        ("GetAppraisalSheet",            "A   A   A   F   F   F   F   F   A   A   F   F   F"),
        ("AppraiseScore[1.3]",           "A   A   A   F   F   F   F   F   A   F   F   F   F"),
        ("AppraiseScore[2.2]",           "A   A   A   F   F   F   F   F   A   A   F   F   F"),
        ("AcceptSelfAssessed[1]",        "A   A   A   F   F   F   F   F   A   F   F   F   F"),
        ("AcceptSelfAssessed[2]",        "A   A   A   F   F   F   F   F   A   A   F   F   F"),
        // FINDING (Ap2): completing closes the appraisal of every area of A, area 1 included, which is not assigned
        // to an area-2 appraiser; Access.RequireAppraiserOfAsync with no leaf lets any area assignment through.
        ("CompleteAppraisal",            "W   A   W   F   F   F   F   F   A   F   F   F   F"),
        ("SubmitAppeal",                 "F   F   F   F   W   A   F   F   F   F   F   F   F"),
        ("DecideAppeal[1.3]",            "A   A   A   F   F   F   F   F   A   F   F   F   F"),
        ("DecideAppeal[2.2]",            "A   A   A   F   F   F   F   F   A   A   F   F   F"),
        ("ListAppeals",                  "A   A   A   F   F   F   F   F   A   A   A   A   A"),
        ("GetCouncilOverview",           "A   A   A   F   F   F   F   F   F   F   F   F   F"),
        ("GetSubmission@Finalisation",   "A   A   A   F   A   A   F   F   A   A   F   F   F"),
        ("PublishResults",               "A   A   A   F   F   F   F   F   F   F   F   F   F"),
        // After publication everyone reads every sub-criterion's scores, but only those inside the unit (or the area)
        // read its notes, appeal arguments and who wrote what.
        ("GetSubmission@Published",      "A   A   A   A   A   A   A   A   A   A   A   A   A"),
        ("VerifyResults",                "A   A   A   A   F   F   F   F   F   F   F   F   F"),
        ("ListEvidence@Published",       "A   A   A   A   A   A   A   A   A   A   A   A   A"),
        // Evidence files are never public, not even after publication.
        ("OpenEvidenceFile[1.1]",        "A   A   A   F   A   A   F   F   A   F   F   F   F"),
        ("OpenEvidenceFile[2.1]",        "A   A   A   F   A   A   F   F   A   A   F   F   F"),
        // The secretariat steps a running period back; reopening a published one is the administrator's (workflow rule).
        ("ReopenPeriod",                 "A   W   F   F   F   F   F   F   F   F   F   F   F"),
        ("GetPeriodDashboard",           "A   A   A   F   F   F   F   F   F   F   F   F   F"),
        ("ExportPeriodProgress",         "A   A   A   F   F   F   F   F   F   F   F   F   F"),
        ("ListFrameworks",               "A   A   A   F   F   F   F   F   F   F   F   F   F"),
        ("GetFramework",                 "A   A   A   F   F   F   F   F   F   F   F   F   F"),
        ("ListUnits",                    "A   A   A   A   F   F   F   F   F   F   F   F   F"),
        // Provisional rankings show every unit: only those who see every unit anyway; a unit sees its own score.
        ("GetRanking@Finalisation",      "A   A   A   F   F   F   F   F   F   F   F   F   F"),
        ("GetRanking@Published",         "A   A   A   A   A   A   A   A   A   A   A   A   A"),
        ("GetRankingWithChanges@Finalisation", "A   A   A   F   F   F   F   F   F   F   F   F   F"),
        ("GetRankingWithChanges@Published", "A   A   A   A   A   A   A   A   A   A   A   A   A"),
        // The analysis follows the ranking it is made of.
        ("GetAnalysis@Finalisation",     "A   A   A   F   F   F   F   F   F   F   F   F   F"),
        ("GetAnalysis@Published",        "A   A   A   A   A   A   A   A   A   A   A   A   A"),
        ("GetUnitResult@Finalisation",   "A   A   A   F   A   A   F   F   A   F   F   F   F"),
        ("GetUnitResult@Published",      "A   A   A   A   A   A   A   A   A   A   A   A   A"),
        // Tokens are personal: anyone signed in makes and lists their own; only the owner (or an admin) revokes one.
        ("CreateApiToken",               "A   A   A   A   A   A   A   A   A   A   A   A   A"),
        ("ListApiTokens",                "A   A   A   A   A   A   A   A   A   A   A   A   A"),
        ("RevokeApiToken[A's editor's]", "A   F   F   F   A   F   F   F   F   F   F   F   F"),
        // Surveys: the secretariat runs them; a unit sees its own unit's survey measures, and only those.
        ("DefineSurvey",                 "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("ImportResponses",              "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("GetSurveyResults[A]",          "A   A   A   F   A   A   F   F   F   F   F   F   F"),
        ("ApplySurvey",                  "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("IssueSurveyInvitations",       "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("ListSurveys",                  "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        ("ReadSurveyLinks",              "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        // The province's external indices are published figures (GetScoreboard is public); the office records them.
        ("ImportScoreboard",             "A   A   F   F   F   F   F   F   F   F   F   F   F"),
        // Documents to print: a unit's dossier and minutes for the unit, its appraisers and those who see every unit —
        // never another unit, published or not; a unit's appeal decisions for those who see every unit and the unit.
        // The whole dossier: an appraiser of one area reads only that area (ReaderScope), so it may not print it.
        ("PrintDossier@Finalisation",    "A   A   A   F   A   A   F   F   A   F   F   F   F"),
        ("PrintDossier@Published",       "A   A   A   F   A   A   F   F   A   F   F   F   F"),
        ("PrintAppraisalMinutes",        "A   A   A   F   A   A   F   F   A   A   F   F   F"),
        ("PrintAppealDecisions[A]",      "A   A   A   F   A   A   F   F   F   F   F   F   F"),
        // Notifications are personal: everyone lists, and marks read, their own only.
        ("ListNotifications",            "A   A   A   A   A   A   A   A   A   A   A   A   A"),
        ("MarkNotificationsRead",        "A   A   A   A   A   A   A   A   A   A   A   A   A"),
    ];

    /// <summary>
    /// Handlers deliberately callable without an <see cref="Actor"/>, each with the reason. Nothing else may be.
    /// </summary>
    public static readonly IReadOnlyDictionary<Type, string> Exempt = new Dictionary<Type, string>
    {
        [typeof(GetPublishedResultsHandler)] = "published results are public: anyone reads them, signed in or not; before publication there is nothing to read (NotFound)",
        [typeof(LoadDemoHandler)] = "an administrator's tool that loads the sample province through the use cases, each of which checks its own actor; it refuses anyone but an administrator (LoadDemoTests.Only_an_administrator_loads_the_demo)",
        [typeof(ListPublicationsHandler)] = "the list of publications is public: period, group, date and snapshot hash of what was published",
        [typeof(ListPeriodsHandler)] = "the list of periods is public: names, years, stages, frameworks and deadlines, never scores",
        [typeof(GetPublishedUnitResultHandler)] = "a unit's published result is public, like the ranking it is part of; before publication there is nothing to read (NotFound)",
        [typeof(AuthenticateApiTokenHandler)] = "authentication, not a use case: it turns a presented API token into the user whose Actor the use cases then check",
        [typeof(GetSurveyScreenHandler)] = "a survey link's holder answers without an account: the unguessable token (128 bits, stored hashed) is the credential, and it opens only its own form (SurveyPageTests)",
        [typeof(SaveSurveyScreenHandler)] = "a survey link's holder answers without an account: the token is the credential, and it writes only its own response, once (SurveyPageTests)",
        [typeof(GetScoreboardHandler)] = "the province's external indices (PAR INDEX, SIPAS, PCI, PAPI …) are figures others have published: anyone reads them, signed in or not",
        [typeof(GetPasswordLinkHandler)] = "a password link's holder opens it without an account: the unguessable token (256 bits, stored hashed, one use, 72 hours) is the credential, and it names only its own account (PasswordLinkTests)",
        [typeof(SetPasswordByLinkHandler)] = "a password link's holder sets the password without an account: the token is the credential, used once, for its own account only (PasswordLinkTests)",
        [typeof(SignInHandler)] = "authentication, not a use case: it checks a typed username and password (under the sign-in limits) before there is any Actor",
        [typeof(ValidateSessionHandler)] = "authentication, not a use case: it decides whether a presented sign-in cookie still stands for its user (same security stamp, not locked out)",
        [typeof(EndSessionsHandler)] = "signing out: it ends only the sessions of the signed-in user who asks (the page passes the user's own id), so there is no one else to decide about",
        [typeof(GetActorHandler)] = "authentication, not a use case: it turns a signed-in user (or the CLI's --as) into the Actor the use cases then check",
        [typeof(PrintPublicationAnnexHandler)] = "the annex prints published results, which are public; before publication there is nothing to print (NotFound, DocumentAccessTests)",
        [typeof(ScheduleDeadlineRemindersHandler)] = "the sending worker's own step, run by the server on its clock at nobody's request; it writes each reminder to the people of the unit it concerns only (ReminderTests)",
        [typeof(DeliverEmailsHandler)] = "the sending worker's own step: it emails each notification to the address of the person it belongs to (ReminderTests)",
    };

    public static readonly UseCase[] UseCases =
    [
        Call("ImportFramework", typeof(ImportFrameworkHandler), Stage.Draft, "a new framework edition",
            (db, c, f, a) => new ImportFrameworkHandler(db, c).HandleAsync(a, new ImportFramework(f.NewFrameworkFile)),
            e => e.Code == "TEST-SO-2" ? null : $"imported {e.Code}"),
        Call("ImportCrosswalk", typeof(ImportCrosswalkHandler), Stage.Draft, "the identity crosswalk of TEST-SO",
            (db, c, f, a) => new ImportCrosswalkHandler(db, c).HandleAsync(a, new ImportCrosswalk(IdentityCrosswalk(), "anh-xa.json")),
            x => x.FromCode == "TEST-SO" ? null : $"stored {x.FromCode}"),
        Call("CheckCrosswalk", typeof(CheckCrosswalkHandler), Stage.Draft, "the identity crosswalk of TEST-SO",
            (db, c, f, a) => new CheckCrosswalkHandler(db).HandleAsync(a, new CheckCrosswalk(IdentityCrosswalk(), "anh-xa.json")),
            x => x.Rows.Count == 8 ? null : $"{x.Rows.Count} links", mutates: false),
        Call("ProposeCrosswalk", typeof(ProposeCrosswalkHandler), Stage.Draft, "the proposal TEST-SO → TEST-SO",
            (db, c, f, a) => new ProposeCrosswalkHandler(db).HandleAsync(a, new ProposeCrosswalk("TEST-SO", "TEST-SO", ".json")),
            x => x.FileName == "anh-xa-TEST-SO-TEST-SO.json" ? null : $"file {x.FileName}", mutates: false),
        Call("GetEditionSteps", typeof(GetEditionStepsHandler), Stage.Draft, "period 2025's edition changes",
            (db, c, f, a) => new GetEditionStepsHandler(db).HandleAsync(a, new GetEditionSteps(f.PeriodId)),
            x => x.Steps.Count == 0 ? null : $"{x.Steps.Count} steps", mutates: false),
        Call("MapFact", typeof(MapFactHandler), Stage.Draft, "DVC_DUNG_HAN to 1.2 of period 2025",
            (db, c, f, a) => new MapFactHandler(db, c).HandleAsync(a, new MapFact(f.PeriodId, "DVC_DUNG_HAN", "1.2", FactScale.Percent)),
            n => n == 0 ? null : $"filled {n}"),
        Call("ImportFacts", typeof(ImportFactsHandler), Stage.Draft, "one figure for unit A",
            (db, c, f, a) => new ImportFactsHandler(db, c).HandleAsync(a, new ImportFacts(f.PeriodId, "dvcqg.csv",
                "nguon,ngay_so_lieu,chi_so,don_vi,gia_tri\nCổng DVCQG,15/11/2024,DVC_DUNG_HAN,A,95\n"u8.ToArray())),
            r => r.Applied && r.Added == 1 ? null : $"applied {r.Applied}, {r.Added} new"),
        // The mapping to remove is written beside the call, on a code no framework has, so a shared copy stays as it was.
        Call("UnmapFact", typeof(UnmapFactHandler), Stage.Draft, "the mapping of 9.9 in period 2025",
            async (db, c, f, a) =>
            {
                if (!await db.FactMappings.AnyAsync(m => m.PeriodId == f.PeriodId && m.LeafCode == "9.9"))
                {
                    db.FactMappings.Add(new FactMapping { PeriodId = f.PeriodId, Indicator = "DVC_DUNG_HAN", LeafCode = "9.9" });
                    await db.SaveChangesAsync();
                }
                return await new UnmapFactHandler(db, c).HandleAsync(a, new UnmapFact(f.PeriodId, "9.9"));
            },
            m => m.Code == "facts.unmapped" ? null : m.Code),
        Call("GetFacts", typeof(GetFactsHandler), Stage.Draft, "period 2025's mappings",
            (db, c, f, a) => new GetFactsHandler(db).HandleAsync(a, new GetFacts(f.PeriodId)),
            x => x.Leaves.Count == 6 ? null : $"{x.Leaves.Count} leaves", mutates: false),
        Call("CreatePeriod", typeof(CreatePeriodHandler), Stage.Draft, "a new period",
            (db, c, f, a) => new CreatePeriodHandler(db, c).HandleAsync(a, new CreatePeriod(2026, "CCHC 2026", World.Deadlines, ["TEST-SO"])),
            p => p.Submissions.Count == 4 ? null : $"{p.Submissions.Count} submissions"),
        Call("AdvancePeriod", typeof(AdvancePeriodHandler), Stage.Draft, "period 2025",
            (db, c, f, a) => new AdvancePeriodHandler(db, c).HandleAsync(a, new AdvancePeriod(f.PeriodId)),
            s => s.To == PeriodState.SelfAssessment ? null : $"now {s.To}"),
        Call("GetStageChecklist", typeof(GetStageChecklistHandler), Stage.SelfAssessment, "period 2025's next stage change",
            (db, c, f, a) => new GetStageChecklistHandler(db).HandleAsync(a, new GetStageChecklist(f.PeriodId)),
            r => r is { To: PeriodState.Appraisal, Items: [{ Kind: OpenItemKind.NotSubmitted, Units: [{ Code: "A" }] }] } ? null : "not A unsubmitted", mutates: false),
        Call("SetNonSubmitterPolicy", typeof(SetNonSubmitterPolicyHandler), Stage.Draft, "period 2025",
            async (db, c, f, a) => { await new SetNonSubmitterPolicyHandler(db, c).HandleAsync(a, new SetNonSubmitterPolicy(f.PeriodId, NonSubmitterPolicy.Exclude)); return true; }),
        Call("GetDossierProgress", typeof(GetDossierProgressHandler), Stage.SelfAssessment, "unit A's dossier progress",
            (db, c, f, a) => new GetDossierProgressHandler(db, c).HandleAsync(a, new GetDossierProgress(f.PeriodId, "A")),
            p => p.UnitCode == "A" ? null : $"the progress of {p.UnitCode}", mutates: false),
        Call("GetSystemOverview", typeof(GetSystemOverviewHandler), Stage.SelfAssessment, "the system's accounts, audit and periods",
            (db, c, f, a) => new GetSystemOverviewHandler(db, c).HandleAsync(a, new GetSystemOverview()),
            o => o.Accounts > 0 && o.AuditEntries > 0 ? null : $"{o.Accounts} accounts, {o.AuditEntries} audit entries", mutates: false),
        Call("VerifyEvidence", typeof(VerifyEvidenceHandler), Stage.SelfAssessment, "every stored evidence file",
            (db, c, f, a) => new VerifyEvidenceHandler(db, f.Store).HandleAsync(a, new VerifyEvidence(Hashes: true)),
            v => v.Documents > 0 && v.Problems.Count == 0 ? null : $"{v.Documents} documents, {v.Problems.Count} problems", mutates: false),
        Call("SweepEvidence", typeof(SweepEvidenceHandler), Stage.SelfAssessment, "unreferenced evidence files",
            (db, c, f, a) => new SweepEvidenceHandler(db, f.Store).HandleAsync(a, new SweepEvidence(SweepEvidence.DefaultGrace)),
            r => r.Removed.Count == 0 ? null : $"removed {r.Removed.Count} referenced files", mutates: false),
        Call("BuildComposite", typeof(BuildCompositeHandler), Stage.Draft, "a composite index of the caller's own files",
            (db, c, f, a) => new BuildCompositeHandler().HandleAsync(a, new BuildComposite("imeta.csv", CoinrReference.Text("imeta.csv"), "treated.csv", CoinrReference.Text("treated.csv"))),
            r => r.Bytes.Length > 0 ? null : "an empty table", mutates: false),
        Call("GetPeriodHistory", typeof(GetPeriodHistoryHandler), Stage.Published, "period 2025's stage changes",
            (db, c, f, a) => new GetPeriodHistoryHandler(db).HandleAsync(a, new GetPeriodHistory(f.PeriodId)),
            r => r.Count == 5 && r[0].Kind == StageChangeKind.Publish ? null : $"{r.Count} changes", mutates: false),
        Call("AssignAppraiser", typeof(AssignAppraiserHandler), Stage.Draft, "tham-dinh-3 → B",
            (db, c, f, a) => new AssignAppraiserHandler(db, c).HandleAsync(a, new AssignAppraiser(f.PeriodId, "tham-dinh-3", "B", null))),
        Call("AddUser", typeof(AddUserHandler), Stage.Draft, "a new viewer",
            (db, c, f, a) => new AddUserHandler(db, c).HandleAsync(a, new AddUser("nguoi-xem-moi", "MatKhau2025x", Role.Viewer))),
        Call("AddUser[unit account]", typeof(AddUserHandler), Stage.Draft, "a new editor of B, without a password",
            (db, c, f, a) => new AddUserHandler(db, c).HandleAsync(a, new AddUser("can-bo-b-moi", null, Role.UnitEditor, "B")),
            u => u.Link is not null && u.UnitCode == "B" ? null : "no link or not B"),
        Call("ListUsers", typeof(ListUsersHandler), Stage.Draft, "the accounts",
            (db, c, f, a) => new ListUsersHandler(db).HandleAsync(a, new ListUsers()),
            r => r.Users.Any(u => u.UserName == StagedYear.UnitAccount) ? null : $"{r.Total} accounts without {StagedYear.UnitAccount}", mutates: false),
        Call("GetUser[unit account]", typeof(GetUserHandler), Stage.Draft, "A's editor's account",
            (db, c, f, a) => new GetUserHandler(db, c).HandleAsync(a, new GetUser(StagedYear.UnitAccount)),
            d => d.User.UnitCode == "A" ? null : $"unit {d.User.UnitCode}", mutates: false),
        Call("EditUser[unit account]", typeof(EditUserHandler), Stage.Draft, "A's editor made A's leader",
            (db, c, f, a) => new EditUserHandler(db, c).HandleAsync(a, new EditUser(StagedYear.UnitAccount, "Cán bộ Sở A", null, Role.UnitLead, "A")),
            r => r.Changed.SequenceEqual(["role"]) ? null : $"changed {string.Join(",", r.Changed)}"),
        Call("SetUserDisabled[unit account]", typeof(SetUserDisabledHandler), Stage.Draft, "A's editor disabled",
            (db, c, f, a) => new SetUserDisabledHandler(db, c).HandleAsync(a, new SetUserDisabled(StagedYear.UnitAccount, true, "Nghỉ hưu")),
            r => r.Changed ? null : "unchanged"),
        Call("IssuePasswordLink[unit account]", typeof(IssuePasswordLinkHandler), Stage.Draft, "a link for A's editor",
            (db, c, f, a) => new IssuePasswordLinkHandler(db, c).HandleAsync(a, new IssuePasswordLink(StagedYear.UnitAccount)),
            r => r.Link.Token.Length == 43 ? null : "no token"),
        Call("ReadPasswordLinks", typeof(ReadPasswordLinksHandler), Stage.Draft, "a link of A's editor, stored directly", async (db, c, f, a) =>
        {
            // Stored directly, not through IssuePasswordLink, so a refused read leaves the audit log as it was.
            var token = Guid.NewGuid().ToString("N");
            db.PasswordLinks.Add(new PasswordLink { UserId = await UnitAccountIdAsync(db), Sha256 = ParIndex.App.Features.Tokens.ApiTokenText.Hash(token),
                IssuedBy = "test", IssuedAt = Moment.Of(World.On(1, 2)), ExpiresAt = Moment.Of(World.On(12, 31)) });
            await db.SaveChangesAsync();
            return await new ReadPasswordLinksHandler(db, c).HandleAsync(a, new ReadPasswordLinks([(StagedYear.UnitAccount, token)]));
        }, r => r.Count == 1 ? null : $"{r.Count} links"),
        Call("ImportUsers", typeof(ImportUsersHandler), Stage.Draft, "a new leader of A from a file", (db, c, f, a) =>
        {
            var path = Path.Combine(Repo.TempDir(), "tai-khoan.csv");
            File.WriteAllText(path, "username,role,unit\nlanh-dao-a,UnitLead,A\n");
            return new ImportUsersHandler(db, c).HandleAsync(a, new ImportUsers(path));
        }, r => r.Created.Count == 1 ? null : $"{r.Created.Count} created"),
        Call("ChangeOwnPassword", typeof(ChangeOwnPasswordHandler), Stage.Draft, "the actor's own account", async (db, c, f, a) =>
        {
            await OwnAccountAsync(db, a);
            await new ChangeOwnPasswordHandler(db, c).HandleAsync(a, new ChangeOwnPassword(OwnPassword, "Mat-khau-moi-2025", "Mat-khau-moi-2025"));
            return true;
        }),
        Call("GetMyAccount", typeof(GetMyAccountHandler), Stage.Draft, "the actor's own account", async (db, c, f, a) =>
        {
            await OwnAccountAsync(db, a);
            return await new GetMyAccountHandler(db).HandleAsync(a, new GetMyAccount());
        }, m => m.UserName == "tai-khoan-cua-toi" ? null : $"account {m.UserName}"),
        Call("GetImportTemplate", typeof(ParIndex.App.Features.Templates.GetImportTemplateHandler), Stage.Draft, "the accounts template",
            (db, c, f, a) => new ParIndex.App.Features.Templates.GetImportTemplateHandler(db).HandleAsync(a, new ParIndex.App.Features.Templates.GetImportTemplate("accounts")),
            t => t.Content.Length > 0 ? null : "an empty workbook", mutates: false),
        Call("ListAuditEntries", typeof(ListAuditEntriesHandler), Stage.SelfAssessment, "period 2025's entries",
            (db, c, f, a) => new ListAuditEntriesHandler(db).HandleAsync(a, new ListAuditEntries(f.PeriodId)),
            r => r.Total > 0 && r.Entries.All(e => e.Entity == "Period" || e.EntityKey.Contains('/')) ? null : $"{r.Total} entries", mutates: false),
        Call("GetAuditEntry", typeof(GetAuditEntryHandler), Stage.Draft, "the first audit entry",
            async (db, c, f, a) => await new GetAuditEntryHandler(db).HandleAsync(a, new GetAuditEntry(await db.Audit.MinAsync(e => e.Id))),
            e => e.PreviousId is null && e.NextId is not null ? null : "not the first entry", mutates: false),
        Call("VerifyAuditLog", typeof(VerifyAuditLogHandler), Stage.Draft, "the whole audit log",
            (db, c, f, a) => new VerifyAuditLogHandler(db, c).HandleAsync(a, new VerifyAuditLog()),
            v => v.Intact && v.Entries > 0 ? null : $"not intact: {v.Broken} of {v.Entries}", mutates: false),
        Call("ImportUnits", typeof(ImportUnitsHandler), Stage.Draft, "unit E",
            (db, c, f, a) => new ImportUnitsHandler(db, c).HandleAsync(a, new ImportUnits(f.UnitsFile)),
            r => r.Created == 1 ? null : $"{r.Created} created"),
        Call("SaveUnit", typeof(SaveUnitHandler), Stage.Draft, "a new unit F from the form",
            (db, c, f, a) => new SaveUnitHandler(db, c).HandleAsync(a, new SaveUnit("F", true, "Sở F", null, UnitType.Department, World.Group, null, null, null)),
            r => r.Created ? null : "not created"),
        Call("GetUnit", typeof(GetUnitHandler), Stage.Draft, "unit A",
            (db, c, f, a) => new GetUnitHandler(db).HandleAsync(a, new GetUnit("A")),
            r => r.Unit.Code == "A" ? null : $"unit {r.Unit.Code}", mutates: false),
        Call("ImportLineage", typeof(ImportLineageHandler), Stage.Draft, "C merged into D",
            (db, c, f, a) => new ImportLineageHandler(db, c).HandleAsync(a, new ImportLineage(f.LineageFile)),
            r => r.Added == 1 ? null : $"{r.Added} added"),
        Call("ExportUnits", typeof(ExportUnitsHandler), Stage.Draft, "all units",
            (db, c, f, a) => new ExportUnitsHandler(db).HandleAsync(a, new ExportUnits(UnitFileFormat.Csv)),
            r => r.UnitCount == 4 && r.Units.Length > 0 ? null : $"{r.UnitCount} units", mutates: false),
        Call("GrantExtension", typeof(GrantExtensionHandler), Stage.SelfAssessment, "unit A",
            async (db, c, f, a) => { await new GrantExtensionHandler(db, c).HandleAsync(a, new GrantExtension(f.PeriodId, "A", World.On(4, 5, 17), "Đơn vị mới sáp nhập")); return true; }),
        Call("SaveScore", typeof(SaveScoreHandler), Stage.SelfAssessment, "A 1.3",
            (db, c, f, a) => new SaveScoreHandler(db, c).HandleAsync(a, new SaveScore(f.PeriodId, "A", "1.3", "0.5", 1, "Sửa lại")),
            s => s.Version == 2 ? null : $"version {s.Version}"),
        Call("SaveSelfAssessment", typeof(SaveSelfAssessmentHandler), Stage.SelfAssessment, "A 1.3 and 2.2",
            (db, c, f, a) => new SaveSelfAssessmentHandler(db, c).HandleAsync(a, new SaveSelfAssessment(f.PeriodId, "A",
                [new SelfAssessedItem("1.3", "0.5", 1, "Sửa lại"), new SelfAssessedItem("2.2", "1", 1)])),
            s => s.Scores.Count == 2 ? null : $"{s.Scores.Count} scores"),
        Call("ImportWorksheet", typeof(ImportWorksheetHandler), Stage.SelfAssessment, "A's worksheet",
            (db, c, f, a) => new ImportWorksheetHandler(db, c).HandleAsync(a, new ImportWorksheet(f.PeriodId, "A", f.WorksheetOfA, "A.xlsx")),
            r => r.Saved == 1 ? null : $"{r.Saved} saved"),
        Call("ExportWorksheet", typeof(ExportWorksheetHandler), Stage.SelfAssessment, "A's worksheet",
            (db, c, f, a) => new ExportWorksheetHandler(db, c).HandleAsync(a, new ExportWorksheet(f.PeriodId, "A")),
            b => b.Length > 0 ? null : "an empty workbook", mutates: false),
        Call("SubmitSelfAssessment", typeof(SubmitSelfAssessmentHandler), Stage.SelfAssessment, "unit A",
            (db, c, f, a) => new SubmitSelfAssessmentHandler(db, c).HandleAsync(a, new SubmitSelfAssessment(f.PeriodId, "A")),
            s => s == SubmissionState.Submitted ? null : $"now {s}"),
        Read(Stage.SelfAssessment),
        Call("GetSelfAssessment", typeof(GetSelfAssessmentHandler), Stage.SelfAssessment, "unit A's self-assessment form",
            (db, c, f, a) => new GetSelfAssessmentHandler(db, c).HandleAsync(a, new GetSelfAssessment(f.PeriodId, "A")),
            v => v.UnitCode == "A" && v.Leaves.Count == 6 && v.Leaves.Count(l => l.Self is not null) == 5 ? null : "not A's six leaves with five self-assessed scores",
            mutates: false),
        Call("PreviewScore", typeof(PreviewScoreHandler), Stage.SelfAssessment, "A 1.2 at 80%",
            (db, c, f, a) => new PreviewScoreHandler(db).HandleAsync(a, new PreviewScore(f.PeriodId, "A", "1.2", "80%")),
            p => p.Points == 1m ? null : $"{p.Points} points", mutates: false),
        Call("ListUnitSubmissions", typeof(ListUnitSubmissionsHandler), Stage.SelfAssessment, "the actor's own unit (periods 2024 and 2025)",
            (db, c, f, a) => new ListUnitSubmissionsHandler(db).HandleAsync(a, new ListUnitSubmissions()),
            r => r.Count == 2 && r.All(s => s.UnitCode == r[0].UnitCode) && r[0].UnitCode is "A" or "B" ? null : $"{r.Count} submissions", mutates: false),
        Call("AddEvidence", typeof(AddEvidenceHandler), Stage.SelfAssessment, "a document of A for 1.2",
            (db, c, f, a) => new AddEvidenceHandler(db, c, f.Store).HandleAsync(a, new AddEvidence(f.PeriodId, "A", "78/BC-A", new DateOnly(2025, 2, 1), "Sở A",
                "Báo cáo kết quả", new MemoryStream(ParIndex.App.Features.Demo.DemoPdf.Create("78/BC-A", ["Bao cao ket qua"])), "bao-cao.pdf", ["1.2"])),
            d => d.Id > 0 ? null : "no document"),
        Call("LinkEvidence", typeof(LinkEvidenceHandler), Stage.SelfAssessment, "A's document (1.1) to 1.2 too",
            (db, c, f, a) => new LinkEvidenceHandler(db, c).HandleAsync(a, new LinkEvidence(f.PeriodId, "A", f.DocumentOfAOn11, ["1.2"])),
            v => v.LeafCodes.SequenceEqual(["1.1", "1.2"]) ? null : $"links {string.Join(",", v.LeafCodes)}"),
        Call("LinkEvidence[B's document]", typeof(LinkEvidenceHandler), Stage.SelfAssessment, "B's document into A's submission",
            (db, c, f, a) => new LinkEvidenceHandler(db, c).HandleAsync(a, new LinkEvidence(f.PeriodId, "A", f.DocumentOfB, ["1.1"]))),
        Call("UnlinkEvidence", typeof(UnlinkEvidenceHandler), Stage.SelfAssessment, "A's document from 1.1",
            (db, c, f, a) => new UnlinkEvidenceHandler(db, c).HandleAsync(a, new UnlinkEvidence(f.PeriodId, "A", f.DocumentOfAOn11, ["1.1"])),
            v => v.LeafCodes.Count == 0 ? null : $"links {string.Join(",", v.LeafCodes)}"),
        Evidence(Stage.SelfAssessment),
        Call("ReturnSubmission", typeof(ReturnSubmissionHandler), Stage.Appraisal, "unit A",
            (db, c, f, a) => new ReturnSubmissionHandler(db, c).HandleAsync(a, new ReturnSubmission(f.PeriodId, "A", "Thiếu tài liệu kiểm chứng mục 2.1")),
            s => s == SubmissionState.ReturnedForRevision ? null : $"now {s}"),
        Call("ListAppraisalQueue", typeof(ListAppraisalQueueHandler), Stage.Appraisal, "the queue of period 2025",
            async (db, c, f, a) => (Queue: await new ListAppraisalQueueHandler(db).HandleAsync(a, new ListAppraisalQueue(f.PeriodId)), Actor: a),
            r => Differs(r.Queue.Select(q => $"{q.UnitCode}:{q.InScope}"), AppraisableBy(r.Actor).Select(u => $"{u.Unit}:{u.Leaves.Length}")), mutates: false),
        Call("GetAppraisalSheet", typeof(GetAppraisalSheetHandler), Stage.Appraisal, "unit A's appraisal sheet",
            async (db, c, f, a) => (Sheet: await new GetAppraisalSheetHandler(db).HandleAsync(a, new GetAppraisalSheet(f.PeriodId, "A")), Actor: a),
            r => r.Sheet.UnitCode != "A" || r.Sheet.Items.Count(i => i.Self is not null) < r.Sheet.Items.Count - 1 ? "not A's self-assessed items"
                : Differs(r.Sheet.Items.Select(i => i.Code), AppraisableBy(r.Actor).Single(u => u.Unit == "A").Leaves), mutates: false),
        Call("AppraiseScore[1.3]", typeof(AppraiseScoreHandler), Stage.Appraisal, "A 1.3 (area 1)",
            (db, c, f, a) => new AppraiseScoreHandler(db, c).HandleAsync(a, new AppraiseScore(f.PeriodId, "A", "1.3", "0.5", "Chỉ có 2 tin bài", 0))),
        AcceptAll("1"),
        AcceptAll("2"),
        Call("AppraiseScore[2.2]", typeof(AppraiseScoreHandler), Stage.Appraisal, "A 2.2 (area 2)",
            (db, c, f, a) => new AppraiseScoreHandler(db, c).HandleAsync(a, new AppraiseScore(f.PeriodId, "A", "2.2", "2", "Có 2 hồ sơ trễ hạn", 0))),
        Call("CompleteAppraisal", typeof(CompleteAppraisalHandler), Stage.Appraisal, "unit A",
            (db, c, f, a) => new CompleteAppraisalHandler(db, c).HandleAsync(a, new CompleteAppraisal(f.PeriodId, "A")),
            s => s == SubmissionState.Appraised ? null : $"now {s}"),
        Call("SubmitAppeal", typeof(SubmitAppealHandler), Stage.Appeals, "unit A",
            (db, c, f, a) => new SubmitAppealHandler(db, c).HandleAsync(a, new SubmitAppeal(f.PeriodId, "A", [new AppealItem("1.3", "0.75", "Có 3 tin bài")])),
            r => r.Count == 1 ? null : $"{r.Count} appeals"),
        Call("DecideAppeal[1.3]", typeof(DecideAppealHandler), Stage.AppealsOpen, "A's appeal on 1.3 (area 1)",
            (db, c, f, a) => new DecideAppealHandler(db, c).HandleAsync(a, new DecideAppeal(f.AppealOn13, true, "Văn bản hợp lệ")),
            r => r.State == AppealState.Accepted ? null : $"now {r.State}"),
        Call("DecideAppeal[2.2]", typeof(DecideAppealHandler), Stage.AppealsOpen, "A's appeal on 2.2 (area 2)",
            (db, c, f, a) => new DecideAppealHandler(db, c).HandleAsync(a, new DecideAppeal(f.AppealOn22, false, "Không xác nhận được lỗi hệ thống")),
            r => r.State == AppealState.Rejected ? null : $"now {r.State}"),
        Call("ListAppeals", typeof(ListAppealsHandler), Stage.AppealsOpen, "the appeals of period 2025 (A's on 1.3 and 2.2)",
            async (db, c, f, a) => (List: await new ListAppealsHandler(db).HandleAsync(a, new ListAppeals(f.PeriodId)), Actor: a),
            r => Differs(r.List.Appeals.Select(v => $"{v.UnitCode}:{v.LeafCode}"),
                AppraisableBy(r.Actor).Where(u => u.Unit == "A").SelectMany(u => u.Leaves).Where(l => l is "1.3" or "2.2").Select(l => $"A:{l}")), mutates: false),
        Call("GetCouncilOverview", typeof(GetCouncilOverviewHandler), Stage.AppealsOpen, "period 2025",
            (db, c, f, a) => new GetCouncilOverviewHandler(db).HandleAsync(a, new GetCouncilOverview(f.PeriodId)),
            o => o.Submissions == 4 && o.OpenAppeals.Count == 2 && o.NotAppraised.Count == 0 ? null : $"{o.OpenAppeals.Count} open appeals", mutates: false),
        Read(Stage.Finalisation),
        Call("PublishResults", typeof(PublishResultsHandler), Stage.Finalisation, "period 2025",
            (db, c, f, a) => new PublishResultsHandler(db, c).HandleAsync(a, new PublishResults(f.PeriodId)),
            r => r.Count == 1 && r[0].Units == 4 ? null : $"{r.Count} groups"),
        Read(Stage.Published),
        Evidence(Stage.Published),
        Open("OpenEvidenceFile[1.1]", "A's document on 1.1 (area 1)", f => f.DocumentOfAOn11),
        Open("OpenEvidenceFile[2.1]", "A's document on 2.1 (area 2)", f => f.DocumentOfAOn21),
        Call("VerifyResults", typeof(VerifyResultsHandler), Stage.Published, "period 2025",
            (db, c, f, a) => new VerifyResultsHandler(db).HandleAsync(a, new VerifyResults(f.PeriodId)),
            r => r.Count == 1 && r[0].Ok ? null : "no verified group", mutates: false),
        Call("ReopenPeriod", typeof(ReopenPeriodHandler), Stage.Published, "period 2025",
            (db, c, f, a) => new ReopenPeriodHandler(db, c).HandleAsync(a, new ReopenPeriod(f.PeriodId, "Sai sót khi tổng hợp điểm tiêu chí 1.3")),
            s => s.To == PeriodState.Finalisation ? null : $"now {s.To}"),
        Call("GetPeriodDashboard", typeof(GetPeriodDashboardHandler), Stage.SelfAssessment, "period 2025's progress",
            (db, c, f, a) => new GetPeriodDashboardHandler(db, c).HandleAsync(a, new GetPeriodDashboard(f.PeriodId)),
            d => d!.Units.Count == 4 && d.Units.Single(u => u.UnitCode == "A").Answered == 5 ? null : "not the four units with A's five answers", mutates: false),
        Call("ExportPeriodProgress", typeof(ExportPeriodProgressHandler), Stage.SelfAssessment, "period 2025's progress as CSV",
            (db, c, f, a) => new ExportPeriodProgressHandler(db, c).HandleAsync(a, new ExportPeriodProgress(f.PeriodId, new ProgressFilter(), Xlsx: false)),
            r => r.Units == 4 && r.FileName.EndsWith(".csv", StringComparison.Ordinal) ? null : $"{r.Units} units", mutates: false),
        Call("ListFrameworks", typeof(ListFrameworksHandler), Stage.Draft, "the framework editions",
            (db, c, f, a) => new ListFrameworksHandler(db).HandleAsync(a, new ListFrameworks()),
            r => r.Any(x => x.Code == "TEST-SO" && x.Leaves == 6) ? null : $"{r.Count} frameworks", mutates: false),
        Call("GetFramework", typeof(GetFrameworkHandler), Stage.Draft, "framework TEST-SO",
            async (db, c, f, a) => await new GetFrameworkHandler(db).HandleAsync(a, new GetFramework(await db.Frameworks.Where(x => x.Code == "TEST-SO").Select(x => x.Id).SingleAsync())),
            v => v.Rows.Count == 8 && v.Max == 10m ? null : $"{v.Rows.Count} rows", mutates: false),
        Call("ListUnits", typeof(ListUnitsHandler), Stage.Draft, "all units",
            (db, c, f, a) => new ListUnitsHandler(db).HandleAsync(a, new ListUnits()),
            r => r.Units.Count == 4 ? null : $"{r.Units.Count} units", mutates: false),
        Call("GetRanking@Finalisation", typeof(GetRankingHandler), Stage.Finalisation, "the provisional ranking",
            (db, c, f, a) => new GetRankingHandler(db).HandleAsync(a, new GetRanking(f.PeriodId)),
            r => !r.Published && r.Results.Units.Count == 4 ? null : $"{r.Results.Units.Count} units", mutates: false),
        Call("GetRankingWithChanges@Finalisation", typeof(GetRankingWithChangesHandler), Stage.Finalisation, "the provisional ranking with its changes",
            (db, c, f, a) => new GetRankingWithChangesHandler(db).HandleAsync(a, new GetRankingWithChanges(f.PeriodId)),
            r => !r.Ranking.Published && r.Ranking.Results.Units.Count == 4 ? null : $"{r.Ranking.Results.Units.Count} units", mutates: false),
        Call("GetRankingWithChanges@Published", typeof(GetRankingWithChangesHandler), Stage.Published, "the published ranking with its changes",
            (db, c, f, a) => new GetRankingWithChangesHandler(db).HandleAsync(a, new GetRankingWithChanges(f.PeriodId)),
            r => r.Ranking.Published && r.Ranking.Results.Units.Count == 4 ? null : $"{r.Ranking.Results.Units.Count} units", mutates: false),
        Call("GetRanking@Published", typeof(GetRankingHandler), Stage.Published, "the published ranking",
            (db, c, f, a) => new GetRankingHandler(db).HandleAsync(a, new GetRanking(f.PeriodId)),
            r => r.Published && r.Results.Units.Count == 4 ? null : $"{r.Results.Units.Count} units", mutates: false),
        Analysis(Stage.Finalisation),
        Analysis(Stage.Published),
        Result(Stage.Finalisation),
        Result(Stage.Published),
        Call("CreateApiToken", typeof(CreateApiTokenHandler), Stage.Draft, "the actor's own token",
            (db, c, f, a) => new CreateApiTokenHandler(db, c).HandleAsync(a, new CreateApiToken("Báo cáo tự động", 30)),
            t => t.Token.StartsWith(t.Prefix, StringComparison.Ordinal) ? null : "a token without its prefix"),
        Call("ListApiTokens", typeof(ListApiTokensHandler), Stage.SelfAssessment, "the actor's own tokens",
            (db, c, f, a) => new ListApiTokensHandler(db).HandleAsync(a, new ListApiTokens()),
            t => t.Count == 0 ? null : $"{t.Count} tokens of someone", mutates: false),
        Call("RevokeApiToken[A's editor's]", typeof(RevokeApiTokenHandler), Stage.Draft, "a token of A's editor", async (db, c, f, a) =>
        {
            // Stored directly, not through CreateApiToken, so a refused revocation leaves the audit log as it was.
            var token = new ApiToken { UserId = "u-A-editor", Name = "Kịch bản", Prefix = "pxi_test", Sha256 = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"), CreatedAt = Moment.Of(World.On(1, 2)), ExpiresAt = Moment.Of(World.On(12, 31)) };
            db.ApiTokens.Add(token);
            await db.SaveChangesAsync();
            await new RevokeApiTokenHandler(db, c).HandleAsync(a, new RevokeApiToken(token.Id));
            return await db.ApiTokens.AsNoTracking().SingleAsync(t => t.Id == token.Id);
        }, t => t.RevokedAt is not null ? null : "still active"),
        Call("DefineSurvey", typeof(DefineSurveyHandler), Stage.Draft, "a new survey KS-MOI",
            (db, c, f, a) => new DefineSurveyHandler(db, c).HandleAsync(a, new DefineSurvey(f.NewSurveyFile, 2025)),
            s => s.Created && s.Code == "KS-MOI" ? null : $"{s.Code}, created {s.Created}"),
        Call("ImportResponses", typeof(ImportResponsesHandler), Stage.Draft, "one new response to KS-TEST",
            (db, c, f, a) => new ImportResponsesHandler(db, c).HandleAsync(a, new ImportResponses(SurveyFiles.Code, f.NewAnswersFile)),
            r => r.Added == 1 ? null : $"{r.Added} added"),
        Call("GetSurveyResults[A]", typeof(GetSurveyResultsHandler), Stage.SelfAssessment, "unit A's survey measures",
            (db, c, f, a) => new GetSurveyResultsHandler(db).HandleAsync(a, new GetSurveyResults(SurveyFiles.Code, "A")),
            r => r.Units.Count == 1 && r.Units[0].Scope == "A" && r.Units[0].Respondents == 5 && r.Overall is null ? null : $"{r.Units.Count} units", mutates: false),
        Call("ApplySurvey", typeof(ApplySurveyHandler), Stage.Appraisal, "KS-TEST into period 2025",
            (db, c, f, a) => new ApplySurveyHandler(db, c).HandleAsync(a, new ApplySurvey(SurveyFiles.Code, f.PeriodId)),
            r => r.Written == 4 ? null : $"{r.Written} written"),
        Call("IssueSurveyInvitations", typeof(IssueSurveyInvitationsHandler), Stage.Draft, "two links for unit A",
            (db, c, f, a) => new IssueSurveyInvitationsHandler(db, c).HandleAsync(a, new IssueSurveyInvitations(SurveyFiles.Code, "A", ParIndex.Domain.Surveys.RespondentType.Citizen, 2)),
            t => t.Count == 2 && t[0] != t[1] ? null : $"{t.Count} links"),
        Call("ListSurveys", typeof(ListSurveysHandler), Stage.SelfAssessment, "the surveys with their responses",
            (db, c, f, a) => new ListSurveysHandler(db).HandleAsync(a, new ListSurveys()),
            r => r.SingleOrDefault(s => s.Code == SurveyFiles.Code) is { Responses: > 0 } ? null : "no KS-TEST with responses", mutates: false),
        Call("ReadSurveyLinks", typeof(ReadSurveyLinksHandler), Stage.Draft, "a link just issued for unit A", async (db, c, f, a) =>
        {
            // Stored directly, not through IssueSurveyInvitations, so a refused read leaves the audit log as it was.
            var survey = await db.Surveys.SingleAsync(s => s.Code == SurveyFiles.Code);
            var token = Guid.NewGuid().ToString("N");
            db.SurveyInvitations.Add(new SurveyInvitation { SurveyId = survey.Id, UnitCode = "A", Sha256 = SurveyToken.Hash(token), AnswersJson = "{}", IssuedAt = Moment.Of(World.On(1, 2)) });
            await db.SaveChangesAsync();
            return await new ReadSurveyLinksHandler(db).HandleAsync(a, new ReadSurveyLinks(survey.Id, [token, "khong-co"]));
        }, r => r is [{ UnitCode: "A", UnitName: "Sở A" }] ? null : $"{r.Count} links", mutates: false),
        Call("ImportScoreboard", typeof(ImportScoreboardHandler), Stage.Draft, "the province's PCI 2024", (db, c, f, a) =>
        {
            var path = Path.Combine(Repo.TempDir(), "chi-so-tinh.csv");
            File.WriteAllText(path, "index,name,year,score,rank,out_of,source\nPCI,Chỉ số PCI,2024,68.3,17,63,VCCI\n");
            return new ImportScoreboardHandler(db, c).HandleAsync(a, new ImportScoreboard(path));
        }, r => r.Created == 1 ? null : $"{r.Created} created"),
        Dossier(Stage.Finalisation),
        Dossier(Stage.Published),
        Call("PrintAppraisalMinutes", typeof(PrintAppraisalMinutesHandler), Stage.Finalisation, "unit A's appraisal minutes",
            (db, c, f, a) => new PrintAppraisalMinutesHandler(db, c, new DocumentSettings()).HandleAsync(a, new PrintAppraisalMinutes(f.PeriodId, "A")),
            d => d.Html.Contains("BIÊN BẢN", StringComparison.Ordinal) && d.Html.Contains("của Sở A", StringComparison.Ordinal) ? null : "not A's minutes", mutates: false),
        Call("PrintAppealDecisions[A]", typeof(PrintAppealDecisionsHandler), Stage.Finalisation, "the decisions on unit A's appeals",
            (db, c, f, a) => new PrintAppealDecisionsHandler(db, c, new DocumentSettings()).HandleAsync(a, new PrintAppealDecisions(f.PeriodId, "A")),
            d => d.Html.Contains("Tổng cộng 2 giải trình", StringComparison.Ordinal) ? null : "not A's two decided appeals", mutates: false),
        Call("ListNotifications", typeof(ListNotificationsHandler), Stage.Published, "the actor's own notifications",
            (db, c, f, a) => new ListNotificationsHandler(db).HandleAsync(a, new ListNotifications()),
            l => l.Items.Count == l.Unread ? null : "read notifications nobody read", mutates: false),
        Call("MarkNotificationsRead", typeof(MarkNotificationsReadHandler), Stage.Published, "the actor's own notifications",
            (db, c, f, a) => new MarkNotificationsReadHandler(db, c).HandleAsync(a, new MarkNotificationsRead()),
            n => n == 0 ? null : $"{n} notifications of someone else marked read"),
    ];

    private static Task<string> UnitAccountIdAsync(AppDbContext db) =>
        db.Users.Where(u => u.UserName == StagedYear.UnitAccount).Select(u => u.Id).SingleAsync();

    private const string OwnPassword = "Mat-khau-cu-2025";

    /// <summary>
    /// The actor's own stored account with <see cref="OwnPassword"/>, written directly (the matrix's actors are made up,
    /// some without an account), so only the use case under test writes to the audit log.
    /// </summary>
    private static async Task OwnAccountAsync(AppDbContext db, Actor actor)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == actor.UserId);
        if (user is null) db.Users.Add(user = new AppUser { Id = actor.UserId });
        user.UserName = "tai-khoan-cua-toi";
        user.NormalizedUserName = "TAI-KHOAN-CUA-TOI";
        user.SecurityStamp = Guid.NewGuid().ToString();
        user.PasswordHash = new Microsoft.AspNetCore.Identity.PasswordHasher<AppUser>().HashPassword(user, OwnPassword);
        await db.SaveChangesAsync();
    }

    /// <summary>Unit A's self-assessment report; an allowed print must be A's, with its six sub-criteria.</summary>
    private static UseCase Dossier(Stage stage) =>
        Call($"PrintDossier@{stage}", typeof(PrintDossierHandler), stage, "unit A's self-assessment report",
            (db, c, f, a) => new PrintDossierHandler(db, c, new DocumentSettings()).HandleAsync(a, new PrintDossier(f.PeriodId, "A")),
            d => d.Html.Contains("SỞ A", StringComparison.Ordinal) && new[] { "1.1", "1.2", "1.3", "2.1", "2.2", "2.3" }.All(l => d.Html.Contains($"<td>{l}</td>", StringComparison.Ordinal))
                ? null : "not A's report with its six sub-criteria", mutates: false);

    public static UseCase Find(string name) => UseCases.SingleOrDefault(u => u.Name == name)
        ?? throw new InvalidOperationException($"The matrix has a row for '{name}' but no use case of that name");

    public static Expect[] Parse(string expected)
    {
        var cells = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => c switch
        {
            "A" => Expect.Allowed,
            "F" => Expect.Forbidden,
            "W" => Expect.Workflow,
            _ => throw new InvalidOperationException($"'{c}' is not A, F or W in \"{expected}\""),
        }).ToArray();
        if (cells.Length != Enum.GetValues<Who>().Length)
            throw new InvalidOperationException($"\"{expected}\" has {cells.Length} cells, not one per actor ({Enum.GetValues<Who>().Length})");
        return cells;
    }

    /// <summary>One theory row per (use case, actor), the actor's target given by the use case.</summary>
    public static TheoryData<string, Who, Expect> Rows(Func<string, Who, bool> include)
    {
        var data = new TheoryData<string, Who, Expect>();
        foreach (var (useCase, expected) in Table)
        {
            var cells = Parse(expected);
            foreach (var who in Enum.GetValues<Who>())
                if (include(useCase, who)) data.Add(useCase, who, cells[(int)who]);
        }
        return data;
    }

    public static Actor ActorOf(World world, Who who) => who switch
    {
        Who.Admin => world.Admin,
        Who.Secretariat => world.Secretariat,
        Who.Council => world.Council,
        Who.Viewer => world.Viewer,
        Who.EditorOfA => world.Editor("A"),
        Who.LeadOfA => world.Lead("A"),
        Who.EditorOfB => world.Editor("B"),
        Who.LeadOfB => world.Lead("B"),
        Who.AppraiserOfA => world.Appraiser("tham-dinh-1"),
        Who.AppraiserOfArea2 => world.Appraiser("tham-dinh-2"),
        Who.AppraiserOfB => world.Appraiser("tham-dinh-b"),
        Who.AppraiserUnassigned => world.Appraiser("tham-dinh-3"),
        Who.AppraiserOfAInOtherPeriod => world.Appraiser("tham-dinh-cu"),
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    private static readonly string[] AllLeaves = ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3"];

    /// <summary>What each actor of the staged year may appraise in period 2025: unit codes with their sub-criteria.</summary>
    private static (string Unit, string[] Leaves)[] AppraisableBy(Actor actor) => actor.SeesAllUnits
        ? [.. World.UnitCodes.Select(u => (u, AllLeaves))]
        : actor.UserId switch
        {
            "u-tham-dinh-1" => [("A", AllLeaves)],
            "u-tham-dinh-2" => [.. World.UnitCodes.Select(u => (u, new[] { "2.1", "2.2", "2.3" }))],
            "u-tham-dinh-b" => [("B", AllLeaves)],
            _ => [],
        };

    private static string? Differs(IEnumerable<string> actual, IEnumerable<string> expected) =>
        actual.SequenceEqual(expected) ? null : $"[{string.Join(", ", actual)}], expected [{string.Join(", ", expected)}]";

    /// <summary>
    /// ListEvidence of unit A's submission; an allowed read returns A's documents supporting what the reader sees: an
    /// area-2 appraiser before publication only the one on 2.1; a reader outside A (after publication) without the
    /// uploader and the file's name.
    /// </summary>
    private static UseCase Evidence(Stage stage) =>
        Call($"ListEvidence@{stage}", typeof(ListEvidenceHandler), stage, "unit A's evidence",
            async (db, c, f, a) => (List: await new ListEvidenceHandler(db).HandleAsync(a, new ListEvidence(f.PeriodId, "A")), Actor: a, Facts: f),
            r =>
            {
                if (r.List.Any(d => d.UnitCode != "A")) return "another unit's documents";
                var leaves = ReadableBy(r.Actor, stage);
                var ids = r.List.Select(d => d.Id).ToList();
                if (!ids.Contains(r.Facts.DocumentOfAOn21) || ids.Contains(r.Facts.DocumentOfAOn11) != leaves.Contains("1.1"))
                    return $"documents {string.Join(",", ids)} for leaves {string.Join(",", leaves)}";
                if (r.List.SelectMany(d => d.LeafCodes).FirstOrDefault(l => !leaves.Contains(l)) is { } hidden) return $"a link to {hidden}";
                bool Inside(EvidenceView d) => InsideA(r.Actor) || InsideArea2(r.Actor) && d.LeafCodes.Any(l => l.StartsWith("2.", StringComparison.Ordinal));
                return r.List.FirstOrDefault(d => (d.CreatedBy is null || d.FileName is null) == Inside(d)) is { } wrongly
                    ? $"document {wrongly.Id}: uploader and file name {(Inside(wrongly) ? "hidden from an insider" : "shown to an outsider")}" : null;
            }, mutates: false);

    /// <summary>Opens a document's file; an allowed call must return its bytes.</summary>
    private static UseCase Open(string name, string target, Func<Facts, int> document) =>
        Call(name, typeof(OpenEvidenceFileHandler), Stage.Published, target, async (db, c, f, a) =>
        {
            await using var file = await new OpenEvidenceFileHandler(db, f.Store).HandleAsync(a, new OpenEvidenceFile(document(f)));
            using var bytes = new MemoryStream();
            await file.Content.CopyToAsync(bytes);
            return bytes.Length;
        }, n => n > 0 ? null : "an empty file", mutates: false);

    /// <summary>GetUnitResult of unit A at a stage; an allowed read must return A's score traced to its six leaves.</summary>
    private static UseCase Analysis(Stage stage) =>
        Call($"GetAnalysis@{stage}", typeof(GetAnalysisHandler), stage, "the group's analysis with A's what-if",
            (db, c, f, a) => new GetAnalysisHandler(db).HandleAsync(a, new GetAnalysis(f.PeriodId, Unit: "A")),
            v => v.Analysis.Overview.Count == 4 && v.WhatIf!.Code == "A" && v.Ranking.Published == (stage == Stage.Published) ? null : "not the four units with A's what-if", mutates: false);

    private static UseCase Result(Stage stage) =>
        Call($"GetUnitResult@{stage}", typeof(GetUnitResultHandler), stage, "unit A's result",
            (db, c, f, a) => new GetUnitResultHandler(db).HandleAsync(a, new GetUnitResult(f.PeriodId, "A")),
            v => v.Unit.Code == "A" && v.Trace.Count(l => l.Input is not null) == 6 && v.Published == (stage == Stage.Published) ? null : "not A's traced result", mutates: false);

    /// <summary>
    /// GetSubmission of unit A at a stage; an allowed read returns A's scores on the leaves the reader sees, with the
    /// unit's notes, appeal arguments and authors only for readers inside (the leaf's area, or the whole unit).
    /// </summary>
    private static UseCase Read(Stage stage) =>
        Call($"GetSubmission@{stage}", typeof(GetSubmissionHandler), stage, "unit A's scores",
            async (db, c, f, a) => (View: await new GetSubmissionHandler(db).HandleAsync(a, new GetSubmission(f.PeriodId, "A")), Actor: a),
            r =>
            {
                var (v, actor) = r;
                var leaves = ReadableBy(actor, stage);
                if (v.UnitCode != "A") return $"unit {v.UnitCode}";
                if (Differs(v.Leaves.Select(l => l.Code), leaves) is { } wrong) return $"leaves {wrong}";
                if (v.Leaves.Count(l => l.Self is not null) != leaves.Length - (leaves.Contains("2.3") ? 1 : 0)) return "not A's self-assessed scores";
                foreach (var leaf in v.Leaves)
                {
                    var inside = InsideA(actor) || InsideArea2(actor) && leaf.Code.StartsWith("2.", StringComparison.Ordinal);
                    var scores = new[] { leaf.Self, leaf.Appraised, leaf.Appeal, leaf.Final }.OfType<StageScore>().ToList();
                    if (scores.Any(s => s.Author is null == inside)) return $"{leaf.Code}: authors {(inside ? "hidden from" : "shown to")} the reader";
                    if (leaf.Appeals.Any(a => a.Argument is null == inside)) return $"{leaf.Code}: appeal arguments {(inside ? "hidden from" : "shown to")} the reader";
                    if (!inside && leaf.Self?.Note is not null) return $"{leaf.Code}: the unit's note shown to an outsider";
                }
                // The appraisers' reason explains the published score, to everyone.
                if (stage == Stage.Published && v.Leaves.Single(l => l.Code == "1.3").Appraised?.Note != "Chỉ có 2 tin bài") return "1.3 without its appraisal reason";
                return stage == Stage.Published && v.Leaves.Sum(l => l.Appeals.Count) != 2 ? "not A's two appeals" : null;
            }, mutates: false);

    /// <summary>The leaves of A a reader reads at a stage: every leaf after publication, else an area-2 appraiser area 2's.</summary>
    private static string[] ReadableBy(Actor actor, Stage stage) =>
        stage != Stage.Published && InsideArea2(actor) ? ["2.1", "2.2", "2.3"] : AllLeaves;

    /// <summary>Inside the whole of unit A: its people, those who see every unit, its whole-unit appraiser.</summary>
    private static bool InsideA(Actor actor) => actor.SeesAllUnits || actor.UserId.StartsWith("u-A-", StringComparison.Ordinal) || actor.UserId == "u-tham-dinh-1";

    private static bool InsideArea2(Actor actor) => actor.UserId == "u-tham-dinh-2";

    /// <summary>TEST-SO mapped onto itself, every node the same: a crosswalk that holds against the stored edition.</summary>
    private static byte[] IdentityCrosswalk()
    {
        var framework = Domain.Frameworks.CompiledFramework.Compile(App.Frameworks.FrameworkJson.Read(World.FrameworkJson, "test-so.json"));
        return System.Text.Encoding.UTF8.GetBytes(App.Crosswalks.CrosswalkJson.Write("TEST-SO", "TEST-SO",
            App.Crosswalks.CrosswalkRow.Of(Domain.Comparison.Crosswalk.Identity(framework).Links, framework, framework)));
    }

    /// <summary>Accept-all on area <paramref name="area"/> of A, with the items not yet appraised as the page would show them.</summary>
    private static UseCase AcceptAll(string area) =>
        Call($"AcceptSelfAssessed[{area}]", typeof(AcceptSelfAssessedHandler), Stage.Appraisal, $"A's area {area}",
            async (db, c, f, a) =>
            {
                var submission = await db.Submissions.Where(s => s.PeriodId == f.PeriodId && s.Unit.Code == "A").Select(s => s.Id).SingleAsync();
                var latest = await ParIndex.App.Features.Assessment.LeafScores.LatestAsync(db, [submission], CancellationToken.None);
                var untouched = latest.Keys.Where(k => k.Stage == ParIndex.App.Data.ScoreStage.SelfAssessed && k.Leaf.StartsWith(area + ".", StringComparison.Ordinal)
                    && !latest.ContainsKey((k.Submission, k.Leaf, ParIndex.App.Data.ScoreStage.Appraised))).Select(k => k.Leaf).ToList();
                return await new AcceptSelfAssessedHandler(db, c).HandleAsync(a, new AcceptSelfAssessed(f.PeriodId, "A", area, untouched));
            },
            r => r.AreaCode == area ? null : $"area {r.AreaCode}");

    private static UseCase Call<T>(string name, Type handler, Stage stage, string target,
        Func<AppDbContext, TimeProvider, Facts, Actor, Task<T>> call, Func<T, string?>? check = null, bool mutates = true) =>
        new(name, handler, stage, target, async (copy, facts, actor) =>
        {
            await using var db = copy.Open();
            var result = await call(db, copy.Clock, facts, actor);
            return result is null ? "returned nothing" : check?.Invoke(result);
        }, mutates);
}
