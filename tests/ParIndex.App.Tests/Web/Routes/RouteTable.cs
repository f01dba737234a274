using ParIndex.Domain.Workflow;
using ParIndex.App.Tests.Data;
using static ParIndex.App.Tests.Web.Routes.RouteRule;

namespace ParIndex.App.Tests.Web.Routes;

/// <summary>
/// The authorization decision of every endpoint of the site, keyed "METHOD /route-template" plus " ?handler=Name" for a
/// Razor Pages named handler. Addresses: {P} the period, {F} a framework edition, {D} a document of unit A linked to its
/// 1.1, {AP} an open appeal of unit A on 1.3. The council, reading the office's pages, is refused only what it may not do,
/// so those forms carry fields that reach the use case. <see cref="RouteMatrixTests"/> fails for an endpoint missing here, naming it: a new page,
/// handler or API route needs its row before it ships.
/// </summary>
internal static class RouteTable
{
    private static readonly Role[] Office = [Role.Admin, Role.Secretariat];
    private static readonly Role[] Unit = [Role.UnitEditor, Role.UnitLead];
    private static readonly Role[] SeesAll = [Role.Admin, Role.Secretariat, Role.Council];
    private static readonly Dictionary<string, string> Confirmed = new() { ["Confirm"] = "true" };

    public static readonly IReadOnlyDictionary<string, RouteRule> Rules = new Dictionary<string, RouteRule>
    {
        // Public: the published results, sign-in, errors, language, health, the API description.
        ["GET /"] = Public("/"),
        ["GET /don-vi/{ky:int}/{code}"] = Public("/don-vi/{P}/A"),
        ["GET /ket-qua/{id:int}/ket-qua.{format:regex(^(csv|json|xlsx)$)}"] = Public("/ket-qua/{P}/ket-qua.csv?khoi=x"),
        ["GET /api/v1/public/periods"] = Public("/api/v1/public/periods"),
        ["GET /api/v1/public/periods/{id:int}/results"] = Public("/api/v1/public/periods/{P}/results"),
        ["GET /chi-so-tinh"] = Public("/chi-so-tinh"),
        ["GET /dang-nhap"] = Public("/dang-nhap"),
        ["POST /dang-nhap"] = Public("/dang-nhap"),
        ["GET /dang-xuat"] = Public("/dang-xuat"),
        ["POST /dang-xuat"] = Public("/dang-xuat"),
        ["GET /loi/{code:int}"] = Public("/loi/404"),
        ["POST /loi/{code:int}"] = Public("/loi/404"),
        ["GET /ngon-ngu/{lang}"] = Public("/ngon-ngu/en?back=/"),
        ["GET /openapi/{documentName}.json"] = Public("/openapi/v1.json"),
        ["ANY /health/live"] = Public("/health/live"),
        ["ANY /health/ready"] = Public("/health/ready"),
        // Each node's own metrics for the operator's Prometheus: counts only, never data; nginx answers 404 (deploy/).
        ["ANY /metrics"] = Public("/metrics"),
        // The web survey: no account, the link's token is the credential (an unknown token is 404).
        ["GET /khao-sat/{token}"] = Public("/khao-sat/khong-co-ma-nay"),
        ["POST /khao-sat/{token}"] = Public("/khao-sat/khong-co-ma-nay?trang=1"),

        // Anyone signed in: their own page and tokens, the results overview, the periods through the API.
        ["GET /toi"] = AnyoneSignedIn("/toi"),
        ["GET /toi/the-api"] = AnyoneSignedIn("/toi/the-api"),
        ["POST /toi/the-api"] = AnyoneSignedIn("/toi/the-api"),
        ["POST /toi/the-api ?handler=Revoke"] = AnyoneSignedIn("/toi/the-api?handler=Revoke&id=999999"),
        ["GET /ket-qua"] = AnyoneSignedIn("/ket-qua"),
        ["GET /api/v1/periods"] = AnyoneSignedIn("/api/v1/periods"),
        ["GET /api/v1/periods/{id:int}"] = AnyoneSignedIn("/api/v1/periods/{P}"),
        ["GET /thong-bao"] = AnyoneSignedIn("/thong-bao"),
        ["POST /thong-bao ?handler=Read"] = AnyoneSignedIn("/thong-bao?handler=Read&id=999999"),
        ["POST /thong-bao ?handler=ReadAll"] = AnyoneSignedIn("/thong-bao?handler=ReadAll"),

        // Unit A's own data before publication: its people, the secretariat, the council, admin.
        ["GET /ket-qua/{ky:int}/don-vi/{code}"] = RolesOrUnitA("/ket-qua/{P}/don-vi/A", null, [.. SeesAll, .. Unit, Role.Appraiser]),
        ["GET /api/v1/periods/{id:int}/units/{unit}/result"] = RolesOrUnitA("/api/v1/periods/{P}/units/A/result", null, [.. SeesAll, .. Unit, Role.Appraiser]),
        ["GET /api/v1/periods/{id:int}/submissions/{unit}"] = RolesOrUnitA("/api/v1/periods/{P}/submissions/A", null, [.. SeesAll, .. Unit, Role.Appraiser]),
        ["GET /api/v1/periods/{id:int}/submissions/{unit}/evidence"] = RolesOrUnitA("/api/v1/periods/{P}/submissions/A/evidence", null, [.. SeesAll, .. Unit, Role.Appraiser]),
        ["GET /tai-lieu/{documentId:int}"] = RolesOrUnitA("/tai-lieu/{D}", null, [.. SeesAll, .. Unit, Role.Appraiser]),
        ["GET /api/v1/periods/{id:int}/results"] = Roles("/api/v1/periods/{P}/results", SeesAll),

        // The analysis of a group before publication: those who see every unit (published, it is public).
        ["GET /phan-tich/{periodId:int}"] = Roles("/phan-tich/{P}", SeesAll),
        ["GET /phan-tich/{periodId:int} ?handler=Workbook"] = Roles("/phan-tich/{P}?handler=Workbook", SeesAll),
        ["GET /phan-tich/{periodId:int} ?handler=Report"] = Roles("/phan-tich/{P}?handler=Report", SeesAll),
        ["GET /phan-tich/{periodId:int} ?handler=Scorecard"] = Roles("/phan-tich/{P}?handler=Scorecard&donVi=A", SeesAll),
        ["GET /api/v1/periods/{id:int}/analysis"] = Roles("/api/v1/periods/{P}/analysis", SeesAll),

        // The documents to print and sign: a unit's dossier and appraisal minutes for its own people, its appraisers and
        // those who see every unit (the minutes answer 409 until the appraisal is complete); the appeal decisions for those
        // who see every unit and, of its own appeals, the unit; the publication annex is public (404 until published).
        ["GET /in/ho-so/{periodId:int}/{unitCode}"] = RolesOrUnitA("/in/ho-so/{P}/A", null, [.. SeesAll, .. Unit, Role.Appraiser]),
        ["GET /in/bien-ban-tham-dinh/{periodId:int}/{unitCode}"] = RolesOrUnitA("/in/bien-ban-tham-dinh/{P}/A", null, [.. SeesAll, .. Unit, Role.Appraiser]),
        ["GET /in/giai-trinh/{periodId:int}"] = RolesOrUnitA("/in/giai-trinh/{P}?donVi=A", null, [.. SeesAll, .. Unit]),
        ["GET /in/phu-luc/{periodId:int}"] = Public("/in/phu-luc/{P}"),

        // The unit's self-assessment: its editors and leader (the unit is the reader's own; a document of another unit is
        // refused). Who of the two may submit or appeal is the workflow's rule (409), proven by the workflow tests.
        ["GET /tu-danh-gia"] = Roles("/tu-danh-gia", Unit),
        ["GET /tu-danh-gia/{periodId:int}"] = Roles("/tu-danh-gia/{P}", Unit),
        ["POST /tu-danh-gia/{periodId:int}"] = Roles("/tu-danh-gia/{P}", Unit),
        ["POST /tu-danh-gia/{periodId:int} ?handler=Preview"] = Roles("/tu-danh-gia/{P}?handler=Preview&leaf=0", Unit),
        ["POST /tu-danh-gia/{periodId:int} ?handler=Autosave"] = Roles("/tu-danh-gia/{P}?handler=Autosave&leaf=0", Unit),
        ["POST /tu-danh-gia/{periodId:int} ?handler=Evidence"] = Roles("/tu-danh-gia/{P}?handler=Evidence&leaf=0", Unit),
        ["POST /tu-danh-gia/{periodId:int} ?handler=Link"] = RolesOrUnitA("/tu-danh-gia/{P}?handler=Link&leaf=0&doc={D}", null, Unit),
        ["POST /tu-danh-gia/{periodId:int} ?handler=Unlink"] = RolesOrUnitA("/tu-danh-gia/{P}?handler=Unlink&leaf=0&doc={D}", null, Unit),
        ["GET /tu-danh-gia/{periodId:int}/nop"] = Roles("/tu-danh-gia/{P}/nop", Unit),
        // Surveys: the office defines them, issues links, imports answers, reads the measures and applies them (an unknown survey is 404).
        ["GET /quan-tri/khao-sat"] = Roles("/quan-tri/khao-sat", Office),
        ["POST /quan-tri/khao-sat"] = Roles("/quan-tri/khao-sat", Office) with { Upload = ("ks.json", ParIndex.App.Tests.Surveys.SurveyFiles.QuestionnaireJson) },
        ["GET /quan-tri/khao-sat/{id:int}"] = Roles("/quan-tri/khao-sat/999999", Office),
        ["GET /quan-tri/khao-sat/{id:int} ?handler=Results"] = Roles("/quan-tri/khao-sat/999999?handler=Results", Office),
        ["POST /quan-tri/khao-sat/{id:int} ?handler=Invite"] = Roles("/quan-tri/khao-sat/999999?handler=Invite", Office),
        ["POST /quan-tri/khao-sat/{id:int} ?handler=Links"] = Roles("/quan-tri/khao-sat/999999?handler=Links", Office),
        ["POST /quan-tri/khao-sat/{id:int} ?handler=Answers"] = Roles("/quan-tri/khao-sat/999999?handler=Answers", Office),
        ["POST /quan-tri/khao-sat/{id:int} ?handler=Apply"] = Roles("/quan-tri/khao-sat/999999?handler=Apply", Office),
        // The offline worksheet: the unit's own people download theirs and bring it back (a file that is not a workbook is refused in place).
        ["GET /tu-danh-gia/{periodId:int}/bieu-mau"] = Roles("/tu-danh-gia/{P}/bieu-mau", Unit),
        ["GET /tu-danh-gia/{periodId:int}/bieu-mau ?handler=Download"] = Roles("/tu-danh-gia/{P}/bieu-mau?handler=Download", Unit),
        ["POST /tu-danh-gia/{periodId:int}/bieu-mau"] = Roles("/tu-danh-gia/{P}/bieu-mau", Unit) with { Upload = ("tu-danh-gia.xlsx", "khong phai excel") },
        ["POST /tu-danh-gia/{periodId:int}/nop"] = Roles("/tu-danh-gia/{P}/nop", Unit),
        ["POST /tu-danh-gia/{periodId:int} ?handler=Appeal"] = Roles("/tu-danh-gia/{P}?handler=Appeal", Unit),
        ["PUT /api/v1/periods/{id:int}/submissions/{unit}/scores/{leaf}"] = RolesOrUnitA("/api/v1/periods/{P}/submissions/A/scores/1.3",
            """{"input": "0.5", "expectedVersion": 0}""", Unit),
        ["POST /api/v1/periods/{id:int}/submissions/{unit}/submit"] = RolesOrUnitA("/api/v1/periods/{P}/submissions/A/submit", null, Unit),
        ["POST /api/v1/periods/{id:int}/submissions/{unit}/appeals"] = RolesOrUnitA("/api/v1/periods/{P}/submissions/A/appeals",
            """{"items": [{"leafCode": "1.3", "requestedInput": "1", "argument": "Đủ tin bài"}]}""", Unit),

        // Appraisal: appraisers (on their assignments), the secretariat, the council, admin.
        ["GET /tham-dinh"] = Roles("/tham-dinh", [.. SeesAll, Role.Appraiser]),
        ["GET /tham-dinh/{periodId:int}/{unitCode}/{leaf?}"] = Roles("/tham-dinh/{P}/A", [.. SeesAll, Role.Appraiser]),
        ["POST /tham-dinh/{periodId:int}/{unitCode}/{leaf?}"] = Roles("/tham-dinh/{P}/A/1.3", [.. SeesAll, Role.Appraiser]),
        ["POST /tham-dinh/{periodId:int}/{unitCode}/{leaf?} ?handler=Complete"] = Roles("/tham-dinh/{P}/A?handler=Complete", [.. SeesAll, Role.Appraiser]),
        ["POST /tham-dinh/{periodId:int}/{unitCode}/{leaf?} ?handler=AcceptAll"] = Roles("/tham-dinh/{P}/A?handler=AcceptAll", [.. SeesAll, Role.Appraiser]) with { Form = new Dictionary<string, string> { ["area"] = "1" } },
        ["PUT /api/v1/periods/{id:int}/submissions/{unit}/appraisals/{leaf}"] = Roles("/api/v1/periods/{P}/submissions/A/appraisals/1.3", [.. SeesAll, Role.Appraiser])
            with { Body = """{"input": "0.5", "reason": "Chỉ có 2 tin bài", "expectedVersion": 0}""" },

        // The council: the appeals (decided by them or by the appraiser assigned to the appeal's unit) and the closing of
        // the year (advancing a period stays the office's).
        ["GET /hoi-dong"] = Roles("/hoi-dong", SeesAll),
        ["POST /hoi-dong ?handler=Advance"] = Roles("/hoi-dong?handler=Advance", Office) with { Form = new Dictionary<string, string> { ["ky"] = "{P}" } },
        ["POST /hoi-dong ?handler=Publish"] = Roles("/hoi-dong?handler=Publish", SeesAll) with { Form = new Dictionary<string, string> { ["ky"] = "{P}" } },
        ["GET /hoi-dong/{periodId:int}/giai-trinh"] = Roles("/hoi-dong/{P}/giai-trinh", [.. SeesAll, Role.Appraiser]),
        ["POST /hoi-dong/{periodId:int}/giai-trinh"] = Roles("/hoi-dong/{P}/giai-trinh", [.. SeesAll, Role.Appraiser])
            with { Form = new Dictionary<string, string> { ["AppealId"] = "{AP}", ["Decision"] = "reject", ["Reason"] = "Không đủ căn cứ" } },
        ["POST /api/v1/appeals/{id:int}/decision"] = Roles("/api/v1/appeals/{AP}/decision", [.. SeesAll, Role.Appraiser])
            with { Body = """{"accept": false, "reason": "Không đủ căn cứ"}""" },

        // The secretariat's administration; the council reads it (progress, frameworks, units) and publishes.
        ["GET /quan-tri"] = Roles("/quan-tri", SeesAll),
        ["GET /quan-tri/he-thong"] = Roles("/quan-tri/he-thong", Role.Admin),
        ["GET /quan-tri ?handler=Export"] = Roles("/quan-tri?handler=Export&ky={P}&dang=csv", SeesAll),
        ["GET /quan-tri/khung"] = Roles("/quan-tri/khung", SeesAll),
        ["GET /quan-tri/chi-so-tong-hop"] = Roles("/quan-tri/chi-so-tong-hop", Office),
        ["POST /quan-tri/chi-so-tong-hop"] = Roles("/quan-tri/chi-so-tong-hop", Office),
        ["POST /api/v1/composite"] = Roles("/api/v1/composite", Office),
        ["POST /quan-tri/khung"] = Roles("/quan-tri/khung", Office) with { Upload = ("khung.json", World.FrameworkJson.Replace("TEST-SO", "TEST-MOI")) },
        ["GET /quan-tri/khung/{id:int}"] = Roles("/quan-tri/khung/{F}", SeesAll),
        ["GET /quan-tri/ky"] = Roles("/quan-tri/ky", SeesAll),
        ["POST /quan-tri/ky"] = Roles("/quan-tri/ky", Office) with
        {
            Form = new Dictionary<string, string>
            {
                ["Input.Year"] = "2026", ["Input.Name"] = "CCHC 2026", ["Input.Frameworks"] = "TEST-SO", ["Input.Opens"] = "2026-01-01T00:00",
                ["Input.Closes"] = "2026-03-31T17:00", ["Input.AppraisalCloses"] = "2026-04-30T17:00", ["Input.AppealsClose"] = "2026-05-15T17:00",
                ["Input.FinalisationDue"] = "2026-05-31T17:00",
            },
        },
        ["GET /quan-tri/ky/{id:int}"] = Roles("/quan-tri/ky/{P}", SeesAll),
        // The crosswalk of a period on a new edition: the council reads it, the office proposes, checks and confirms it.
        ["GET /quan-tri/ky/{id:int}/chuyen-doi"] = Roles("/quan-tri/ky/{P}/chuyen-doi", SeesAll),
        ["GET /quan-tri/ky/{id:int}/chuyen-doi ?handler=Proposal"] = Roles("/quan-tri/ky/{P}/chuyen-doi?handler=Proposal&tu=TEST-SO&den=TEST-SO&dang=xlsx", Office),
        ["POST /quan-tri/ky/{id:int}/chuyen-doi ?handler=Check"] = Roles("/quan-tri/ky/{P}/chuyen-doi?handler=Check", Office) with { Upload = ("anh-xa.json", "{}") },
        ["POST /quan-tri/ky/{id:int}/chuyen-doi ?handler=Confirm"] = Roles("/quan-tri/ky/{P}/chuyen-doi?handler=Confirm", Office) with { Form = new Dictionary<string, string> { ["json"] = "{}" } },
        ["GET /quan-tri/ky/{id:int}/so-lieu"] = Roles("/quan-tri/ky/{P}/so-lieu", Office),
        ["POST /quan-tri/ky/{id:int}/so-lieu ?handler=Map"] = Roles("/quan-tri/ky/{P}/so-lieu?handler=Map", Office) with { Form = new Dictionary<string, string> { ["indicator"] = "X", ["leaf"] = "9.9" } },
        ["POST /quan-tri/ky/{id:int}/so-lieu ?handler=Unmap"] = Roles("/quan-tri/ky/{P}/so-lieu?handler=Unmap", Office) with { Form = new Dictionary<string, string> { ["leaf"] = "9.9" } },
        ["POST /quan-tri/ky/{id:int}/so-lieu ?handler=Check"] = Roles("/quan-tri/ky/{P}/so-lieu?handler=Check", Office) with { Upload = ("so-lieu.csv", "nguon\n") },
        ["POST /quan-tri/ky/{id:int}/so-lieu ?handler=Confirm"] = Roles("/quan-tri/ky/{P}/so-lieu?handler=Confirm", Office) with { Form = new Dictionary<string, string> { ["name"] = "so-lieu.csv", ["content"] = "" } },
        ["POST /quan-tri/ky/{id:int} ?handler=Advance"] = Roles("/quan-tri/ky/{P}?handler=Advance", Office) with { Form = Confirmed },
        ["POST /quan-tri/ky/{id:int} ?handler=Extend"] = Roles("/quan-tri/ky/{P}?handler=Extend", Office)
            with { Form = new Dictionary<string, string> { ["Extension.Unit"] = "C", ["Extension.Until"] = "2025-04-05T17:00", ["Extension.Reason"] = "Đơn vị mới sáp nhập" } },
        ["POST /quan-tri/ky/{id:int} ?handler=Assign"] = Roles("/quan-tri/ky/{P}?handler=Assign", Office)
            with { Form = new Dictionary<string, string> { ["Assignment.Appraiser"] = "tham-dinh-1", ["Assignment.Unit"] = "B" } },
        ["POST /quan-tri/ky/{id:int} ?handler=Return"] = Roles("/quan-tri/ky/{P}?handler=Return", Role.Secretariat)
            with { Form = new Dictionary<string, string> { ["Return.Unit"] = "A", ["Return.Reason"] = "Thiếu tài liệu" } },
        ["POST /quan-tri/ky/{id:int} ?handler=StepBack"] = Roles("/quan-tri/ky/{P}?handler=StepBack", Office) with { Form = new Dictionary<string, string> { ["StepBackReason"] = "Sai sót khi chuyển giai đoạn" } },
        ["POST /quan-tri/ky/{id:int} ?handler=NonSubmitters"] = Roles("/quan-tri/ky/{P}?handler=NonSubmitters", Office) with { Form = new Dictionary<string, string> { ["Policy"] = "ScoreZero" } },
        ["POST /quan-tri/ky/{id:int} ?handler=Publish"] = Roles("/quan-tri/ky/{P}?handler=Publish", SeesAll) with { Form = Confirmed },
        ["GET /quan-tri/don-vi"] = Roles("/quan-tri/don-vi", SeesAll),
        ["GET /quan-tri/don-vi ?handler=Export"] = Roles("/quan-tri/don-vi?handler=Export&what=units&format=csv", SeesAll),
        ["POST /quan-tri/don-vi ?handler=Units"] = Roles("/quan-tri/don-vi?handler=Units", Office) with { Upload = ("don-vi.csv", "ma,ten,loai,khoi\nE,Sở E,Department,Sở, ban, ngành\n") },
        // The province scoreboard is public to read (GET /chi-so-tinh); the office records its figures.
        ["GET /chi-so-tinh/nhap"] = AnyoneSignedIn("/chi-so-tinh/nhap"),
        ["POST /chi-so-tinh/nhap"] = Roles("/chi-so-tinh/nhap", Office) with { Upload = ("chi-so-tinh.csv", "index,name,year,score,rank,out_of,source\nPCI,Chỉ số PCI,2024,68.3,17,63,VCCI\n") },
        // One unit in a form: the office adds and changes; the council and viewers read a unit's page.
        ["GET /quan-tri/don-vi/moi"] = Roles("/quan-tri/don-vi/moi", Office),
        ["POST /quan-tri/don-vi/moi"] = Roles("/quan-tri/don-vi/moi", Office)
            with { Form = new Dictionary<string, string> { ["Input.Code"] = "G", ["Input.Name"] = "Sở G", ["Input.Type"] = "Department", ["Input.Group"] = World.Group } },
        ["GET /quan-tri/don-vi/{code}"] = Roles("/quan-tri/don-vi/A", SeesAll),
        ["POST /quan-tri/don-vi/{code}"] = Roles("/quan-tri/don-vi/A", Office)
            with { Form = new Dictionary<string, string> { ["Input.Name"] = "Sở A", ["Input.Type"] = "Department", ["Input.Group"] = World.Group } },
        // Accounts: the office (the secretariat only for unit accounts, which the use cases enforce); everyone their own password.
        ["GET /quan-tri/tai-khoan"] = Roles("/quan-tri/tai-khoan", Office),
        ["GET /quan-tri/tai-khoan/moi"] = Roles("/quan-tri/tai-khoan/moi", Office),
        ["POST /quan-tri/tai-khoan/moi"] = Roles("/quan-tri/tai-khoan/moi", Office)
            with { Form = new Dictionary<string, string> { ["Input.UserName"] = "can-bo-moi", ["Input.Role"] = "UnitEditor", ["Input.UnitCode"] = "B" } },
        ["GET /quan-tri/tai-khoan/{userName}"] = Roles("/quan-tri/tai-khoan/can.bo.a", Office),
        ["POST /quan-tri/tai-khoan/{userName}"] = Roles("/quan-tri/tai-khoan/can.bo.a", Office)
            with { Form = new Dictionary<string, string> { ["Input.DisplayName"] = "Người dùng can.bo.a", ["Input.Role"] = "UnitEditor", ["Input.UnitCode"] = "A" } },
        // Enabling an enabled account changes nothing, so the people signed in below keep their sessions.
        ["POST /quan-tri/tai-khoan/{userName} ?handler=State"] = Roles("/quan-tri/tai-khoan/can.bo.a?handler=State", Office)
            with { Form = new Dictionary<string, string> { ["disable"] = "false" } },
        ["POST /quan-tri/tai-khoan/{userName} ?handler=Link"] = Roles("/quan-tri/tai-khoan/can.bo.a?handler=Link", Office),
        ["GET /quan-tri/tai-khoan/nhap"] = Roles("/quan-tri/tai-khoan/nhap", Office),
        ["POST /quan-tri/tai-khoan/nhap"] = Roles("/quan-tri/tai-khoan/nhap", Office) with { Upload = ("tai-khoan.csv", "username,role,unit\ncan-bo-nhap,UnitEditor,B\n") },
        ["POST /quan-tri/tai-khoan/nhap ?handler=Links"] = Roles("/quan-tri/tai-khoan/nhap?handler=Links", Office)
            with { Form = new Dictionary<string, string> { ["user"] = "can.bo.a", ["token"] = "khong-phai-ma" } },
        ["GET /quan-tri/mau/{kind}.xlsx"] = Roles("/quan-tri/mau/accounts.xlsx", Office),
        // The audit log: the office and the council read it and run its chain check.
        ["GET /quan-tri/nhat-ky"] = Roles("/quan-tri/nhat-ky", SeesAll),
        ["POST /quan-tri/nhat-ky ?handler=Verify"] = Roles("/quan-tri/nhat-ky?handler=Verify", SeesAll),
        ["GET /quan-tri/nhat-ky/{id:long}"] = Roles("/quan-tri/nhat-ky/1", SeesAll),
        ["GET /toi/mat-khau"] = AnyoneSignedIn("/toi/mat-khau"),
        ["POST /toi/mat-khau"] = AnyoneSignedIn("/toi/mat-khau"),
        // A password link: no account, the link's token is the credential (an unknown token is 404).
        ["GET /dat-mat-khau/{token}"] = Public("/dat-mat-khau/khong-co-ma-nay"),
        ["POST /dat-mat-khau/{token}"] = Public("/dat-mat-khau/khong-co-ma-nay"),
        ["POST /quan-tri/don-vi ?handler=Lineage"] = Roles("/quan-tri/don-vi?handler=Lineage", Office) with { Upload = ("lich-su.csv", "tu,den,loai,nam\nA,A,Rename,2025\n") },
    };
}
