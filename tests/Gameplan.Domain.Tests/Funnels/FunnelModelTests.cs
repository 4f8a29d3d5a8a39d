using CsCheck;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Funnels;

namespace Gameplan.Domain.Tests.Funnels;

public sealed class FunnelModelTests
{
    private static GoalModel Model(PlanDocument plan, DateOnly? today = null, FunnelWhatIf? whatIf = null)
    {
        var report = FunnelModel.Of(plan, today ?? FunnelPlan.Today, whatIf);
        Assert.Empty(report.Errors);
        return Assert.Single(report.Goals);
    }

    [Fact]
    public void The_example_funnel_rounds_up_at_each_stage_from_the_deals_back_to_the_calls()
    {
        var goal = Model(FunnelPlan.Build());

        // 4,500,000 - 1,000,000 = 3,500,000 remaining; / 25,000 = 140 deals; / 0.25 = 560 opportunities;
        // / 0.30 = 1,866.67, up to 1,867 meetings; / 0.10 = 18,670 calls.
        Assert.Equal((3_500_000m, 140m), (goal.Remaining, goal.Deals));
        Assert.Equal([18670m, 1867m, 560m, 140m], goal.Stages.Select(stage => stage.Required));
        Assert.Equal(["calls", "meetings", "opportunities", "deals"], goal.Stages.Select(stage => stage.Metric));
        Assert.Equal(new FunnelWindow(new(2027, 1, 4), new(2027, 7, 31), 150), goal.Window);
    }

    [Fact]
    public void The_people_are_the_assignees_of_the_commitments_and_committed_is_their_schedule_inside_the_window()
    {
        var calls = Model(FunnelPlan.Build()).Stages[0];

        // ana and ben, 20 calls each on the 128 working days of t1 (all inside the window): 5,120.
        Assert.Equal((2, 5120m), (calls.People, calls.Committed));
        Assert.Equal(["ana", "ben"], calls.Assignees);
        Assert.Equal(18670m / 2 / 150, calls.PerPersonPerDay);
        Assert.Equal(5120m / 18670m, calls.Coverage);
        Assert.Equal(62.23m, Numbers.RoundQuantity(calls.PerPersonPerDay!.Value));
    }

    [Fact]
    public void A_stage_nobody_commits_to_has_one_person_and_no_committed_or_coverage()
    {
        var meetings = Model(FunnelPlan.Build()).Stages[1];

        Assert.Equal((1, (decimal?)null, (decimal?)null), (meetings.People, meetings.Committed, meetings.Coverage));
        Assert.Equal(1867m / 150, meetings.PerPersonPerDay);
    }

    [Fact]
    public void Decimal_arithmetic_keeps_exact_quotients_and_a_full_rate_changes_nothing()
    {
        Assert.Equal(18670m, FunnelModel.Back(1867m, 0.10m));
        Assert.Equal(1867m, FunnelModel.Back(560m, 0.30m));
        Assert.Equal(560m, FunnelModel.Back(560m, 1m));
        Assert.Equal(4m, FunnelModel.Back(1m, 0.3m));

        var goal = Model(FunnelPlan.Build(FunnelPlan.Funnel(calls: 1m, meetings: 1m, opportunities: 1m)));
        Assert.Equal([140m, 140m, 140m, 140m], goal.Stages.Select(stage => stage.Required));
    }

    [Fact]
    public void The_latest_measurement_on_or_before_today_is_the_current_value()
    {
        var revenue = FunnelPlan.Revenue() with
        {
            Measurements = [new(new(2026, 12, 31), 2_000_000m), new(new(2027, 2, 1), 4_000_000m)],
        };

        var goal = Model(FunnelPlan.Build(goals: [revenue]));

        // 4,500,000 - 2,000,000 = 2,500,000 = 100 deals; the February measurement is after today.
        Assert.Equal((2_000_000m, 2_500_000m, 100m), (goal.Current, goal.Remaining, goal.Deals));
        Assert.Equal(13340m, goal.Stages[0].Required); // 100 / 0.25 = 400; / 0.30 = 1,333.3 -> 1,334; / 0.10 = 13,340
    }

    [Fact]
    public void A_baseline_already_above_the_target_requires_nothing()
    {
        var revenue = FunnelPlan.Revenue() with { Measurements = [new(new(2027, 1, 2), 5_000_000m)] };

        var goal = Model(FunnelPlan.Build(goals: [revenue]));

        Assert.Equal((0m, 0m), (goal.Remaining, goal.Deals));
        Assert.All(goal.Stages, stage => Assert.Equal(0m, stage.Required));
        Assert.Null(goal.Stages[0].Coverage);
    }

    [Fact]
    public void A_goal_on_a_stage_metric_counts_at_its_own_stage_and_needs_no_deal_value()
    {
        var meetings = new GoalDocument { Id = "g2", Title = "Hold 300 meetings", Metric = "Meetings ", Unit = "count", Baseline = 0, Target = 300, Due = new(2027, 9, 30) };

        var goal = Model(FunnelPlan.Build(FunnelPlan.Funnel() with { DealValue = null }, goals: [meetings]));

        Assert.Equal(300m, goal.Deals);
        Assert.Equal([3000m, 300m], goal.Stages.Select(stage => stage.Required));
        Assert.Null(goal.Stages[1].Rate);
        Assert.Equal(0.10m, goal.Stages[0].Rate);
    }

    [Fact]
    public void Goals_that_shrink_or_count_something_outside_the_funnel_are_not_modelled()
    {
        var churn = new GoalDocument { Id = "g2", Metric = "churn", Unit = "percent", Baseline = 8, Target = 5, Due = new(2027, 12, 31) };
        var customers = new GoalDocument { Id = "g3", Metric = "customers", Unit = "count", Baseline = 40, Target = 80, Due = new(2027, 12, 31) };
        var cost = FunnelPlan.Revenue(baseline: 900_000, target: 500_000) with { Id = "g4" };

        var report = FunnelModel.Of(FunnelPlan.Build(goals: [churn, customers, cost]), FunnelPlan.Today);

        Assert.Empty(report.Goals);
        Assert.True(report.IsEmpty);
    }

    [Fact]
    public void A_cycle_that_pushes_the_activity_before_today_leaves_no_working_day_and_nothing_committed_in_time()
    {
        var goal = Model(FunnelPlan.Build(goals: [FunnelPlan.Revenue(due: new(2027, 2, 15))]));

        Assert.Equal(new FunnelWindow(new(2027, 1, 4), new(2026, 12, 16), 0), goal.Window);
        Assert.Null(goal.Stages[0].PerPersonPerDay);
        Assert.Equal((0m, 0m), (goal.Stages[0].Committed, goal.Stages[0].Coverage));
        Assert.Equal(18670m, goal.Stages[0].Required);
    }

    [Fact]
    public void Holidays_leave_the_window_and_the_commitments()
    {
        // Monday 31 May (inside t1) and Monday 5 July (after t1, inside the window).
        var goal = Model(FunnelPlan.Build(holidays: [new(2027, 5, 31), new(2027, 7, 5)]));

        Assert.Equal(148, goal.Window.WorkingDays);
        Assert.Equal(5080m, goal.Stages[0].Committed);
    }

    [Fact]
    public void A_window_over_a_leap_day_counts_29_February()
    {
        // Tuesday 1 February 2028 to Friday 31 March 2028 (30 April minus 30 days): 21 + 23 working days.
        var plan = FunnelPlan.Build(FunnelPlan.Funnel(cycle: 30), goals: [FunnelPlan.Revenue(due: new(2028, 4, 30))]);

        var goal = Model(plan, new DateOnly(2028, 2, 1));

        Assert.Equal(new FunnelWindow(new(2028, 2, 1), new(2028, 3, 31), 44), goal.Window);
        Assert.Equal(0m, goal.Stages[0].Committed); // t1 ended in 2027
    }

    [Fact]
    public void A_goal_in_another_currency_than_the_funnel_is_an_error_naming_the_goal_unit()
    {
        var goal = Model(FunnelPlan.Build(FunnelPlan.Funnel() with { Currency = "EUR" }));

        var error = Assert.Single(goal.Errors);
        Assert.Equal("goals[g1].unit", error.Field);
        Assert.Contains("USD", error.Message, StringComparison.Ordinal);
        Assert.Empty(goal.Stages);
    }

    [Fact]
    public void A_cycle_longer_than_the_period_and_a_money_goal_without_deal_value_are_errors_naming_the_funnel_field()
    {
        var goal = Model(FunnelPlan.Build(FunnelPlan.Funnel(cycle: 400) with { DealValue = null }));

        Assert.Equal(["funnel.deal_value", "funnel.cycle_days"], goal.Errors.Select(error => error.Field));
    }

    [Fact]
    public void Rates_so_small_that_the_volumes_overflow_are_an_error_not_an_exception()
    {
        var tiny = new FunnelDocument
        {
            DealValue = 0.0001m,
            Stages = [.. Enumerable.Range(0, 11).Select(i => new FunnelStageDocument { Metric = $"s{i}", Rate = 0.0000001m }), new() { Metric = "deals" }],
        };

        var goal = Model(FunnelPlan.Build(tiny, goals: [FunnelPlan.Revenue(baseline: 0, target: 999_999_999_999m)]));

        Assert.Equal("funnel", Assert.Single(goal.Errors).Field);
        Assert.Empty(goal.Stages);
    }

    [Fact]
    public void A_what_if_moves_the_required_activity()
    {
        var plan = FunnelPlan.Build();
        var funnel = plan.Funnel!;

        var faster = Model(plan, whatIf: FunnelWhatIf.Parse(["CALLS.rate=0.2"], funnel));
        var bigger = Model(plan, whatIf: FunnelWhatIf.Parse(["deal_value=50000", "people=6"], funnel));

        Assert.Equal(9335m, faster.Stages[0].Required); // 1,867 / 0.2
        Assert.Equal(70m, bigger.Deals);
        Assert.Equal(6, bigger.Stages[0].People);
        Assert.Equal(9340m / 6 / 150, bigger.Stages[0].PerPersonPerDay); // 70 / 0.25 = 280; / 0.30 = 933.3 -> 934; / 0.10 = 9,340
    }

    [Fact]
    public void A_what_if_that_repeats_the_funnel_changes_nothing_until_a_number_differs()
    {
        var funnel = FunnelPlan.Funnel();

        Assert.False(FunnelWhatIf.Parse(["calls.rate=0.10", "deal_value=25000", "cycle_days=61"], funnel).Changes(funnel));
        Assert.True(FunnelWhatIf.Parse(["calls.rate=0.10", "meetings.rate=0.31"], funnel).Changes(funnel));
        Assert.True(FunnelWhatIf.Parse(["cycle_days=30"], funnel).Changes(funnel));
        Assert.True(FunnelWhatIf.Parse(["people=2"], funnel).Changes(funnel));
    }

    [Theory]
    [InlineData("emails.rate=0.2", "emails.rate")]
    [InlineData("calls.rate=fast", "calls.rate")]
    [InlineData("headcount=4", "headcount")]
    [InlineData("people=4.5", "people")]
    [InlineData("calls", "set")]
    public void A_bad_what_if_names_its_setting(string setting, string field)
    {
        var error = Assert.Throws<DomainRuleException>(() => FunnelWhatIf.Parse([setting], FunnelPlan.Funnel()));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void A_what_if_rate_outside_zero_to_one_is_reported_like_a_written_one()
    {
        var plan = FunnelPlan.Build();

        var report = FunnelModel.Of(plan, FunnelPlan.Today, FunnelWhatIf.Parse(["meetings.rate=0", "people=0"], plan.Funnel!));

        Assert.Equal(["funnel.stages[1].rate", "people"], report.Errors.Select(error => error.Field));
        Assert.Empty(report.Goals);
    }

    [Fact]
    public void Lowering_any_rate_never_lowers_the_required_volume_at_any_stage()
    {
        var rates = Gen.Int[1, 1000].Select(value => value / 1000m).Array[3];
        var samples =
            from given in rates
            from which in Gen.Int[0, 2]
            from cut in Gen.Int[1, 999]
            from remaining in Gen.Int[0, 5_000_000]
            select (given, which, cut, remaining);
        samples.Sample(sample =>
        {
            var (given, which, cut, remaining) = sample;
            var lowered = (decimal[])given.Clone();
            lowered[which] = Math.Max(0.001m, given[which] * cut / 1000m);
            var before = Model(Plan(given));
            var after = Model(Plan(lowered));
            for (var stage = 0; stage < before.Stages.Count; stage++)
            {
                Assert.True(after.Stages[stage].Required >= before.Stages[stage].Required);
            }

            PlanDocument Plan(decimal[] r) =>
                FunnelPlan.Build(FunnelPlan.Funnel(r[0], r[1], r[2]), goals: [FunnelPlan.Revenue(baseline: 0, target: remaining)]);
        }, iter: 500, seed: "0N0XIzNsQ0O2");
    }
}
