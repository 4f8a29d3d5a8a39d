using Gameplan.Domain.Calendar;

namespace Gameplan.Domain.Tests.Calendar;

public sealed class CheckInDaysTests
{
    [Fact]
    public void Each_check_in_day_within_a_plans_span_is_one_event_of_the_person_however_many_plans()
    {
        var checkIns = new CalendarCheckIns(DayOfWeek.Friday,
        [
            new CalendarCheckInSpan(1, "Company plan", new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 18)),
            new CalendarCheckInSpan(2, "Team plan", new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 31)),
        ]);

        var days = CalendarSelection.CheckInDays(7, checkIns).ToList();

        Assert.Equal([new DateOnly(2026, 12, 4), new DateOnly(2026, 12, 11), new DateOnly(2026, 12, 18), new DateOnly(2026, 12, 25)], days.Select(d => d.Date));
        Assert.All(days, d => Assert.Equal((CalendarEntryKind.CheckInDue, 7), (d.Kind, d.EntityId)));
        Assert.Equal([1, null, null, 2], days.Select(d => d.PlanId));
        Assert.Contains("Company plan, Team plan", days[1].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_in_days_join_the_persons_calendar_only_when_given()
    {
        var person = new CalendarPerson(7, Gameplan.Domain.People.PersonRole.Rep, null, new HashSet<int>());
        var checkIns = new CalendarCheckIns(DayOfWeek.Monday, [new CalendarCheckInSpan(1, "Plan", new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31))]);

        Assert.Empty(CalendarSelection.For(person, [], [], [], [], new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31)));
        Assert.Equal(4, CalendarSelection.For(person, [], [], [], [], new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), checkIns).Count);
    }
}
