using System.Globalization;
using Gameplan.Core.Data;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Hosting;

/// <summary>
/// The answer when a write gave up waiting for another (see <see cref="DatabaseBusy"/>): 503 with
/// Retry-After, as ProblemDetails for the API and as a short page for people. It is written here,
/// not through a Razor page, because the request that failed may be anywhere in the pipeline.
/// </summary>
internal static class BusyPage
{
    private const string Html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Busy · Gameplan</title>
            <link rel="stylesheet" href="/lib/pico/pico.min.css">
            <link rel="stylesheet" href="/css/site.css">
        </head>
        <body>
            <main class="container" id="main">
                <h1>Gameplan is busy</h1>
                <p role="alert">{0}</p>
                <p>Go back and send it again in a few seconds, or <a href="/plans">open your plans</a>.</p>
            </main>
        </body>
        </html>
        """;

    public static async ValueTask<bool> WriteAsync(HttpContext context, IProblemDetailsService problems, Exception exception)
    {
        if (context.Response.HasStarted)
        {
            return false;
        }
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = DatabaseBusy.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            var problem = new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Title = "The database is busy.", Detail = DatabaseBusy.Message };
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(string.Format(CultureInfo.InvariantCulture, Html, System.Net.WebUtility.HtmlEncode(DatabaseBusy.Message)));
        return true;
    }
}
