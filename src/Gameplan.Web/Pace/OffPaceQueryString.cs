using Gameplan.Core.Pace;

namespace Gameplan.Web.Pace;

/// <summary>The off-pace list's filter as /pace and its CSV read it from the query string, so a filtered list is a link to share.</summary>
internal static class OffPaceQueryString
{
    /// <param name="dir"><c>desc</c> reverses the order; anything else is ascending.</param>
    public static OffPaceFilter Filter(int? team, string? person, string? metric, int? plan, string? sort, string? dir, int? page, int? pageSize) =>
        new(team, Blank(person), Blank(metric), plan, OffPaceFilter.ParseSort(sort),
            string.Equals(dir, "desc", StringComparison.OrdinalIgnoreCase), page ?? 1, pageSize);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
