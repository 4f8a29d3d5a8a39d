using System.Globalization;
using Gameplan.Domain.Pace;

namespace Gameplan.Domain.Tests.Pace;

public sealed class TargetScheduleTests
{
    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private static TargetSchedule Schedule(string per, string target, string start, string due, string holidays = "") =>
        new(decimal.Parse(target, CultureInfo.InvariantCulture), PaceCalculator.Per(per)!.Value, Day(start), Day(due),
            new WorkingCalendar(["mon", "tue", "wed", "thu", "fri"], holidays.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Day)));

    [Theory]
    // per day: 20 + 20 + 23 working days from Mon 4 January to Wed 31 March 2027
    [InlineData("day", "60", "2027-01-04", "2027-03-31", "", "3780")]
    [InlineData("day", "60", "2027-01-04", "2027-03-31", "2027-01-18,2027-02-15", "3660")]
    // per week: the partial first week (Wed-Fri) gets 3 of its 5 days' share
    [InlineData("week", "5", "2027-01-06", "2027-01-15", "", "8")]
    // a holiday Monday leaves 4 working days to share the week's target
    [InlineData("week", "4", "2027-01-06", "2027-01-15", "2027-01-11", "6.4")]
    // a week across the new year: Wed 30 Dec to Fri 1 Jan, then Mon-Wed
    [InlineData("week", "5", "2026-12-30", "2027-01-06", "", "6")]
    // per month: 11 of January's 21 working days, 8 of February's 20
    [InlineData("month", "21", "2027-01-15", "2027-02-10", "", "19.4")]
    // per quarter: 63 of the first quarter's 64 working days (1 January is a Friday)
    [InlineData("quarter", "3", "2027-01-04", "2027-03-31", "", "2.953125")]
    [InlineData("quarter", "3", "2027-01-01", "2027-06-30", "", "6")]
    // per period: spread over the tactic's working days, whatever their number
    [InlineData("period", "100", "2027-01-04", "2027-01-15", "", "100")]
    [InlineData("period", "100", "2027-01-09", "2027-01-10", "", "0")]
    // the leap day is a working day: February 2028 has 21 of them
    [InlineData("month", "21", "2028-02-28", "2028-02-29", "", "2")]
    [InlineData("month", "20", "2028-02-28", "2028-02-29", "2028-02-29", "1")]
    [InlineData("week", "5", "2028-02-29", "2028-03-01", "", "2")]
    [InlineData("day", "7", "2028-02-28", "2028-03-01", "", "21")]
    public void The_total_target_gives_each_working_day_its_share(string per, string target, string start, string due, string holidays, string expected) =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), Schedule(per, target, start, due, holidays).TargetTotal);

    [Theory]
    [InlineData("day", "2027-01-03", "0", 0)]      // before the start
    [InlineData("day", "2027-01-04", "10", 1)]     // the start day is included
    [InlineData("day", "2027-01-09", "50", 5)]     // a Saturday adds nothing
    [InlineData("day", "2027-01-15", "100", 10)]   // the due date
    [InlineData("day", "2027-02-20", "100", 10)]   // after the due date: everything
    [InlineData("week", "2027-01-06", "30", 3)]    // 50 a week, 10 a working day
    [InlineData("period", "2027-01-06", "30", 3)]  // 100 over 10 working days
    [InlineData("month", "2027-01-08", "23.809523809523809523809523810", 5)] // 100 x 5 / 21, exact to the decimal's precision
    public void The_target_to_date_counts_the_working_days_up_to_today_inclusive(string per, string today, string expected, int elapsed)
    {
        var target = per == "day" ? "10" : per == "week" ? "50" : "100";
        var schedule = Schedule(per, target, "2027-01-04", "2027-01-15");

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), schedule.TargetThrough(Day(today)));
        Assert.Equal(elapsed, schedule.ElapsedWorkingDays(Day(today)));
        Assert.Equal(10, schedule.TotalWorkingDays);
    }

    [Fact]
    public void Shares_of_whole_months_add_up_to_the_exact_target()
    {
        var schedule = Schedule("month", "100", "2027-01-01", "2027-12-31");

        Assert.Equal(1200m, schedule.TargetTotal);
        Assert.Equal(300m, schedule.TargetThrough(new(2027, 3, 31)));
    }
}
