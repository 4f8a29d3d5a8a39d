using Gameplan.Core.Alignment;
using Gameplan.Web.Hosting.Security;

namespace Gameplan.Web.Alignment;

/// <summary>The alignment tree (the same as the page and <c>gameplan alignment --format json</c>).</summary>
internal static class AlignmentApi
{
    public static void MapAlignment(this RouteGroupBuilder api)
    {
        api.MapGet("/alignment", async (int? plan, AlignmentQueries alignment, CurrentUser user, CancellationToken ct) =>
                TypedResults.Ok(await alignment.TreeAsync(await user.ActorAsync(ct), plan, ct)))
            .Produces<IReadOnlyList<AlignmentNode>>()
            .WithTags("Alignment").WithName("GetAlignment")
            .WithSummary("The alignment tree: each plan the reader may see that carries out no other (or only `plan` and what carries it out), its goals with the child plans' coverage, its strategies with their tactics and commitments and the plans that carry them out, down to the reps' plans; owner, status, progress and pace at each node.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
