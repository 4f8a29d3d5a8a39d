namespace Gameplan.Domain.Critique.Rules;

/// <summary>Counts working days (from <c>settings.working_days</c>) and weeks between inclusive dates.</summary>
internal sealed class WorkingCalendar(IReadOnlyList<string> workingDays)
{
    private static readonly string[] Names = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    private readonly HashSet<DayOfWeek> _days = [.. workingDays
        .Select(day => Array.IndexOf(Names, day.Trim().ToLowerInvariant()))
        .Where(index => index >= 0)
        .Select(index => (DayOfWeek)index)];

    /// <summary>Working days from <paramref name="from"/> to <paramref name="to"/>, both included; 0 when to is before from.</summary>
    public int WorkingDays(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (_days.Contains(day.DayOfWeek))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>Calendar weeks from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static decimal Weeks(DateOnly from, DateOnly to) => Math.Max(0, to.DayNumber - from.DayNumber + 1) / 7m;
}
