using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParIndex.Web;

namespace ParIndex.App.Tests.Web.Operations;

/// <summary>
/// The server's limits are settings (docs/operations.md); by default a request body holds the largest evidence file
/// (50 MB) and 1 MB of form.
/// </summary>
public sealed class KestrelLimitsTests
{
    private static async Task<KestrelServerLimits> LimitsWithAsync(params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Evidence:Root"] = Path.Combine(Repo.TempDir(), "evidence"),
            ["DataProtection:Keys"] = Path.Combine(Repo.TempDir(), "keys"),
        };
        foreach (var (key, value) in settings) values[key] = value;
        await using var app = WebApp.Create(new ConfigurationBuilder().AddInMemoryCollection(values).Build(), ["http://127.0.0.1:0"]);
        return app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;
    }

    [Fact]
    public async Task The_request_body_limit_is_51_MB_unless_Kestrel_Limits_MaxRequestBodySize_says_otherwise()
    {
        Assert.Equal(51 * 1024 * 1024, (await LimitsWithAsync()).MaxRequestBodySize);
        var raised = await LimitsWithAsync(("Kestrel:Limits:MaxRequestBodySize", "53477376"), ("Kestrel:Limits:MaxConcurrentConnections", "500"));
        Assert.Equal(53_477_376, raised.MaxRequestBodySize);
        Assert.Equal(500, raised.MaxConcurrentConnections);
    }
}
