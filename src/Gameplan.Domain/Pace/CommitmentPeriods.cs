namespace Gameplan.Domain.Pace;

/// <summary>How a period of a commitment stands: its target met, partly done, nothing done, or nothing due in it.</summary>
public enum PeriodStanding
{
    NotDue,
    None,
    Partly,
    Met,
}

/// <summary>
/// One calendar week, month or quarter of a commitment, as a person reads it: "this month 0 of 1".
/// </summary>
/// <param name="Label">"this week", "last month", "this quarter"...</param>
/// <param name="First">The period's first day.</param>
/// <param name="Last">The period's last day (it may lie after today).</param>
/// <param name="Target">The whole period's target as shown (whole units for a count); the schedule's share when the tactic covers only part of the period.</param>
/// <param name="Done">What was logged in the period (through today), as shown.</param>
/// <param name="Standing">Met when done reaches the shown target, partly when something is done, none when nothing is.</param>
public sealed record PeriodTally(string Label, DateOnly First, DateOnly Last, decimal Target, decimal Done, PeriodStanding Standing)
{
    /// <summary>"this month 0 of 1".</summary>
    public string Text => $"{Label} {Numbers.Format(Done, Numbers.FullDecimals, grouped: true)} of {Numbers.Format(Target, Numbers.FullDecimals, grouped: true)}";
}

/// <summary>
/// The one place that decides how a commitment's targets are SHOWN (the pace maths stays in
/// <see cref="TargetSchedule"/> and <see cref="PaceCalculator"/>): a commitment per week, month or
/// quarter is discrete ("1 webinar a month") and reads in its own period ("this month 0 of 1, last
/// month 1 of 1") instead of as a pro-rated fraction of days ("1.72 due"); a count (unit
/// <c>count</c> or none: calls, meetings, demos) shows whole units, rounded up (a part of a call
/// is a call still to make); money, hours, minutes and percentages keep their fractions.
/// Heatmaps colour a discrete commitment's days by their period's standing (<see cref="Standing"/>).
/// Periods are calendar weeks (Monday to Sunday), months and quarters, as in
/// <see cref="TargetSchedule"/>; "today" is the organisation's (or the person's) day, passed in.
/// </summary>
public static class CommitmentPeriods
{
    /// <summary>Whether a commitment counted per <paramref name="per"/> reads in its own periods (week, month, quarter).</summary>
    public static bool IsDiscrete(TargetPeriod per) => per is TargetPeriod.Week or TargetPeriod.Month or TargetPeriod.Quarter;

    /// <summary>Whether amounts of <paramref name="unit"/> are whole things (a count: calls, meetings, demos).</summary>
    public static bool IsWholeUnit(string? unit) => string.IsNullOrWhiteSpace(unit) || string.Equals(unit.Trim(), "count", StringComparison.OrdinalIgnoreCase);

    /// <summary>An amount as shown: rounded up to a whole for a count (a positive amount never shows as 0), else to the quantity decimals.</summary>
    public static decimal Shown(decimal amount, string? unit) =>
        IsWholeUnit(unit) ? decimal.Ceiling(Numbers.Round(amount, Numbers.QuantityDecimals)) : Numbers.RoundQuantity(amount);

    /// <summary>The calendar week (from Monday), month or quarter holding <paramref name="day"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="per"/> is not a week, month or quarter.</exception>
    public static (DateOnly First, DateOnly Last) PeriodOf(TargetPeriod per, DateOnly day)
    {
        var first = per switch
        {
            TargetPeriod.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
            TargetPeriod.Month => new DateOnly(day.Year, day.Month, 1),
            TargetPeriod.Quarter => new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1),
            _ => throw new ArgumentOutOfRangeException(nameof(per), per, "Only weeks, months and quarters are periods of their own."),
        };
        return (first, Next(per, first).AddDays(-1));
    }

    /// <summary>"this week" / "last week" (and month, quarter) for the period holding <paramref name="day"/>, seen from <paramref name="today"/>; else its dates.</summary>
    public static string Label(TargetPeriod per, DateOnly day, DateOnly today)
    {
        var (first, _) = PeriodOf(per, day);
        var (current, _) = PeriodOf(per, today);
        var word = per.ToString().ToLowerInvariant();
        if (first == current)
        {
            return $"this {word}";
        }
        return first == PeriodOf(per, current.AddDays(-1)).First ? $"last {word}" : per switch
        {
            TargetPeriod.Week => $"week of {Measures.Date(first)}",
            TargetPeriod.Month => first.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
            _ => $"Q{((first.Month - 1) / 3) + 1} {first.Year}",
        };
    }

    /// <summary>
    /// The tally of the period holding <paramref name="day"/>: its target from the schedule (the
    /// whole period's share within the tactic's span) and <paramref name="done"/>, the person's
    /// total logged in the period through today. Null when the period lies wholly outside the span.
    /// </summary>
    public static PeriodTally? Tally(TargetSchedule schedule, TargetPeriod per, string? unit, DateOnly day, DateOnly today, decimal done)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var (first, last) = PeriodOf(per, day);
        if (last < schedule.Start || first > schedule.Due)
        {
            return null;
        }
        var target = Shown(schedule.TargetThrough(last) - schedule.TargetThrough(first.AddDays(-1)), unit);
        var shownDone = Numbers.RoundQuantity(done);
        return new PeriodTally(Label(per, day, today), first, last, target, shownDone, Standing(shownDone, target));
    }

    /// <summary>
    /// This period and the one before (when the commitment ran then), newest first, for a commitment
    /// counted per <paramref name="per"/>; <paramref name="doneBetween"/> gives the person's total
    /// logged from a day to a day, both included.
    /// </summary>
    public static IReadOnlyList<PeriodTally> Recent(TargetSchedule schedule, TargetPeriod per, string? unit, DateOnly today, Func<DateOnly, DateOnly, decimal> doneBetween)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(doneBetween);
        if (!IsDiscrete(per))
        {
            return [];
        }
        var result = new List<PeriodTally>(2);
        var (current, _) = PeriodOf(per, today);
        foreach (var day in new[] { today, current.AddDays(-1) })
        {
            var (first, last) = PeriodOf(per, day);
            var from = Max(first, schedule.Start);
            var to = Min(Min(last, today), schedule.Due);
            if (Tally(schedule, per, unit, day, today, from <= to ? doneBetween(from, to) : 0m) is { } tally)
            {
                result.Add(tally);
            }
        }
        return result;
    }

    /// <summary>
    /// The attainment a heatmap shows for a discrete commitment on every day of a period: what was
    /// done in the period through <paramref name="asOf"/> over the period's whole target (or, while the
    /// period runs, its target through <paramref name="asOf"/>, so a week in progress reads as its pace).
    /// Returns the target and actual to compare; a target of 0 means nothing is due.
    /// </summary>
    public static (decimal Target, decimal Actual) HeatOf(TargetSchedule schedule, TargetPeriod per, DateOnly day, DateOnly asOf, Func<DateOnly, DateOnly, decimal> doneBetween)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(doneBetween);
        var (first, last) = PeriodOf(per, day);
        var until = Min(last, asOf);
        var target = schedule.TargetThrough(until) - schedule.TargetThrough(first.AddDays(-1));
        var from = Max(first, schedule.Start);
        var to = Min(until, schedule.Due);
        return (target, from <= to ? doneBetween(from, to) : 0m);
    }

    /// <summary>Met, partly, none, or not due (no target).</summary>
    public static PeriodStanding Standing(decimal done, decimal target) => target <= 0m
        ? PeriodStanding.NotDue
        : done >= target ? PeriodStanding.Met : done > 0m ? PeriodStanding.Partly : PeriodStanding.None;

    private static DateOnly Next(TargetPeriod per, DateOnly first) => per switch
    {
        TargetPeriod.Week => first.AddDays(7),
        TargetPeriod.Month => first.AddMonths(1),
        _ => first.AddMonths(3),
    };

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
