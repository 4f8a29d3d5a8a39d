namespace Gameplan.Core.Pace;

/// <summary>How the off-pace list can be sorted: by how far off (worst attainment first), or by a column's text.</summary>
public enum OffPaceSort
{
    Pace,
    Team,
    Person,
    Metric,
    Plan,
}

/// <summary>
/// Which lines of the off-pace list to show, in which order, and which page of them. Every filter narrows the
/// actor's own scope (a team they may read, a person, a metric, a plan); a value that matches nothing gives an empty list.
/// </summary>
/// <param name="TeamId">One team the actor may read; null for their default scope.</param>
/// <param name="Person">A person's handle.</param>
/// <param name="Metric">A metric as plans spell it.</param>
/// <param name="PlanId">A stored plan's id.</param>
/// <param name="Descending">Reverse the order (for pace: best attainment first).</param>
/// <param name="Page">The page, from 1; past the last page gives the last page.</param>
/// <param name="PageSize">Lines a page; null for every line (the CSV and the team home).</param>
public sealed record OffPaceFilter(
    int? TeamId = null, string? Person = null, string? Metric = null, int? PlanId = null,
    OffPaceSort Sort = OffPaceSort.Pace, bool Descending = false, int Page = 1, int? PageSize = null)
{
    /// <summary>Lines a page on /pace: an organisation-wide list is never one page of every person-commitment.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>A sort as a query string spells it (<c>pace</c>, <c>team</c>, <c>person</c>, <c>metric</c>, <c>plan</c>); anything else sorts by pace.</summary>
    public static OffPaceSort ParseSort(string? sort) =>
        Enum.TryParse<OffPaceSort>(sort, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(sort, out _) ? parsed : OffPaceSort.Pace;
}
