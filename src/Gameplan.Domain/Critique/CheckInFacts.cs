namespace Gameplan.Domain.Critique;

/// <summary>
/// What the critique knows of the people's weekly check-ins, for GP503: the organisation's check-in day,
/// the weeks each person checked in (by handle; any day of the week counts for its week) and, where
/// someone joined the plan after it started, the day they joined. The caller gives these only for an
/// active plan: a draft expects no check-ins.
/// </summary>
public sealed class CheckInFacts(DayOfWeek day, IReadOnlyDictionary<string, IReadOnlyList<DateOnly>> checkIns, IReadOnlyDictionary<string, DateOnly>? joined = null)
{
    public DayOfWeek Day { get; } = day;

    /// <summary>The days a person checked in; none for a handle never seen.</summary>
    public IReadOnlyList<DateOnly> Of(string handle) =>
        checkIns.FirstOrDefault(pair => string.Equals(pair.Key, handle, StringComparison.OrdinalIgnoreCase)).Value ?? [];

    /// <summary>The day the person joined the plan, when known.</summary>
    public DateOnly? Joined(string handle) =>
        joined?.FirstOrDefault(pair => string.Equals(pair.Key, handle, StringComparison.OrdinalIgnoreCase)) is { Key: not null } found ? found.Value : null;
}
