namespace Gameplan.Domain.Critique;

/// <summary>
/// A measurable activity commitment of a tactic, e.g. 60 <c>prospecting_minutes</c> per working day
/// for each member of the team.
/// </summary>
public sealed record ActivityDocument
{
    public string? Metric { get; init; }

    /// <summary><c>count</c>, <c>minutes</c>, <c>hours</c>...; only minutes and hours count towards capacity.</summary>
    public string? Unit { get; init; }

    /// <summary>The quantity each assignee commits to per <see cref="Per"/>.</summary>
    public decimal? Target { get; init; }

    /// <summary><c>day</c> (working day), <c>week</c>, <c>month</c>, <c>quarter</c> or <c>period</c> (the tactic's span).</summary>
    public string? Per { get; init; }

    /// <summary>
    /// Who commits: <c>["owner"]</c>, <c>["team"]</c> or a list of handles; null means the owner (the default).
    /// </summary>
    public IReadOnlyList<string>? Assignees { get; init; }
}
