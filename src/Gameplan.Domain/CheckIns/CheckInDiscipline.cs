namespace Gameplan.Domain.CheckIns;

/// <summary>
/// How one person keeps the weekly check-in, as of a day: the weeks expected since they joined the plan
/// (each week whose due day has passed), how many they checked in, the share, how many weeks in a row
/// they have missed up to now, their last check-in, and the last <see cref="TrendWeeks"/> weeks one by one.
/// </summary>
/// <param name="Share">Checked-in weeks over expected weeks; null when no week was expected yet.</param>
public sealed record CheckInDiscipline(
    int Expected, int CheckedIn, decimal? Share, int MissedInARow, DateOnly? LastCheckIn, IReadOnlyList<CheckInWeek> Trend)
{
    /// <summary>How many weeks the trend shows.</summary>
    public const int TrendWeeks = 12;

    /// <summary>The check-in is lapsing (GP503): two weekly check-ins missed in a row.</summary>
    public const int LapsedAfter = 2;

    public bool Lapsed => MissedInARow >= LapsedAfter;

    /// <param name="checkIns">The due days of the weeks the person checked in (any order; duplicates count once; a day that is not a due day counts for its week).</param>
    /// <param name="since">The first day the person was expected to check in (the plan's start, or when they joined it).</param>
    public static CheckInDiscipline Of(IEnumerable<DateOnly> checkIns, DateOnly since, DateOnly today, DayOfWeek checkInDay)
    {
        ArgumentNullException.ThrowIfNull(checkIns);
        var done = checkIns.Select(day => CheckInWeeks.DueFor(day, checkInDay)).ToHashSet();
        // Only weeks whose due day is over can be missed; the week due today is not expected yet.
        var expected = since > today ? [] : CheckInWeeks.DueBetween(since, today.AddDays(-1), checkInDay).ToList();
        var weeks = expected.Select(due => new CheckInWeek(due, done.Contains(due))).ToList();
        var missedInARow = weeks.AsEnumerable().Reverse().TakeWhile(week => !week.CheckedIn).Count();
        var checkedIn = weeks.Count(week => week.CheckedIn);
        var upToNow = done.Where(due => due <= CheckInWeeks.DueFor(today, checkInDay)).ToList();
        return new CheckInDiscipline(
            weeks.Count,
            checkedIn,
            weeks.Count == 0 ? null : (decimal)checkedIn / weeks.Count,
            missedInARow,
            upToNow.Count == 0 ? null : upToNow.Max(),
            [.. weeks.TakeLast(TrendWeeks)]);
    }
}
