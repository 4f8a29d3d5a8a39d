using Gameplan.Domain.Critique;

namespace Gameplan.Domain.Pace;

/// <summary>
/// The organisation's working days: its working weekdays (<c>settings.working_days</c>) minus its
/// holidays (<c>settings.holidays</c>). Counting is O(log holidays), not a walk over the days, so
/// the pace of a year-long commitment costs the same as a week's. Date ranges are inclusive.
/// </summary>
public sealed class WorkingCalendar
{
    private static readonly string[] Names = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    private readonly bool[] _weekdays = new bool[7];
    private readonly int _perWeek;

    /// <summary>Holidays that fall on a working weekday, sorted, without duplicates.</summary>
    private readonly DateOnly[] _holidays;

    /// <param name="workingDays">Weekday names, <c>mon</c>..<c>sun</c> (case and spaces ignored; unknown names ignored).</param>
    /// <param name="holidays">Days off; those on a non-working weekday change nothing.</param>
    public WorkingCalendar(IEnumerable<string> workingDays, IEnumerable<DateOnly> holidays)
    {
        ArgumentNullException.ThrowIfNull(workingDays);
        ArgumentNullException.ThrowIfNull(holidays);
        foreach (var index in workingDays.Select(day => Array.IndexOf(Names, day.Trim().ToLowerInvariant())).Where(index => index >= 0))
        {
            _weekdays[index] = true;
        }
        _perWeek = _weekdays.Count(working => working);
        _holidays = [.. holidays.Where(day => _weekdays[(int)day.DayOfWeek]).Distinct().Order()];
    }

    /// <summary>The calendar of a plan's settings.</summary>
    public static WorkingCalendar Of(CritiqueSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new WorkingCalendar(settings.WorkingDays, settings.Holidays);
    }

    /// <summary>True when <paramref name="day"/> is a working weekday and not a holiday.</summary>
    public bool IsWorkingDay(DateOnly day) => _weekdays[(int)day.DayOfWeek] && Array.BinarySearch(_holidays, day) < 0;

    /// <summary>Working days from <paramref name="from"/> to <paramref name="to"/>, both included; 0 when to is before from.</summary>
    public int WorkingDays(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return 0;
        }
        var days = to.DayNumber - from.DayNumber + 1;
        var count = days / 7 * _perWeek;
        // The days after the whole weeks: fewer than seven, starting on from's weekday.
        for (var offset = 0; offset < days % 7; offset++)
        {
            if (_weekdays[((int)from.DayOfWeek + offset) % 7])
            {
                count++;
            }
        }
        return count - (UpperBound(to) - LowerBound(from));
    }

    private int LowerBound(DateOnly day)
    {
        var index = Array.BinarySearch(_holidays, day);
        return index >= 0 ? index : ~index;
    }

    private int UpperBound(DateOnly day)
    {
        var index = Array.BinarySearch(_holidays, day);
        return index >= 0 ? index + 1 : ~index;
    }
}
