using Gameplan.Domain.Access;
using Gameplan.Domain.Inbox;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;

namespace Gameplan.Domain.Tests.Inbox;

public sealed class InboxRulesTests
{
    // Teams: 1 (the company) above 2 (East) and 3 (West).
    private static readonly Dictionary<int, int?> Tree = new() { [1] = null, [2] = 1, [3] = 1 };
    private static readonly Actor Vp = Actor.For(10, PersonRole.Manager, 1, Tree);
    private static readonly Actor East = Actor.For(20, PersonRole.Manager, 2, Tree);
    private static readonly Actor Rep = Actor.For(30, PersonRole.Rep, 2, Tree);
    private static readonly Actor Executive = Actor.For(40, PersonRole.Executive, null, Tree);

    [Fact]
    public void A_reps_plan_waits_for_the_managers_who_lead_the_rep_and_not_for_the_executive()
    {
        var repsPlan = new PlanFacts(PlanScope.Person, null, 30, 2);
        var managers = new[] { Vp, East };
        var aManager = InboxRules.AManagerMayApprove(repsPlan, managers);

        Assert.True(aManager);
        Assert.True(InboxRules.WaitsForApproval(East, repsPlan, aManager));
        Assert.True(InboxRules.WaitsForApproval(Vp, repsPlan, aManager));
        Assert.False(InboxRules.WaitsForApproval(Executive, repsPlan, aManager));
        Assert.False(InboxRules.WaitsForApproval(Rep, repsPlan, aManager));
    }

    [Fact]
    public void A_plan_no_manager_may_approve_waits_for_the_executive_but_never_for_its_own_owner()
    {
        var companyPlan = new PlanFacts(PlanScope.Team, 1, 10, 1);
        var managers = new[] { Vp, East };
        var aManager = InboxRules.AManagerMayApprove(companyPlan, managers);

        Assert.False(aManager);
        Assert.True(InboxRules.WaitsForApproval(Executive, companyPlan, aManager));
        Assert.False(InboxRules.WaitsForApproval(Vp, companyPlan, aManager));
        Assert.False(InboxRules.WaitsForApproval(Executive, new PlanFacts(PlanScope.Organization, null, 40, null), false));
    }

    [Theory]
    [InlineData(8, false, null)]
    [InlineData(7, false, ReviewDuty.Prepare)]
    [InlineData(0, false, ReviewDuty.Prepare)]
    [InlineData(-1, false, ReviewDuty.WriteUp)]
    [InlineData(-14, false, ReviewDuty.WriteUp)]
    [InlineData(-15, false, null)]
    [InlineData(-1, true, null)]
    [InlineData(3, true, null)]
    public void A_review_is_to_prepare_the_week_before_and_to_write_up_for_two_weeks_after_until_held(int days, bool held, ReviewDuty? expected)
    {
        var today = new DateOnly(2027, 3, 10);
        Assert.Equal(expected, InboxRules.DutyOf(today.AddDays(days), held, today));
    }

    [Theory]
    // last measured, plan start, goal due, today -> due day (or none)
    [InlineData(null, "2027-01-01", "2027-12-31", "2027-01-30", null)]
    [InlineData(null, "2027-01-01", "2027-12-31", "2027-01-31", "2027-01-31")]
    [InlineData("2027-03-01", "2027-01-01", "2027-12-31", "2027-03-20", null)]
    [InlineData("2027-03-01", "2027-01-01", "2027-12-31", "2027-04-05", "2027-03-31")]
    [InlineData("2027-12-20", "2027-01-01", "2027-12-31", "2028-01-02", "2027-12-31")]
    [InlineData("2027-12-31", "2027-01-01", "2027-12-31", "2028-01-02", null)]
    [InlineData("2027-10-01", "2027-01-01", "2027-12-31", "2028-02-15", null)]
    public void A_goal_measured_by_hand_asks_for_a_measurement_a_month_after_the_last_and_on_its_due_day(string? last, string start, string due, string today, string? expected)
    {
        DateOnly? Day(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Day(expected), InboxRules.MeasurementDue(Day(last), Day(start)!.Value, Day(due)!.Value, Day(today)!.Value));
    }

    [Fact]
    public void A_thread_waits_for_a_mentioned_person_until_they_write_in_it_again()
    {
        var at = new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);
        ThreadComment C(int id, int author, params int[] mentions) => new(id, author, mentions, at.AddMinutes(id));

        Assert.Equal(1, InboxRules.WaitingFor(30, [C(1, 20, 30)], false, 20)?.Id);
        Assert.Null(InboxRules.WaitingFor(30, [C(1, 20, 30), C(2, 30)], false, 20));
        Assert.Equal(3, InboxRules.WaitingFor(30, [C(1, 20, 30), C(2, 30), C(3, 20, 30)], false, 20)?.Id);
        Assert.Null(InboxRules.WaitingFor(31, [C(1, 20, 30)], false, 20));
        // Mentioning oneself asks nothing; a deleted mention asks nothing either.
        Assert.Null(InboxRules.WaitingFor(30, [C(1, 30, 30)], false, 20));
        Assert.Null(InboxRules.WaitingFor(30, [C(1, 20, 30) with { Deleted = true }], false, 20));
    }

    [Fact]
    public void A_return_reason_waits_for_the_plans_owner_while_the_last_word_is_the_reviewers()
    {
        var at = new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);
        ThreadComment C(int id, int author) => new(id, author, [], at.AddMinutes(id));

        Assert.Equal(1, InboxRules.WaitingFor(30, [C(1, 20)], true, 30)?.Id);
        Assert.Null(InboxRules.WaitingFor(30, [C(1, 20), C(2, 30)], true, 30));
        Assert.Equal(3, InboxRules.WaitingFor(30, [C(1, 20), C(2, 30), C(3, 20)], true, 30)?.Id);
        Assert.Null(InboxRules.WaitingFor(30, [C(1, 20)], false, 30));
        Assert.Null(InboxRules.WaitingFor(31, [C(1, 20)], true, 30));
    }

    [Fact]
    public void The_inbox_lists_overdue_first_then_by_due_day_then_by_kind()
    {
        var today = new DateOnly(2027, 3, 10);
        InboxItem I(string key, InboxItemKind kind, DateOnly? due) => new(kind, key, key, "", "/", due, null);
        var ordered = InboxRules.Order(
            [
                I("finding", InboxItemKind.Finding, null),
                I("approve", InboxItemKind.Approve, null),
                I("review-next-week", InboxItemKind.Review, today.AddDays(5)),
                I("review-late", InboxItemKind.Review, today.AddDays(-2)),
                I("measure-late", InboxItemKind.Measurement, today.AddDays(-9)),
                I("ack-today", InboxItemKind.Acknowledge, today),
            ], today);

        Assert.Equal(["measure-late", "review-late", "ack-today", "review-next-week", "approve", "finding"], ordered.Select(i => i.Key));
    }
}
