using Gameplan.Core;
using Gameplan.Core.Calendar;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gameplan.Web.Calendar;

/// <summary>
/// Calendars: the personal iCalendar feed at its secret address (read without signing in), the feed's
/// address made and revoked by its person (/api/v1/me/calendar-feed) or by an admin for anyone
/// (/api/v1/people/{id}/calendar-feed), and one review as an .ics download.
/// </summary>
internal static class CalendarApi
{
    /// <summary>The feed itself: the secret is the credential, so an unknown, revoked or malformed one is a plain 404, alike.</summary>
    public static void MapCalendarFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/calendar/{secret}.ics", async Task<Results<ContentHttpResult, NotFound>> (string secret, HttpContext http, CalendarQueries calendar, CancellationToken ct) =>
            {
                if (await calendar.FeedAsync(secret, ct) is not { } feed)
                {
                    return TypedResults.NotFound();
                }
                // The address is a secret: no proxy keeps a copy, and the text is always today's.
                http.Response.Headers.CacheControl = "private, no-store";
                return TypedResults.Text(feed, CalendarFormat.ContentType);
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
    }

    public static void MapCalendar(this RouteGroupBuilder api)
    {
        var mine = api.MapGroup("/me/calendar-feed").WithTags("Calendar");
        mine.MapGet("/", async (HttpContext http, CalendarCommands commands, CancellationToken ct) =>
                TypedResults.Ok(await commands.StatusAsync(Me(http), ct)))
            .WithName("GetMyCalendarFeed").WithSummary("Whether you have a calendar feed (never its secret address).");
        mine.MapPost("/", async Task<Created<CreatedCalendarFeed>> (HttpContext http, CalendarCommands commands, CancellationToken ct) =>
                TypedResults.Created("/api/v1/me/calendar-feed", await commands.CreateAsync(Me(http), ct)))
            .RequireRateLimiting(RateLimits.Credentials)
            .WithName("CreateMyCalendarFeed").WithSummary("Makes your secret calendar-feed address (in this response only); an older one stops working.");
        mine.MapDelete("/", async (HttpContext http, CalendarCommands commands, CancellationToken ct) =>
            {
                await commands.RevokeAsync(Me(http), ct);
                return TypedResults.NoContent();
            })
            .WithName("RevokeMyCalendarFeed").WithSummary("Revokes your calendar-feed address.");

        var theirs = api.MapGroup("/people/{id:int}/calendar-feed").WithTags("Calendar").RequireAuthorization(Policies.Admin);
        theirs.MapPost("/", async Task<Created<CreatedCalendarFeed>> (int id, CalendarCommands commands, CancellationToken ct) =>
                TypedResults.Created($"/api/v1/people/{id}/calendar-feed", await commands.CreateAsync(id, ct)))
            .RequireRateLimiting(RateLimits.Credentials)
            .WithName("CreatePersonCalendarFeed").WithSummary("Makes a person's calendar-feed address (admins).").ProducesProblem(StatusCodes.Status404NotFound);
        theirs.MapDelete("/", async (int id, CalendarCommands commands, CancellationToken ct) =>
            {
                await commands.RevokeAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("RevokePersonCalendarFeed").WithSummary("Revokes a person's calendar-feed address (admins).").ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/plans/{planId:int}/reviews/{reviewId:int}.ics", async (int planId, int reviewId, CalendarQueries calendar, CancellationToken ct) =>
            {
                var file = await calendar.ReviewAsync(planId, reviewId, ct);
                return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(file.Text), CalendarFormat.ContentType, file.FileName);
            })
            .RequireAuthorization(Policies.PlanRead)
            .WithTags("Reviews").WithName("GetReviewCalendar").WithSummary("One review as an iCalendar (.ics) file.")
            .Produces(StatusCodes.Status200OK, typeof(string), "text/calendar")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static int Me(HttpContext http) => http.User.PersonId() ?? throw new NotFoundException("Your person");
}
