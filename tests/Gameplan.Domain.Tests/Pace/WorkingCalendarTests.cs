using Gameplan.Domain.Pace;

namespace Gameplan.Domain.Tests.Pace;

public sealed class WorkingCalendarTests
{
    private static readonly string[] Weekdays = ["mon", "tue", "wed", "thu", "fri"];

    private static DateOnly[] Days(string list) =>
        [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(day => DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))];

    [Theory]
    [InlineData("2027-01-04", "2027-01-10", "", 5)]                       // a Monday-to-Sunday week
    [InlineData("2027-01-04", "2027-01-10", "2027-01-06", 4)]             // a holiday on the Wednesday
    [InlineData("2027-01-04", "2027-01-10", "2027-01-09", 5)]             // a holiday on a Saturday changes nothing
    [InlineData("2027-01-04", "2027-01-10", "2027-01-06,2027-01-06", 4)]  // a holiday listed twice counts once
    [InlineData("2027-01-06", "2027-01-12", "", 5)]                       // Wednesday to Tuesday
    [InlineData("2027-01-09", "2027-01-09", "", 0)]                       // a single Saturday
    [InlineData("2027-01-08", "2027-01-08", "", 1)]                       // a single Friday
    [InlineData("2027-01-10", "2027-01-04", "", 0)]                       // to before from
    [InlineData("2027-01-01", "2027-12-31", "", 261)]                     // 2027 starts on a Friday: 52 weeks and a Friday
    [InlineData("2027-01-01", "2027-12-31", "2027-01-01,2027-12-24,2027-12-25", 259)]
    [InlineData("2028-02-01", "2028-02-29", "", 21)]                      // leap February: the 29th is a Tuesday
    [InlineData("2028-02-01", "2028-02-29", "2028-02-29", 20)]
    [InlineData("2026-12-28", "2027-01-03", "2027-01-01", 4)]             // a week across the new year
    public void Working_days_are_the_working_weekdays_minus_the_holidays(string from, string to, string holidays, int expected)
    {
        var calendar = new WorkingCalendar(Weekdays, Days(holidays));

        Assert.Equal(expected, calendar.WorkingDays(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("mon,tue,wed,thu,fri,sat", 6)]
    [InlineData(" Mon , TUE ", 2)]
    [InlineData("sun,funday", 1)]
    [InlineData("", 0)]
    public void The_working_weekdays_come_from_the_settings_names(string names, int perWeek)
    {
        var calendar = new WorkingCalendar(names.Split(',', StringSplitOptions.RemoveEmptyEntries), []);

        Assert.Equal(perWeek * 3, calendar.WorkingDays(new(2027, 1, 4), new(2027, 1, 24)));
    }

    [Fact]
    public void Counting_agrees_with_walking_the_days_for_every_range_of_a_quarter()
    {
        var holidays = Days("2027-01-01,2027-01-18,2027-02-15,2027-03-06");
        var calendar = new WorkingCalendar(["mon", "wed", "thu", "fri", "sat"], holidays);
        var start = new DateOnly(2026, 12, 20);
        var wrong = new List<string>();
        for (var from = start; from < start.AddDays(100); from = from.AddDays(3))
        {
            for (var to = from.AddDays(-1); to < from.AddDays(40); to = to.AddDays(1))
            {
                var walked = Enumerable.Range(0, Math.Max(0, to.DayNumber - from.DayNumber + 1)).Select(from.AddDays)
                    .Count(day => day.DayOfWeek is not (DayOfWeek.Sunday or DayOfWeek.Tuesday) && !holidays.Contains(day));
                if (calendar.WorkingDays(from, to) != walked)
                {
                    wrong.Add($"{from}..{to}: {calendar.WorkingDays(from, to)} instead of {walked}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("; ", wrong));
    }

    [Theory]
    [InlineData("2027-01-01", false)]
    [InlineData("2027-01-02", false)]
    [InlineData("2027-01-04", true)]
    [InlineData("2028-02-29", true)]
    public void A_day_is_a_working_day_on_a_working_weekday_that_is_no_holiday(string day, bool expected) =>
        Assert.Equal(expected, new WorkingCalendar(Weekdays, Days("2027-01-01")).IsWorkingDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
}
