namespace Gameplan.Domain.CheckIns;

/// <summary>
/// The weekly check-in calendar of an organisation: each week's check-in is due on the organisation's
/// check-in day and covers the seven days that end on it. A week is <em>missed</em> only once its due day
/// has passed without a check-in: a check-in due today is still on time.
/// </summary>
public static class CheckInWeeks
{
    /// <summary>The due day of the week that <paramref name="day"/> falls in: the first check-in day on or after it.</summary>
    public static DateOnly DueFor(DateOnly day, DayOfWeek checkInDay) =>
        day.AddDays(((int)checkInDay - (int)day.DayOfWeek + 7) % 7);

    /// <summary>The latest due day on or before <paramref name="today"/>.</summary>
    public static DateOnly LastDueOnOrBefore(DateOnly today, DayOfWeek checkInDay) =>
        today.AddDays(-(((int)today.DayOfWeek - (int)checkInDay + 7) % 7));

    /// <summary>The due days whose week lies within <paramref name="from"/> .. <paramref name="to"/> (a week counts once its due day is in range), oldest first.</summary>
    public static IEnumerable<DateOnly> DueBetween(DateOnly from, DateOnly to, DayOfWeek checkInDay)
    {
        for (var due = DueFor(from, checkInDay); due <= to; due = due.AddDays(7))
        {
            yield return due;
        }
    }
}
