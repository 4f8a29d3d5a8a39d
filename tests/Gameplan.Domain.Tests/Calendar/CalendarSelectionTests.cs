using Gameplan.Domain.Calendar;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;

namespace Gameplan.Domain.Tests.Calendar;

/// <summary>
/// A small team: Rosa (id 1) manages team 10, where Lena (2) and Mateo (3) are reps; Alex (4) is the admin,
/// on no team; Vic (5) is a rep of team 20. Plan 100 is the team's plan (Rosa's), 200 Lena's own plan.
/// </summary>
public sealed class CalendarSelectionTests
{
    private static readonly DateOnly From = new(2027, 1, 1);
    private static readonly DateOnly To = new(2027, 12, 31);

    private static readonly CalendarPerson Rosa = new(1, PersonRole.Manager, 10, new HashSet<int> { 10 });
    private static readonly CalendarPerson Lena = new(2, PersonRole.Rep, 10, new HashSet<int>());
    private static readonly CalendarPerson Mateo = new(3, PersonRole.Rep, 10, new HashSet<int>());
    private static readonly CalendarPerson Alex = new(4, PersonRole.Admin, null, new HashSet<int>());
    private static readonly CalendarPerson Vic = new(5, PersonRole.Rep, 20, new HashSet<int>());
    private static readonly CalendarPerson Loner = new(6, PersonRole.Rep, null, new HashSet<int>());

    private static readonly CalendarPlan TeamPlan = new(100, "Mid-Market plan", 1, 10, 10, new HashSet<int> { 3 }, BindsTeam: false);
    private static readonly CalendarPlan LenasPlan = new(200, "Lena's plan", 2, null, 10, new HashSet<int>(), BindsTeam: false);

    private static readonly CalendarReview LenasOneOnOne = new(1, 100, ReviewKind.OneOnOne, new(2027, 2, 1), false, 2, 10, "Lena Fischer");
    private static readonly CalendarReview TeamTactical = new(2, 100, ReviewKind.Tactical, new(2027, 2, 8), false, null, null);
    private static readonly CalendarReview LenasPlanReview = new(3, 200, ReviewKind.Strategic, new(2027, 3, 1), true, null, null);

    private static readonly CalendarCycle Cycle = new(7, "FY2028 planning", new(2027, 11, 1), new(2027, 12, 1), new(2027, 12, 20));

    private static IReadOnlyList<CalendarEntry> For(CalendarPerson person, IEnumerable<CalendarTactic>? tactics = null, IEnumerable<CalendarCycle>? cycles = null) =>
        CalendarSelection.For(person, [TeamPlan, LenasPlan], [LenasOneOnOne, TeamTactical, LenasPlanReview], tactics ?? [], cycles ?? [], From, To);

    private static int[] Reviews(IReadOnlyList<CalendarEntry> entries) =>
        [.. entries.Where(e => e.Kind == CalendarEntryKind.Review).Select(e => e.EntityId)];

    [Fact]
    public void A_rep_gets_their_own_one_on_one_but_not_a_colleagues() =>
        Assert.Equal((int[])[1, 3], Reviews(For(Lena)));

    [Fact]
    public void A_colleague_named_in_the_team_plan_gets_its_tactical_review_but_not_lenas_one_on_one() =>
        Assert.Equal((int[])[2], Reviews(For(Mateo)));

    [Fact]
    public void The_manager_gets_the_one_on_ones_of_their_team_and_the_reviews_of_their_reps_plans() =>
        Assert.Equal((int[])[1, 2, 3], Reviews(For(Rosa)));

    [Theory]
    [InlineData(5)]
    [InlineData(4)]
    public void Someone_outside_the_team_gets_none_of_its_reviews(int personId) =>
        Assert.Empty(Reviews(For(personId == 5 ? Vic : Alex)));

    [Fact]
    public void A_plan_that_binds_its_whole_team_puts_its_reviews_in_every_members_calendar()
    {
        var teamWide = TeamPlan with { Named = new HashSet<int>(), BindsTeam = true };
        var entries = CalendarSelection.For(Lena, [teamWide], [TeamTactical], [], [], From, To);

        Assert.Equal((int[])[2], Reviews(entries));
    }

    [Theory]
    [InlineData(TacticStatus.Planned, true)]
    [InlineData(TacticStatus.Active, true)]
    [InlineData(TacticStatus.Done, false)]
    [InlineData(TacticStatus.Dropped, false)]
    public void An_open_tactic_shows_its_due_day_to_its_owner(TacticStatus status, bool shown)
    {
        var tactic = new CalendarTactic(9, 100, "Prospect an hour a day", new(2027, 3, 31), status, TacticOwner.Person(2));

        var entries = For(Lena, [tactic]).Where(e => e.Kind == CalendarEntryKind.TacticDue).ToList();

        Assert.Equal(shown, entries.Count == 1);
        Assert.All(entries, e => Assert.Equal((new DateOnly(2027, 3, 31), "Due: Prospect an hour a day"), (e.Date, e.Title)));
    }

    [Fact]
    public void A_tactic_goes_to_its_owner_or_the_whole_team_that_owns_it_and_nobody_else()
    {
        var lenas = new CalendarTactic(9, 100, "Lena's", new(2027, 3, 31), TacticStatus.Active, TacticOwner.Person(2));
        var teams = new CalendarTactic(10, 100, "The team's", new(2027, 4, 30), TacticStatus.Active, TacticOwner.Team);
        var undated = new CalendarTactic(11, 100, "Someday", null, TacticStatus.Active, TacticOwner.Person(3));

        int[] Tactics(CalendarPerson person) => [.. For(person, [lenas, teams, undated]).Where(e => e.Kind == CalendarEntryKind.TacticDue).Select(e => e.EntityId)];

        Assert.Equal((int[])[9, 10], Tactics(Lena));
        Assert.Equal((int[])[10], Tactics(Mateo));
        Assert.Empty(Tactics(Vic));
    }

    [Fact]
    public void A_cycle_puts_its_three_deadlines_in_the_calendar_of_everyone_who_plans()
    {
        foreach (var person in new[] { Lena, Rosa, Alex, Vic })
        {
            var entries = For(person, cycles: [Cycle]).Where(e => e.EntityId == 7 && e.Kind != CalendarEntryKind.Review).ToList();
            Assert.Equal(
                [(CalendarEntryKind.CycleOpens, new DateOnly(2027, 11, 1)), (CalendarEntryKind.CycleDraftsDue, new DateOnly(2027, 12, 1)), (CalendarEntryKind.CycleReviewsDue, new DateOnly(2027, 12, 20))],
                entries.Select(e => (e.Kind, e.Date)));
        }
        Assert.Empty(For(Loner, cycles: [Cycle]));
    }

    [Fact]
    public void Only_events_inside_the_window_are_kept_in_date_order()
    {
        var entries = CalendarSelection.For(Rosa, [TeamPlan, LenasPlan], [LenasPlanReview, TeamTactical, LenasOneOnOne], [], [Cycle], From, new DateOnly(2027, 11, 30));

        Assert.Equal(
            [new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 8), new DateOnly(2027, 3, 1), new DateOnly(2027, 11, 1)],
            entries.Select(e => e.Date));
    }
}
