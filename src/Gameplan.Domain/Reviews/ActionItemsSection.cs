namespace Gameplan.Domain.Reviews;

/// <summary>The agenda sections made of action items: those still open from earlier reviews, and those due by the review.</summary>
public static class ActionItemsSection
{
    /// <param name="carried">The items <see cref="ReviewSeries.CarriedForward"/> gives.</param>
    /// <param name="handleOf">The handle of a person id.</param>
    public static AgendaSection Open(IReadOnlyList<ActionItem> carried, Func<int, string?> handleOf, DateOnly today) =>
        new(AgendaSections.OpenActionItems, "Open action items from earlier reviews", "No action item is open.", Lines(carried, handleOf, today));

    /// <summary>Strategic: the open items due on or before the review's day, decisions the review must take or chase.</summary>
    public static AgendaSection DecisionsDue(IReadOnlyList<ActionItem> carried, Func<int, string?> handleOf, DateOnly reviewDate, DateOnly today) =>
        new(AgendaSections.DecisionsDue, "Decisions due: open action items due by the review", "Nothing is due by the review.",
            Lines([.. carried.Where(i => i.Due <= reviewDate)], handleOf, today));

    private static List<AgendaLine> Lines(IReadOnlyList<ActionItem> items, Func<int, string?> handleOf, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(handleOf);
        return [.. items.Select(i => new AgendaLine(i.Text, Person: handleOf(i.OwnerId), Tone: i.Due < today ? AgendaTone.Bad : AgendaTone.Neutral,
            Notes: [i.Due < today ? AgendaText.Text($"due {i.Due:yyyy-MM-dd}, overdue by {today.DayNumber - i.Due.DayNumber} days") : AgendaText.Text($"due {i.Due:yyyy-MM-dd}")]))];
    }
}
