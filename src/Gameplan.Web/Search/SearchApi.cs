using Gameplan.Core.Search;
using Gameplan.Web.Hosting.Security;

namespace Gameplan.Web.Search;

/// <summary>/api/v1/search: the search page's results as JSON, among what the caller may read.</summary>
internal static class SearchApi
{
    public static void MapSearch(this RouteGroupBuilder api)
    {
        api.MapGet("/search", async (string? q, SearchQueries search, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await search.SearchAsync(await me.ActorAsync(ct), q, ct)))
            .WithTags("Search")
            .WithName("Search")
            .WithSummary("Finds plans, goals, strategies, tactics and people holding every word of q, among what you may read.")
            .WithDescription($"At most {SearchQueries.PerGroup} items of each kind, each group with its total. A blank q finds nothing; q longer than {SearchText.MaxLength} characters or with more than {SearchText.MaxWords} words is refused on the field q.")
            .ProducesValidationProblem();
    }
}
