using Gameplan.Core.Search;
using Gameplan.Domain;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Search;

/// <summary>
/// One box that finds plans, goals, strategies, tactics and people by words, among what the reader may
/// see; a query too long or with too many words is shown beside the box, not failed.
/// </summary>
public sealed class SearchModel(SearchQueries search, CurrentUser me) : GameplanPageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    public SearchResults? Results { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        try
        {
            Results = await search.SearchAsync(await me.ActorAsync(ct), Q, ct);
        }
        catch (DomainRuleException rule) when (rule.Field == "q")
        {
            ModelState.AddModelError("q", rule.Message);
        }
    }
}
