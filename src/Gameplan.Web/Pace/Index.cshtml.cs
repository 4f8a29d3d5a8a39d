using Gameplan.Core;
using Gameplan.Core.Pace;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Pace;

/// <summary>
/// The manager's list: who is off pace on which commitment, by how much and why; a manager's teams by default, the
/// organisation for admins and executives. Filtered, sorted and paged by the query string, so a view is a link.
/// </summary>
public sealed class OffPaceModel(OffPaceQueries pace, CurrentUser me) : GameplanPageModel
{
    public OffPaceDetails List { get; private set; } = null!;

    public OffPaceFilter Filter { get; private set; } = new();

    public DateOnly? Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(
        int? team, string? person, string? metric, int? plan, string? sort, string? dir, int? page, DateOnly? today, CancellationToken ct)
    {
        Filter = OffPaceQueryString.Filter(team, person, metric, plan, sort, dir, page, OffPaceFilter.DefaultPageSize);
        Today = today;
        try
        {
            List = await pace.ListOffPaceAsync(await me.ActorAsync(ct), Filter, today, ct);
            return Page();
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
    }

    /// <summary>This view's query string with some values changed (null drops one); the page goes back to 1 unless given.</summary>
    public string Link(string? sort = null, bool? descending = null, int? page = null, string path = "/pace")
    {
        var values = new List<KeyValuePair<string, string?>>
        {
            new("team", Filter.TeamId?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("person", Filter.Person),
            new("metric", Filter.Metric),
            new("plan", Filter.PlanId?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("sort", sort ?? (Filter.Sort == OffPaceSort.Pace ? null : Filter.Sort.ToString().ToLowerInvariant())),
            new("dir", (descending ?? Filter.Descending) ? "desc" : null),
            new("page", page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
            new("today", Today is { } day ? PaceDisplay.Day(day) : null),
        };
        return path + Microsoft.AspNetCore.Http.QueryString.Create(values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    /// <summary>A column header's link: ascending first, descending when the list is already sorted by it ascending.</summary>
    public string SortLink(OffPaceSort column) =>
        Link(sort: column == OffPaceSort.Pace ? "pace" : column.ToString().ToLowerInvariant(), descending: Filter.Sort == column && !Filter.Descending);

    /// <summary><c>aria-sort</c> of a column header: only the sorted column says it.</summary>
    public string? AriaSort(OffPaceSort column) => Filter.Sort != column ? null : Filter.Descending ? "descending" : "ascending";
}
