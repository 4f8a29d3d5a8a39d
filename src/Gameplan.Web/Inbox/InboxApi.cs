using Gameplan.Core;
using Gameplan.Core.Inbox;
using Gameplan.Web.Hosting;
using Gameplan.Web.Hosting.Security;

namespace Gameplan.Web.Inbox;

/// <summary>The signed-in person's inbox (/api/v1/me/inbox) and where they land when they open Gameplan (/api/v1/me/home).</summary>
internal static class InboxApi
{
    public static void MapInbox(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me").WithTags("Inbox");
        me.MapGet("/inbox", async (HttpContext http, InboxQueries inbox, CancellationToken ct) =>
                TypedResults.Ok(await inbox.ForPersonAsync(Me(http), ct: ct)))
            .WithName("GetMyInbox").WithSummary("Every open item you must do, overdue first, each with the page where it is done.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        me.MapGet("/home", async (HttpContext http, HomeCommands homes, CancellationToken ct) =>
                TypedResults.Ok(await homes.GetAsync(http.User.PersonId(), ct)))
            .WithName("GetMyHome").WithSummary("Where you land when you open Gameplan, and whether you chose it.");
        me.MapPut("/home", async (HttpContext http, HomeRequest request, HomeCommands homes, CancellationToken ct) =>
                TypedResults.Ok(await homes.ChangeAsync(Me(http), request.Home, ct)))
            .Validated<HomeRequest>()
            .WithName("SetMyHome").WithSummary("Chooses where you land: inbox, my_day or plans, and as your role allows team, organization or setup (null: your role's default).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static int Me(HttpContext http) => http.User.PersonId() ?? throw new NotFoundException("Your person");
}
