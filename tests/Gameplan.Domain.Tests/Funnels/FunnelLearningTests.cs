using Gameplan.Domain.Critique;
using Gameplan.Domain.Funnels;
using Gameplan.Domain.Pace;

namespace Gameplan.Domain.Tests.Funnels;

public sealed class FunnelLearningTests
{
    private static readonly DateOnly Today = new(2027, 6, 1);

    // Calls 0.10 to deals of 1,000, no cycle (no lag, nothing in flight); ana calls 10 times on each of the 64 working
    // days from 4 March to 1 June and closes 32 deals: a measured rate of 32 / 640 = 0.05.
    private static readonly FunnelDocument TwoStages = new()
    {
        DealValue = 1000,
        CycleDays = 0,
        Stages = [new() { Metric = "calls", Rate = 0.10m }, new() { Metric = "deals" }],
    };

    private static ActivityFacts Logged()
    {
        var calendar = new WorkingCalendar(["mon", "tue", "wed", "thu", "fri"], []);
        var entries = new List<ActivityFact>();
        for (var day = new DateOnly(2027, 3, 4); day <= Today; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day))
            {
                entries.Add(new(day, "ana", "calls", 10));
            }
        }
        entries.Add(new(new(2027, 5, 3), "ana", "deals", 32));
        entries.Add(new(new(2027, 2, 1), "ben", "calls", 500)); // outside the window
        return new ActivityFacts(entries);
    }

    [Fact]
    public void The_measured_rate_has_its_sample_and_a_95_percent_interval_for_the_team_and_each_person()
    {
        var rates = FunnelLearning.Rates(TwoStages, Logged(), ["ana", "ben"], Today);

        Assert.Equal([null, "ana", "ben"], rates.Select(rate => rate.Person));
        var team = rates[0];
        Assert.Equal((640m, 32m, 0.05m, 0), (team.Sample, team.Converted, team.Measured, team.LagDays));
        // Wilson, z = 1.96, p = 0.05, n = 640: 0.0356 to 0.0698.
        Assert.Equal(0.036m, Numbers.RoundRatio(team.Low));
        Assert.Equal(0.07m, Numbers.RoundRatio(team.High));
        Assert.True(team.IsReliable && team.IsFarAbove);
        Assert.Equal((0m, (decimal?)null), (rates[2].Sample, rates[2].Measured));
        Assert.False(rates[2].IsReliable);
    }

    [Fact]
    public void The_lag_spreads_the_cycle_over_the_steps()
    {
        Assert.Equal(20, FunnelLearning.LagDays(FunnelPlan.Funnel()));
        Assert.Equal(30, FunnelLearning.LagDays(TwoStages with { CycleDays = 30 }));
    }

    [Fact]
    public void The_projection_continues_today_s_pace_through_the_measured_rate()
    {
        var goal = new GoalDocument { Id = "g1", Metric = "revenue", Unit = "currency:USD", Baseline = 0, Target = 100_000, Due = new(2027, 6, 30) };
        var plan = FunnelPlan.Build(TwoStages, goals: [goal]);
        var model = FunnelModel.Of(plan, Today);
        var facts = Logged();
        var rates = FunnelLearning.Rates(TwoStages, facts, ["ana", "ben"], Today);

        var projection = Assert.Single(FunnelLearning.Project(TwoStages, model, rates, facts, ["ana", "ben"], Today,
            WorkingCalendar.Of(plan.Settings), new Dictionary<string, decimal> { ["g1"] = 100_000 }));

        // 10 calls a working day x 21 working days from 2 to 30 June = 210 calls x 0.05 = 10.5 deals x 1,000.
        Assert.Equal((10m, 210m, 10_500m), (projection.DailyPace, projection.FirstStageVolume, projection.Projected));
        Assert.True(projection.UsesMeasured);
        Assert.Equal(0.105m, projection.Share);
    }

    [Fact]
    public void Without_a_reliable_sample_the_projection_uses_the_assumed_rate()
    {
        var goal = new GoalDocument { Id = "g1", Metric = "revenue", Unit = "currency:USD", Baseline = 0, Target = 100_000, Due = new(2027, 6, 30) };
        var plan = FunnelPlan.Build(TwoStages, goals: [goal]);
        var facts = new ActivityFacts([new(new(2027, 6, 1), "ana", "calls", 20)]);
        var model = FunnelModel.Of(plan, Today);
        var rates = FunnelLearning.Rates(TwoStages, facts, ["ana"], Today);

        var projection = Assert.Single(FunnelLearning.Project(TwoStages, model, rates, facts, ["ana"], Today,
            WorkingCalendar.Of(plan.Settings), new Dictionary<string, decimal> { ["g1"] = 100_000 }));

        // 20 calls over 64 working days = 0.3125 a day x 21 days = 6.5625 calls x 0.10 x 1,000 = 656.25.
        Assert.Equal(656.25m, projection.Projected);
        Assert.False(projection.UsesMeasured);
    }
}
