using Gameplan.Domain.Critique;

namespace Gameplan.Domain.Tests.Critique;

public sealed class RiskRadarTests
{
    private static Finding Finding(string rule, FindingSeverity severity = FindingSeverity.Error) =>
        new(rule, severity, "plan", "Something is wrong.", "Fix it.");

    [Fact]
    public void The_radar_lists_the_eight_reasons_in_the_documented_order() =>
        Assert.Equal(
            ["customer-understanding", "communication", "commitment", "resource-competence", "time-requirements", "coordination", "follow-through", "focus"],
            PlanCritic.Critique(SoundPlan.Build(), SoundPlan.Today).Risks.Select(risk => risk.Id));

    [Fact]
    public void A_sound_plan_shows_no_risk() =>
        Assert.All(PlanCritic.Critique(SoundPlan.Build(), SoundPlan.Today).Risks, risk =>
        {
            Assert.Equal(0, risk.Score);
            Assert.Empty(risk.Because);
        });

    [Fact]
    public void Unanswered_customer_questions_raise_customer_understanding()
    {
        var risk = RiskRadar.Score([Finding("GP103")]).Single(risk => risk.Id == "customer-understanding");

        Assert.Equal(60, risk.Score);
        Assert.Equal(["GP103"], risk.Because);
    }

    [Fact]
    public void Each_finding_adds_its_weight_up_to_a_cap_of_100_and_the_reasons_are_listed_by_rule_id()
    {
        Assert.Equal(80, RiskRadar.Score([Finding("GP401", FindingSeverity.Warning), Finding("GP201")]).Single(risk => risk.Id == "focus").Score);

        var focus = RiskRadar.Score([Finding("GP401", FindingSeverity.Warning), Finding("GP201"), Finding("GP201")]).Single(risk => risk.Id == "focus");

        Assert.Equal(100, focus.Score);
        Assert.Equal(["GP201", "GP401"], focus.Because);
    }

    [Theory]
    [InlineData(FindingSeverity.Error, 40)]
    [InlineData(FindingSeverity.Warning, 24)]
    public void An_overload_warning_weighs_less_than_an_overload_error(FindingSeverity severity, int score) =>
        Assert.Equal(score, RiskRadar.Score([Finding("GP403", severity)]).Single(risk => risk.Id == "resource-competence").Score);

    [Fact]
    public void An_info_finding_counts_half() =>
        Assert.Equal(8, RiskRadar.Score([Finding("GP303", FindingSeverity.Info)]).Single(risk => risk.Id == "time-requirements").Score);

    [Fact]
    public void An_unknown_rule_raises_no_risk() =>
        Assert.All(RiskRadar.Score([Finding("GP999")]), risk => Assert.Equal(0, risk.Score));

    [Fact]
    public void The_naive_plan_is_most_at_risk_on_follow_through_and_focus()
    {
        var risks = PlanCritic.Critique(NaivePlan.Build(), SoundPlan.Today).Risks.ToDictionary(risk => risk.Id);

        Assert.Equal(100, risks["follow-through"].Score);
        Assert.Equal(100, risks["focus"].Score);
        Assert.Contains("GP307", risks["commitment"].Because);
        Assert.Contains("GP301", risks["time-requirements"].Because);
    }

    [Fact]
    public void Every_rule_the_critic_runs_feeds_at_least_one_risk() =>
        Assert.All(PlanCritic.RuleIds, rule => Assert.Contains(RiskRadar.Ids, risk => RiskWeights.For(rule, risk) > 0));
}
