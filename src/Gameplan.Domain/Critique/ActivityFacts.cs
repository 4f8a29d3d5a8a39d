using Gameplan.Domain.Pace;

namespace Gameplan.Domain.Critique;

/// <summary>
/// The activity log that pace (<see cref="PlanPace"/>) and the rules GP501 and GP502 read, asked
/// only for totals over date ranges. Built from logged entries (a CSV file: indexed once, sorted
/// by day with running sums, so a total is two binary searches) or from functions the app answers
/// from its aggregates (<see cref="FromTotals"/>). Handles, metrics and tactic ids compare
/// case-insensitively, ignoring surrounding spaces.
/// </summary>
public sealed class ActivityFacts
{
    private readonly ActivityTotal _total;
    private readonly ActivityLastDay? _lastDay;

    /// <summary>The log of <paramref name="entries"/>, in any order.</summary>
    public ActivityFacts(IReadOnlyList<ActivityFact> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries;
        var index = new ActivityIndex(entries);
        _total = index.Total;
        _lastDay = index.LastDay;
    }

    private ActivityFacts(ActivityTotal total, ActivityLastDay? lastDay)
    {
        Entries = [];
        _total = total;
        _lastDay = lastDay;
    }

    /// <summary>The entries this log was built from; empty for a log built <see cref="FromTotals"/>.</summary>
    public IReadOnlyList<ActivityFact> Entries { get; }

    /// <summary>A log answered by the caller, e.g. from database aggregates.</summary>
    /// <param name="total">Totals over inclusive date ranges.</param>
    /// <param name="lastDay">The last day with activity; when null it is found by a binary search over <paramref name="total"/>.</param>
    public static ActivityFacts FromTotals(ActivityTotal total, ActivityLastDay? lastDay = null)
    {
        ArgumentNullException.ThrowIfNull(total);
        return new ActivityFacts(total, lastDay);
    }

    /// <summary>See <see cref="ActivityTotal"/>.</summary>
    public decimal Total(string person, string metric, DateOnly from, DateOnly to, string? tacticId) =>
        to < from ? 0m : _total(person, metric, from, to, tacticId);

    /// <summary>
    /// The last day from <paramref name="since"/> to <paramref name="onOrBefore"/> with activity
    /// (see <see cref="ActivityLastDay"/>); null when none in that range.
    /// </summary>
    public DateOnly? LastDay(string person, string metric, DateOnly since, DateOnly onOrBefore, string? tacticId)
    {
        if (onOrBefore < since)
        {
            return null;
        }
        if (_lastDay is not null)
        {
            return _lastDay(person, metric, onOrBefore, tacticId) is { } day && day >= since ? day : null;
        }
        if (Total(person, metric, since, onOrBefore, tacticId) <= 0)
        {
            return null;
        }
        // The latest day d with activity in d..onOrBefore: that total shrinks as d moves later.
        var (low, high) = (since.DayNumber, onOrBefore.DayNumber);
        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            if (Total(person, metric, DateOnly.FromDayNumber(middle), onOrBefore, tacticId) > 0)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }
        return DateOnly.FromDayNumber(low);
    }

    /// <summary>The entries that count towards a tactic's metric (only for a log built from entries).</summary>
    public IEnumerable<ActivityFact> For(string? tacticId, string? metric) =>
        Entries.Where(entry => string.Equals(entry.Metric, metric, StringComparison.OrdinalIgnoreCase)
            && (entry.TacticId is null || string.Equals(entry.TacticId, tacticId, StringComparison.OrdinalIgnoreCase)));
}
