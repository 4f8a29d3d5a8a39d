namespace Gameplan.Web.Hosting.Security;

/// <summary>
/// With <c>Security:HttpsOnly=true</c> the cookies are Secure-only, and antiforgery cannot issue its cookie
/// on a plain-HTTP request: every form page used to answer 500. A request that arrives as plain HTTP (TLS
/// ended at a proxy that is not in <c>Security:TrustedProxies</c>, or someone bypassing the proxy) is
/// answered 400 with what to configure instead. <c>/health</c> stays open for load balancers' plain checks.
/// </summary>
internal static class HttpsOnlyGuard
{
    public const string Message =
        "This Gameplan installation answers only over HTTPS (Security:HttpsOnly=true), and this request arrived as plain HTTP. " +
        "If TLS ends at a reverse proxy, list the proxy's address in Security:TrustedProxies and have it send X-Forwarded-Proto.";

    public static IApplicationBuilder UseHttpsOnlyGuard(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Security:HttpsOnly", false))
        {
            return app;
        }
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Gameplan.Web.HttpsOnly");
        var warned = 0;
        return app.Use(async (context, next) =>
        {
            if (context.Request.IsHttps || context.Request.Path.StartsWithSegments("/health"))
            {
                await next(context);
                return;
            }
            if (Interlocked.Exchange(ref warned, 1) == 0)
            {
                logger.LogWarning("A plain-HTTP request from {Address} was refused: {Message}", context.Connection.RemoteIpAddress, Message);
            }
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(Message, context.RequestAborted);
        });
    }
}
