namespace Gameplan.Domain.Calendar;

/// <summary>What a calendar entry marks; with the entity's id it makes the entry's stable identity (its UID).</summary>
public enum CalendarEntryKind
{
    Review,
    TacticDue,
    CycleOpens,
    CycleDraftsDue,
    CycleReviewsDue,

    /// <summary>A weekly check-in day of the person whose calendar it is (the entity is the person; the date tells the weeks apart).</summary>
    CheckInDue,
}
