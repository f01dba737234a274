using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using ParIndex.App.Data;
using ParIndex.App.Features.Composite;
using ParIndex.App.Features.Crosswalks;
using ParIndex.App.Features.Evidence;
using ParIndex.App.Features.Analysis;
using ParIndex.App.Features.Appeals;
using ParIndex.App.Features.Appraisal;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.Publishing;
using ParIndex.App.Features.Results;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Features.Users;
using ParIndex.App.Security;
using ParIndex.Domain.Analysis;
using ParIndex.Domain.Messages;

namespace ParIndex.Web.Api;

/// <summary>
/// The JSON API under <c>/api/v1</c> (besides the public addresses in <see cref="PublicApi"/>): the main use cases of
/// the yearly cycle, each calling the same handler as the pages, for a personal token or the signed-in browser.
/// Described by OpenAPI at <c>/openapi/v1.json</c>.
/// </summary>
internal static class ApiV1
{
    public static void AddServices(IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "ParIndex API";
            document.Info.Description = "Chỉ số CCHC: kỳ đánh giá, tự đánh giá, thẩm định, giải trình, kết quả. Xác thực: Authorization: Bearer <mã truy cập cá nhân> (tạo tại /toi/the-api).";
            return Task.CompletedTask;
        }));
    }

    public static void Map(WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        var api = app.MapGroup("/api/v1").RequireAuthorization(ApiAuthentication.Policy).AddEndpointFilter(ApiWrites.RequireAsync).WithTags("ParIndex")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        api.MapGet("/periods", (AppDbContext db, CancellationToken ct) => ApiProblems.RunAsync(async () =>
            TypedResults.Ok((await new ListPeriodsHandler(db).HandleAsync(new ListPeriods(), ct)).Select(PeriodDto.Of).ToList())))
            .WithName("ListPeriods").WithSummary("Các kỳ đánh giá").WithDescription("Periods").Produces<List<PeriodDto>>();

        api.MapGet("/periods/{id:int}", (int id, AppDbContext db, CancellationToken ct) => ApiProblems.RunAsync(async () =>
        {
            var period = (await new ListPeriodsHandler(db).HandleAsync(new ListPeriods(), ct)).FirstOrDefault(p => p.Id == id);
            if (period is null) return ApiProblems.Problem(StatusCodes.Status404NotFound, ApiMessages.NotFound(), NotFoundMessages.Period(id));
            var publications = (await new ListPublicationsHandler(db).HandleAsync(new ListPublications(), ct)).Where(p => p.PeriodId == id).Select(PublicationDto.Of).ToList();
            return TypedResults.Ok(new PeriodDetailsDto(PeriodDto.Of(period), publications));
        })).WithName("GetPeriod").WithSummary("Một kỳ đánh giá và các bản công bố").WithDescription("One period and its publications").Produces<PeriodDetailsDto>();

        api.MapPost("/composite", (CompositeBody body, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) => ApiProblems.RunAsync(async () =>
            {
                var actor = await ActorAsync(db, user, ct);
                BuildCompositeHandler.Authorize(actor);
                var file = await new BuildCompositeHandler().HandleAsync(actor, body.Request(), ct);
                return TypedResults.File(file.Bytes, file.ContentType, file.Name);
            }))
            .WithName("BuildComposite").WithSummary("Chỉ số tổng hợp kiểu COINr từ tệp cấu trúc và dữ liệu").WithDescription("A COINr-style composite index from structure and data")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem();

        api.MapGet("/periods/{id:int}/results", (int id, string? group, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) => ApiProblems.RunAsync(async () =>
            TypedResults.Ok(RankingDto.Of((await new GetRankingWithChangesHandler(db).HandleAsync(await ActorAsync(db, user, ct), new GetRankingWithChanges(id, group), ct)).Ranking))))
            .WithName("GetRanking").WithSummary("Xếp hạng một khối (công bố hoặc tạm tính)").WithDescription("A group's ranking (published or provisional)").Produces<RankingDto>();

        api.MapGet("/periods/{id:int}/analysis", (int id, string? group, string? unit, int? draws, decimal? noise, int? seed, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
            ApiProblems.RunAsync(async () =>
            {
                if (noise is < 0 or >= 100 || draws is < 0 or > 20000)
                    return ApiProblems.Problem(StatusCodes.Status400BadRequest, ApiMessages.BadParameters(), ApiMessages.AnalysisParameters());
                var robustness = (draws ?? 1000) is > 0 and var n ? new RobustnessOptions(n, (noise ?? 10m) / 100m, seed ?? 1) : null;
                return TypedResults.Ok(AnalysisDto.Of(await new GetAnalysisHandler(db).HandleAsync(await ActorAsync(db, user, ct), new GetAnalysis(id, group, unit, robustness), ct)));
            }))
            .WithName("GetAnalysis").WithSummary("Phân tích một khối: tổng quan, thành phần, điểm bị mất, tự đánh giá, độ vững của thứ hạng, mô phỏng cho một đơn vị").WithDescription("A group's analysis").Produces<AnalysisDto>();

        api.MapGet("/periods/{id:int}/units/{unit}/result", (int id, string unit, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) => ApiProblems.RunAsync(async () =>
            TypedResults.Ok(UnitResultDto.Of(await new GetUnitResultHandler(db).HandleAsync(await ActorAsync(db, user, ct), new GetUnitResult(id, unit), ct)))))
            .WithName("GetUnitResult").WithSummary("Kết quả một đơn vị, giải thích đến từng tiêu chí").WithDescription("A unit's result traced to each leaf").Produces<UnitResultDto>();

        api.MapGet("/periods/{id:int}/submissions/{unit}", (int id, string unit, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) => ApiProblems.RunAsync(async () =>
            TypedResults.Ok(SubmissionDto.Of(await new GetSubmissionHandler(db).HandleAsync(await ActorAsync(db, user, ct), new GetSubmission(id, unit), ct)))))
            .WithName("GetSubmission").WithSummary("Hồ sơ tự đánh giá").WithDescription("A submission").Produces<SubmissionDto>();

        api.MapGet("/periods/{id:int}/submissions/{unit}/evidence", (int id, string unit, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) => ApiProblems.RunAsync(async () =>
            TypedResults.Ok((await new ListEvidenceHandler(db).HandleAsync(await ActorAsync(db, user, ct), new ListEvidence(id, unit), ct)).Select(EvidenceDto.Of).ToList())))
            .WithName("ListEvidence").WithSummary("Tài liệu kiểm chứng của hồ sơ, với trang và mục chứng minh từng tiêu chí").WithDescription("A submission's evidence with the pages and section proving each item")
            .Produces<List<EvidenceDto>>();

        api.MapPut("/periods/{id:int}/submissions/{unit}/scores/{leaf}", (int id, string unit, string leaf, ScoreBody body, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            ApiProblems.RunAsync(async () =>
            {
                var saved = await new SaveScoreHandler(db, clock).HandleAsync(await ActorAsync(db, user, ct), new SaveScore(id, unit, leaf, body.Input, body.ExpectedVersion, body.Explanation), ct);
                return TypedResults.Ok(new SavedScoreDto(saved.LeafCode, saved.Input, saved.Points, saved.Version, saved.Explanation.Vi, saved.State.ToString()));
            }))
            .WithName("SaveScore").WithSummary("Tự chấm điểm một tiêu chí thành phần").WithDescription("Save a self-assessed score")
            .Produces<SavedScoreDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/periods/{id:int}/submissions/{unit}/submit", (int id, string unit, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            ApiProblems.RunAsync(async () =>
            {
                var state = await new SubmitSelfAssessmentHandler(db, clock).HandleAsync(await ActorAsync(db, user, ct), new SubmitSelfAssessment(id, unit), ct);
                return TypedResults.Ok(new { state = state.ToString() });
            }))
            .WithName("SubmitSelfAssessment").WithSummary("Lãnh đạo đơn vị nộp hồ sơ (thân JSON {})").WithDescription("The unit's leader submits (JSON body {})")
            .Accepts<EmptyBody>("application/json").ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPut("/periods/{id:int}/submissions/{unit}/appraisals/{leaf}", (int id, string unit, string leaf, AppraisalBody body, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            ApiProblems.RunAsync(async () =>
                TypedResults.Ok(await new AppraiseScoreHandler(db, clock).HandleAsync(await ActorAsync(db, user, ct), new AppraiseScore(id, unit, leaf, body.Input, body.Reason, body.ExpectedVersion), ct))))
            .WithName("AppraiseScore").WithSummary("Thẩm định một tiêu chí thành phần").WithDescription("Appraise a score")
            .Produces<SavedAppraisal>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/periods/{id:int}/submissions/{unit}/appeals", (int id, string unit, AppealBody body, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            ApiProblems.RunAsync(async () =>
            {
                var items = (body.Items ?? []).Select(i => new AppealItem(i.LeafCode, i.RequestedInput, i.Argument, i.DocumentIds)).ToList();
                var appeals = await new SubmitAppealHandler(db, clock).HandleAsync(await ActorAsync(db, user, ct), new SubmitAppeal(id, unit, items), ct);
                return TypedResults.Ok(appeals.Select(AppealDto.Of).ToList());
            }))
            .WithName("SubmitAppeal").WithSummary("Gửi giải trình").WithDescription("Submit an appeal")
            .Produces<List<AppealDto>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/appeals/{id:int}/decision", (int id, DecisionBody body, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            ApiProblems.RunAsync(async () =>
                TypedResults.Ok(AppealDto.Of(await new DecideAppealHandler(db, clock).HandleAsync(await ActorAsync(db, user, ct), new DecideAppeal(id, body.Accept, body.Reason, body.DecidedInput), ct)))))
            .WithName("DecideAppeal").WithSummary("Quyết định giải trình").WithDescription("Decide an appeal")
            .Produces<AppealDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static Task<Actor> ActorAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        new GetActorHandler(db).HandleAsync(new GetActor(user.Identity!.Name!), ct);
}
