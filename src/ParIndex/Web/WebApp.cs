using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Evidence.Storage;
using ParIndex.App.Features.Users;

namespace ParIndex.Web;

/// <summary>
/// The web application: server-rendered pages (Razor Pages), the JSON API under <c>/api/v1</c>, one database and
/// evidence store from configuration. <c>parindex serve</c> runs it; tests start it on a loopback port.
/// </summary>
internal static class WebApp
{
    public static WebApplication Create(IConfiguration configuration, string[] urls, string? contentRoot = null, TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // The pages live in this assembly, whichever process hosts it (the CLI, or a test runner).
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
            ContentRootPath = contentRoot ?? AppContext.BaseDirectory,
            WebRootPath = Path.Combine(contentRoot ?? AppContext.BaseDirectory, "wwwroot"),
            // Configuration is read once at start (a change means a restart, as with the database); no file watchers,
            // which are a scarce per-user resource (inotify instances) on a server running several instances or tests.
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.Configuration.AddConfiguration(configuration);
        builder.WebHost.UseUrls(urls);
        // A build (not a publish) serves wwwroot from the project through its static web assets manifest.
        builder.WebHost.UseStaticWebAssets();
        // Kestrel:Limits:* from configuration, like every other setting. The request body may hold the largest evidence
        // file and its form (1 MB) unless Kestrel:Limits:MaxRequestBodySize says otherwise; pages taking smaller files
        // declare their own [RequestSizeLimit].
        builder.WebHost.ConfigureKestrel(o =>
        {
            o.Limits.MaxRequestBodySize = EvidenceStoreOptions.DefaultMaxBytes + 1024 * 1024;
            builder.Configuration.GetSection("Kestrel:Limits").Bind(o.Limits);
        });
        // One line per entry, with the request's scope (RequestId); Logging:Console:FormatterName=json for JSON lines.
        builder.Logging.ClearProviders();
        if (string.Equals(builder.Configuration["Logging:Console:FormatterName"], "json", StringComparison.OrdinalIgnoreCase))
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        else builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.IncludeScopes = true; });

        var (provider, connection) = Database.FromConfiguration(builder.Configuration);
        builder.Services.AddDbContext<AppDbContext>(o => Database.Configure(o, provider, connection));
        builder.Services.AddSingleton(clock ?? TimeProvider.System);
        var evidence = new EvidenceStoreOptions(SiteFolders.EvidenceRoot(builder.Configuration));
        builder.Services.AddSingleton(evidence);
        builder.Services.AddSingleton<IEvidenceStore>(new FileSystemEvidenceStore(evidence));
        builder.Services.AddParIndexIdentityCore().AddSignInManager();
        // Cookie keys on shared storage, so every web node reads every node's cookies and a restart signs no one out.
        builder.Services.AddDataProtection().SetApplicationName("ParIndex")
            .PersistKeysToFileSystem(new DirectoryInfo(SiteFolders.Keys(builder.Configuration)));
        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        Api.ApiAuthentication.Add(builder.Services.AddAuthentication());
        Api.ApiV1.AddServices(builder.Services);
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/dang-nhap";
            // A signed-in reader who is refused (Forbid() or an [Authorize(Roles = …)]) gets status 403 on this very
            // address, and the status-code pages render the 403 page; a redirect would show that page with a 200.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            o.Cookie.Name = "parindex";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = SessionCookie.ValidateAsync;
        });
        builder.Services.AddAuthorization();
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<Texts>();
        builder.Services.AddSingleton<SitePages>();
        builder.Services.AddSingleton(App.Features.Documents.DocumentSettings.From(builder.Configuration));
        NotificationWorker.Add(builder.Services, builder.Configuration);
        builder.Services.AddRazorPages(o => o.RootDirectory = "/Web/Pages");
        builder.Services.AddOutputCache(PublicResults.AddPolicy);
        Health.HealthEndpoints.AddServices(builder.Services);
        builder.Services.AddHostedService<AuditSealer>();
        Telemetry.Add(builder.Services, builder.Configuration);
        ReverseProxy.Add(builder.Services, builder.Configuration);

        var app = builder.Build();
        if (app.Environment.IsDevelopment())
        {
            using var scope = app.Services.CreateScope();
            Database.UpgradeAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>()).GetAwaiter().GetResult();
        }
        app.UseForwardedHeaders();
        app.UseMiddleware<RequestIds>();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<FormsWithNul>();
        // The API answers its errors as problem details (a malformed body, an unknown address, a fault); pages as pages.
        app.UseWhen(Api.ApiProblems.IsApi, api => api.UseStatusCodePages(Api.ApiProblems.StatusCodeAsync).UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context => Api.ApiProblems.Write(context, StatusCodes.Status500InternalServerError, Domain.Messages.ApiMessages.ServerError(),
                Domain.Messages.ApiMessages.ServerErrorDetail()),
        }));
        app.UseWhen(context => !Api.ApiProblems.IsApi(context), pages => pages.UseStatusCodePagesWithReExecute("/loi/{0}").UseExceptionHandler("/loi/500"));
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<UploadLimit>();
        app.UseOutputCache();
        app.UseAntiforgery();
        app.MapRazorPages();
        PublicApi.Map(app);
        PrintedDocuments.Map(app);
        Api.ApiV1.Map(app);
        Lang.Map(app);
        Health.HealthEndpoints.Map(app);
        Telemetry.Map(app);
        return app;
    }
}
