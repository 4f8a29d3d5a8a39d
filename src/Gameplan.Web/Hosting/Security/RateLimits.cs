using System.Globalization;
using System.Threading.RateLimiting;

namespace Gameplan.Web.Hosting.Security;

/// <summary>
/// Slows password guessing and token spraying: sign-in, setup and token creation allow a few
/// attempts a minute per client address; more get 429 with Retry-After.
/// </summary>
internal static class RateLimits
{
    public const string Credentials = "credentials";

    public static IServiceCollection AddGameplanRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("Security:CredentialAttemptsPerMinute", 10);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only attempts (POST) count: showing the sign-in form is free.
            options.AddPolicy(Credentials, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("reads"));
            options.OnRejected = (context, _) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
    }
}
