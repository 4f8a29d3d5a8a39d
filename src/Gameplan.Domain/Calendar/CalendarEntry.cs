namespace Gameplan.Domain.Calendar;

/// <summary>
/// One all-day event of a person's calendar: a review, a tactic's due day or a planning-cycle deadline.
/// <paramref name="EntityId"/> is the review's, tactic's or cycle's id; <paramref name="PlanId"/> the plan it belongs to, if any.
/// </summary>
public sealed record CalendarEntry(CalendarEntryKind Kind, int EntityId, DateOnly Date, string Title, string? Description, int? PlanId);
