using System.Globalization;
using Gameplan.Domain.Pace;

namespace Gameplan.Domain.Tests.Pace;

public sealed class CommitmentPeriodsTests
{
    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private static readonly WorkingCalendar Weekdays = new(["mon", "tue", "wed", "thu", "fri"], []);

    private static TargetSchedule Schedule(string per, decimal target, string start, string due) =>
        new(target, PaceCalculator.Per(per)!.Value, Day(start), Day(due), Weekdays);

    /// <summary>Logged quantities by day; the total between two days, both included.</summary>
    private static Func<DateOnly, DateOnly, decimal> Log(params (string Day, decimal Quantity)[] entries) =>
        (from, to) => entries.Where(e => Day(e.Day) >= from && Day(e.Day) <= to).Sum(e => e.Quantity);

    [Theory]
    // a Sunday belongs to the week that began on Monday
    [InlineData("week", "2027-01-10", "2027-01-04", "2027-01-10")]
    // a week across the new year
    [InlineData("week", "2027-01-01", "2026-12-28", "2027-01-03")]
    [InlineData("month", "2028-02-29", "2028-02-01", "2028-02-29")]
    [InlineData("month", "2027-12-31", "2027-12-01", "2027-12-31")]
    [InlineData("quarter", "2027-05-15", "2027-04-01", "2027-06-30")]
    [InlineData("quarter", "2027-12-31", "2027-10-01", "2027-12-31")]
    public void A_day_belongs_to_its_calendar_week_month_or_quarter(string per, string day, string first, string last) =>
        Assert.Equal((Day(first), Day(last)), CommitmentPeriods.PeriodOf(PaceCalculator.Per(per)!.Value, Day(day)));

    [Fact]
    public void A_monthly_webinar_reads_this_month_0_of_1_and_last_month_1_of_1_not_a_fraction_due()
    {
        // 1 webinar a month from January; today is 3 February (the pace maths has 1.1 due by now).
        var schedule = Schedule("month", 1m, "2027-01-04", "2027-06-30");
        var today = Day("2027-02-03");
        Assert.NotEqual(decimal.Truncate(schedule.TargetThrough(today)), schedule.TargetThrough(today));

        var tallies = CommitmentPeriods.Recent(schedule, TargetPeriod.Month, "count", today, Log(("2027-01-20", 1m)));

        Assert.Equal(["this month 0 of 1", "last month 1 of 1"], tallies.Select(t => t.Text));
        Assert.Equal([PeriodStanding.None, PeriodStanding.Met], tallies.Select(t => t.Standing));
        Assert.Equal((Day("2027-02-01"), Day("2027-02-28")), (tallies[0].First, tallies[0].Last));
    }

    [Fact]
    public void The_first_day_of_a_month_moves_last_months_work_into_last_month()
    {
        var schedule = Schedule("month", 2m, "2027-01-04", "2027-06-30");
        var log = Log(("2027-01-29", 1m), ("2027-02-01", 1m));

        Assert.Equal(["this month 1 of 2", "last month 1 of 2"], CommitmentPeriods.Recent(schedule, TargetPeriod.Month, null, Day("2027-02-01"), log).Select(t => t.Text));
        // the day before, January is this month, and December (before the start) has no tally
        Assert.Equal(["this month 1 of 2"], CommitmentPeriods.Recent(schedule, TargetPeriod.Month, null, Day("2027-01-31"), log).Select(t => t.Text));
    }

    [Fact]
    public void Three_demos_a_week_read_this_week_2_of_3_and_partly_done()
    {
        var schedule = Schedule("week", 3m, "2027-01-04", "2027-03-31");
        var tallies = CommitmentPeriods.Recent(schedule, TargetPeriod.Week, "count", Day("2027-01-13"),
            Log(("2027-01-05", 4m), ("2027-01-11", 1m), ("2027-01-12", 1m)));

        Assert.Equal(["this week 2 of 3", "last week 4 of 3"], tallies.Select(t => t.Text));
        Assert.Equal([PeriodStanding.Partly, PeriodStanding.Met], tallies.Select(t => t.Standing));
    }

    [Fact]
    public void Two_QBRs_a_quarter_count_across_the_quarter_boundary()
    {
        var schedule = Schedule("quarter", 2m, "2027-01-01", "2027-12-31");
        var tallies = CommitmentPeriods.Recent(schedule, TargetPeriod.Quarter, "count", Day("2027-04-01"),
            Log(("2027-02-10", 1m), ("2027-03-31", 1m), ("2027-04-01", 1m)));

        Assert.Equal(["this quarter 1 of 2", "last quarter 2 of 2"], tallies.Select(t => t.Text));
    }

    [Fact]
    public void The_first_period_of_a_commitment_has_no_period_before_it_and_a_partial_period_shows_its_share_in_whole_units()
    {
        // Starts Wednesday 17 February: 8 of February's 20 working days, 0.4 of the webinar, shown as 1.
        var schedule = Schedule("month", 1m, "2027-02-17", "2027-06-30");
        var tallies = CommitmentPeriods.Recent(schedule, TargetPeriod.Month, "count", Day("2027-02-18"), Log());

        var only = Assert.Single(tallies);
        Assert.Equal("this month 0 of 1", only.Text);
    }

    [Fact]
    public void Money_keeps_its_fraction_while_a_count_shows_whole_units_rounded_up()
    {
        Assert.Equal(1m, CommitmentPeriods.Shown(0.6m, "count"));
        Assert.Equal(1m, CommitmentPeriods.Shown(0.6m, null));
        Assert.Equal(3m, CommitmentPeriods.Shown(3m, "count"));
        // an exact share that is a whole number after quantity rounding stays that number
        Assert.Equal(2m, CommitmentPeriods.Shown(2.000000001m, "count"));
        Assert.Equal(0m, CommitmentPeriods.Shown(0m, "count"));
        Assert.Equal(1428.57m, CommitmentPeriods.Shown(10_000m / 7m, "currency:USD"));
        Assert.Equal(0.6m, CommitmentPeriods.Shown(0.6m, "hours"));
        Assert.True(CommitmentPeriods.IsWholeUnit("Count"));
        Assert.False(CommitmentPeriods.IsWholeUnit("minutes"));
    }

    [Theory]
    [InlineData("day", false)]
    [InlineData("period", false)]
    [InlineData("week", true)]
    [InlineData("month", true)]
    [InlineData("quarter", true)]
    public void Weeks_months_and_quarters_are_discrete(string per, bool discrete) =>
        Assert.Equal(discrete, CommitmentPeriods.IsDiscrete(PaceCalculator.Per(per)!.Value));

    [Fact]
    public void A_heatmap_day_of_a_weekly_commitment_reads_its_weeks_standing_not_its_own_day()
    {
        // 5 calls a week, all 7 made on Monday: every day of that week is met (143%), none is red.
        var schedule = Schedule("week", 5m, "2027-01-04", "2027-03-31");
        var log = Log(("2027-01-04", 7m));
        foreach (var day in new[] { "2027-01-05", "2027-01-06", "2027-01-08" })
        {
            var (target, actual) = CommitmentPeriods.HeatOf(schedule, TargetPeriod.Week, Day(day), Day("2027-01-15"), log);
            Assert.Equal((5m, 7m), (target, actual));
        }
        // The week in progress (today Wednesday) compares with its target so far: 3 of 5 days' share.
        var (sofar, done) = CommitmentPeriods.HeatOf(schedule, TargetPeriod.Week, Day("2027-01-11"), Day("2027-01-13"), Log(("2027-01-11", 2m)));
        Assert.Equal((3m, 2m), (sofar, done));
    }

    [Theory]
    [InlineData("2027-01-13", "2027-01-13", "this week")]
    [InlineData("2027-01-04", "2027-01-13", "last week")]
    [InlineData("2026-12-28", "2027-01-13", "week of 28 Dec 2026")]
    [InlineData("2026-12-15", "2027-01-13", "last month")]
    public void Periods_are_named_from_today(string day, string today, string expected)
    {
        var per = expected.Contains("month", StringComparison.Ordinal) ? TargetPeriod.Month : TargetPeriod.Week;
        Assert.Equal(expected, CommitmentPeriods.Label(per, Day(day), Day(today)));
    }
}
