namespace Gameplan.Domain.Pace;

/// <summary>
/// One assignee's target of one commitment, day by day: each working day from
/// <see cref="Start"/> to <see cref="Due"/> (inclusive) gets a share of the target. Per day: the
/// target itself. Per week, month or quarter: the target divided by the working days of that whole
/// calendar week, month or quarter, so a tactic that starts or ends mid-month gets only its own
/// days' share. Per period: the target divided by the tactic's working days. A bucket (or a
/// period) without working days carries no target. Amounts are exact decimals (multiplied before
/// dividing); only reports round them.
/// </summary>
public sealed class TargetSchedule
{
    private readonly decimal _target;
    private readonly TargetPeriod _per;
    private readonly WorkingCalendar _calendar;

    /// <param name="target">The quantity per <paramref name="per"/>, in the activity's unit.</param>
    /// <param name="per">What the target is counted per.</param>
    /// <param name="start">First day of the tactic (inclusive).</param>
    /// <param name="due">Last day of the tactic (inclusive).</param>
    /// <param name="calendar">The organisation's working days.</param>
    public TargetSchedule(decimal target, TargetPeriod per, DateOnly start, DateOnly due, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        _target = target;
        _per = per;
        Start = start;
        Due = due;
        _calendar = calendar;
        TotalWorkingDays = calendar.WorkingDays(start, due);
        TargetTotal = TargetThrough(due);
    }

    public DateOnly Start { get; }

    public DateOnly Due { get; }

    /// <summary>Working days from start to due, both included.</summary>
    public int TotalWorkingDays { get; }

    /// <summary>The target over the whole tactic.</summary>
    public decimal TargetTotal { get; }

    /// <summary>Working days from start to <paramref name="today"/> (inclusive), at most <see cref="TotalWorkingDays"/>.</summary>
    public int ElapsedWorkingDays(DateOnly today) => _calendar.WorkingDays(Start, Min(today, Due));

    /// <summary>
    /// The target due from start to <paramref name="today"/>, today included: 0 before the start,
    /// <see cref="TargetTotal"/> from the due date on.
    /// </summary>
    public decimal TargetThrough(DateOnly today)
    {
        var until = Min(today, Due);
        if (until < Start)
        {
            return 0m;
        }
        return _per switch
        {
            TargetPeriod.Day => _target * _calendar.WorkingDays(Start, until),
            TargetPeriod.Period => Share(_calendar.WorkingDays(Start, until), TotalWorkingDays),
            _ => Buckets(until).Sum(bucket => Share(
                _calendar.WorkingDays(Max(bucket.First, Start), Min(bucket.Last, until)),
                _calendar.WorkingDays(bucket.First, bucket.Last))),
        };
    }

    /// <summary><c>target x days / of</c>, multiplied first so that whole buckets stay exact; 0 when <paramref name="of"/> is 0.</summary>
    private decimal Share(int days, int of) => of == 0 ? 0m : _target * days / of;

    /// <summary>The calendar weeks, months or quarters that overlap start..until, each as its first and last day.</summary>
    private IEnumerable<(DateOnly First, DateOnly Last)> Buckets(DateOnly until)
    {
        for (var first = BucketStart(Start); first <= until; first = Next(first))
        {
            yield return (first, Next(first).AddDays(-1));
        }
    }

    private DateOnly BucketStart(DateOnly day) => _per switch
    {
        TargetPeriod.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        TargetPeriod.Month => new DateOnly(day.Year, day.Month, 1),
        _ => new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1),
    };

    private DateOnly Next(DateOnly first) => _per switch
    {
        TargetPeriod.Week => first.AddDays(7),
        TargetPeriod.Month => first.AddMonths(1),
        _ => first.AddMonths(3),
    };

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
