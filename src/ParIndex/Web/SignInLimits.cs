using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ParIndex.Web;

/// <summary>
/// At most <see cref="PermitsPerMinute"/> sign-in attempts (POSTs) a minute from one client address; more get 429.
/// Showing the form is not an attempt and is not counted.
/// </summary>
internal static class SignInLimits
{
    public const string Policy = "sign-in";

    public const int PermitsPerMinute = 20;

    public static void Add(RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method) ? RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = PermitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("form"));
    }
}
