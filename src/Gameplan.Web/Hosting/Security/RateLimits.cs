using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Gameplan.Web.Hosting.Security;

/// <summary>
/// Slows password guessing and token spraying: sign-in, setup and token creation allow a few attempts a
/// minute per client address and account, so one guesser does not lock out the colleagues behind the same
/// office address, and five times as many per address across accounts, so spraying many accounts from one
/// place is slowed too. More get 429 with Retry-After. The address is the client's own behind a trusted
/// proxy (<see cref="TrustedProxies"/>).
/// </summary>
internal static class RateLimits
{
    public const string Credentials = "credentials";
    private const string AccountKey = "gameplan.credential-account";

    /// <summary>How many more attempts one address gets across all accounts than for one account.</summary>
    public const int AddressFactor = 5;

    public static IServiceCollection AddGameplanRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("Security:CredentialAttemptsPerMinute", 10);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Credentials, context => IsAttempt(context)
                ? Window($"{Address(context)}|{context.Items[AccountKey]}", permits)
                : RateLimitPartition.GetNoLimiter("reads"));
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsAttempt(context) && IsCredentialEndpoint(context)
                ? Window(Address(context), permits * AddressFactor)
                : RateLimitPartition.GetNoLimiter(""));
            options.OnRejected = (context, _) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
    }

    /// <summary>
    /// Learns which account an attempt is for (the signed-in account creating a token, or the e-mail a
    /// sign-in form names) before the limiter runs: the limiter's partitioning is synchronous, and reading
    /// the form there would block a thread on the request body.
    /// </summary>
    public static IApplicationBuilder UseGameplanRateLimits(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (IsAttempt(context) && IsCredentialEndpoint(context))
            {
                context.Items[AccountKey] = await AccountOfAsync(context);
            }
            await next(context);
        });
        return app.UseRateLimiter();
    }

    private static async Task<string> AccountOfAsync(HttpContext context)
    {
        if (context.User.UserId() is { } userId)
        {
            return "user:" + userId.ToString(CultureInfo.InvariantCulture);
        }
        if (!context.Request.HasFormContentType)
        {
            return "";
        }
        try
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            return "email:" + form["Input.Email"].ToString().Trim().ToLowerInvariant();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            // A malformed body is the form's problem to report; the attempt still counts against the address.
            return "";
        }
    }

    private static bool IsAttempt(HttpContext context) => HttpMethods.IsPost(context.Request.Method);

    private static bool IsCredentialEndpoint(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Credentials;

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static RateLimitPartition<string> Window(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
