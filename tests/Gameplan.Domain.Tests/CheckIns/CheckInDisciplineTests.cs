using System.Globalization;
using Gameplan.Domain.CheckIns;

namespace Gameplan.Domain.Tests.CheckIns;

// 2026-12-06 is a Sunday; the organisation checks in on Fridays unless a test says otherwise.
public sealed class CheckInDisciplineTests
{
    private static readonly DateOnly Since = Day("2026-11-02");
    private static readonly DateOnly Sunday = Day("2026-12-06");

    [Theory]
    [InlineData("2026-11-30", DayOfWeek.Friday, "2026-12-04")]
    [InlineData("2026-12-04", DayOfWeek.Friday, "2026-12-04")]
    [InlineData("2026-12-05", DayOfWeek.Friday, "2026-12-11")]
    [InlineData("2026-12-06", DayOfWeek.Monday, "2026-12-07")]
    [InlineData("2026-12-07", DayOfWeek.Monday, "2026-12-07")]
    public void A_day_belongs_to_the_week_whose_check_in_day_is_the_first_on_or_after_it(string day, DayOfWeek checkInDay, string due) =>
        Assert.Equal(Day(due), CheckInWeeks.DueFor(Day(day), checkInDay));

    [Theory]
    [InlineData("2026-12-06", "2026-12-04")]
    [InlineData("2026-12-04", "2026-12-04")]
    [InlineData("2026-12-03", "2026-11-27")]
    public void The_last_due_day_is_the_latest_check_in_day_up_to_today(string today, string due) =>
        Assert.Equal(Day(due), CheckInWeeks.LastDueOnOrBefore(Day(today), DayOfWeek.Friday));

    [Theory]
    // Five weeks are over since 2 November (due 6, 13, 20, 27 November and 4 December).
    [InlineData("2026-11-06 2026-11-13 2026-11-20 2026-11-27 2026-12-04", "2026-12-06", 5, 5, 0, false)]
    [InlineData("2026-11-06 2026-11-13 2026-11-20", "2026-12-06", 5, 3, 2, true)]
    [InlineData("2026-11-06 2026-11-13 2026-11-20 2026-11-27", "2026-12-06", 5, 4, 1, false)]
    [InlineData("", "2026-12-06", 5, 0, 5, true)]
    // On the due day itself that week is not expected yet: checking in on Friday evening is on time.
    [InlineData("2026-11-06 2026-11-13 2026-11-20 2026-11-27", "2026-12-04", 4, 4, 0, false)]
    // A check-in on Wednesday counts for the week due that Friday; two on one week count once.
    [InlineData("2026-11-04 2026-11-06 2026-11-11 2026-11-18 2026-11-25 2026-12-02", "2026-12-06", 5, 5, 0, false)]
    public void Discipline_counts_the_weeks_over_the_ones_checked_in_and_the_misses_in_a_row(
        string checkIns, string today, int expected, int checkedIn, int missedInARow, bool lapsed)
    {
        var discipline = CheckInDiscipline.Of(Days(checkIns), Since, Day(today), DayOfWeek.Friday);

        Assert.Equal((expected, checkedIn, missedInARow, lapsed), (discipline.Expected, discipline.CheckedIn, discipline.MissedInARow, discipline.Lapsed));
        Assert.Equal(expected == 0 ? null : (decimal)checkedIn / expected, discipline.Share);
    }

    [Fact]
    public void Someone_who_joins_later_is_expected_only_from_then_and_nobody_before_the_plan_starts()
    {
        var joined = CheckInDiscipline.Of([Day("2026-12-04")], Day("2026-11-28"), Sunday, DayOfWeek.Friday);
        var notYet = CheckInDiscipline.Of([], Day("2027-01-01"), Sunday, DayOfWeek.Friday);

        Assert.Equal((1, 1, 0), (joined.Expected, joined.CheckedIn, joined.MissedInARow));
        Assert.Equal((0, (decimal?)null, 0, false), (notYet.Expected, notYet.Share, notYet.MissedInARow, notYet.Lapsed));
    }

    [Fact]
    public void The_trend_is_the_last_twelve_weeks_oldest_first_and_the_last_check_in_is_the_latest_up_to_this_week()
    {
        // Checked in every other week for twenty weeks, and once for a week still to come (not the last check-in yet).
        var start = Day("2026-07-20");
        var every2 = Enumerable.Range(0, 10).Select(i => CheckInWeeks.DueFor(start, DayOfWeek.Friday).AddDays(14 * i)).ToList();
        var discipline = CheckInDiscipline.Of([.. every2, Day("2026-12-18")], start, Sunday, DayOfWeek.Friday);

        Assert.Equal(CheckInDiscipline.TrendWeeks, discipline.Trend.Count);
        Assert.Equal(Day("2026-12-04"), discipline.Trend[^1].Due);
        Assert.True(discipline.Trend.Zip(discipline.Trend.Skip(1)).All(pair => pair.First.Due.AddDays(7) == pair.Second.Due));
        Assert.Equal(every2.Where(d => d <= Sunday).Max(), discipline.LastCheckIn);
        Assert.Equal(6, discipline.Trend.Count(week => week.CheckedIn));
    }

    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private static IEnumerable<DateOnly> Days(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Day);
}
