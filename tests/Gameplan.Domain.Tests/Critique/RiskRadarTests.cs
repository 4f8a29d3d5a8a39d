using Gameplan.Domain.Critique;

namespace Gameplan.Domain.Tests.Critique;

public sealed class RiskRadarTests
{
    // A reason at or above High is one of the plan's weaknesses; at or below Low it is not (the page's meter turns at 34 and 67).
    private const int High = 50;
    private const int Low = 33;

    [Fact]
    public void The_radar_lists_the_eight_reasons_in_the_documented_order() =>
        Assert.Equal(
            ["customer-understanding", "communication", "commitment", "resource-competence", "time-requirements", "coordination", "follow-through", "focus"],
            PlanCritic.Critique(SoundPlan.Build(), SoundPlan.Today).Risks.Select(risk => risk.Id));

    [Fact]
    public void A_sound_plan_shows_no_risk_and_says_why() =>
        Assert.All(PlanCritic.Critique(SoundPlan.Build(), SoundPlan.Today).Risks, risk =>
        {
            Assert.Equal(0, risk.Score);
            Assert.Empty(risk.Because);
            Assert.Equal("no finding = 0", risk.Formula);
        });

    [Theory]
    [InlineData(1, 10, 5, "GP308 100x0.5/10 tactics = 5")]
    [InlineData(3, 10, 15, "GP308 100x1.5/10 tactics = 15")]
    [InlineData(10, 10, 50, "GP308 100x5/10 tactics = 50")]
    [InlineData(1, 1, 50, "GP308 100x0.5/1 tactics = 50")]
    public void A_warning_counts_by_the_share_of_the_elements_it_affects(int unacknowledged, int tactics, int commitment, string formula)
    {
        var findings = Enumerable.Range(1, unacknowledged).Select(index => On(Tactic(index), "GP308", FindingSeverity.Warning));

        var risk = Risk(RiskRadar.Score(findings, Plan(tactics)), "commitment");

        Assert.Equal(commitment, risk.Score);
        Assert.Equal(formula, risk.Formula);
    }

    [Theory]
    [InlineData(FindingSeverity.Error, 25)]
    [InlineData(FindingSeverity.Warning, 13)]
    [InlineData(FindingSeverity.Info, 3)]
    public void An_error_counts_whole_a_warning_half_and_an_info_a_tenth(FindingSeverity severity, int score) =>
        Assert.Equal(score, Risk(RiskRadar.Score([On(Tactic(1), "GP303", severity)], Plan(4)), "time-requirements").Score);

    [Fact]
    public void An_element_counts_once_at_its_worst_finding()
    {
        // Two people off pace on the same tactic, one far off: that tactic is one affected element, an error.
        var risk = Risk(RiskRadar.Score([On(Tactic(1), "GP501", FindingSeverity.Warning), On(Tactic(1), "GP501", FindingSeverity.Error)], Plan(2)), "follow-through");

        Assert.Equal(50, risk.Score);
        Assert.Equal("GP501 100x1/2 tactics = 50", risk.Formula);
    }

    [Fact]
    public void A_finding_on_the_whole_plan_is_its_own_term_weighted_by_its_severity()
    {
        var risk = Risk(RiskRadar.Score([On("plan", "GP301", FindingSeverity.Warning), On(Tactic(1), "GP110", FindingSeverity.Error)], Plan(4)), "time-requirements");

        Assert.Equal(65, risk.Score);
        Assert.Equal("GP110 100x1/4 tactics + GP301 80x0.5 = 65", risk.Formula);
        Assert.Equal(["GP110", "GP301"], risk.Because);
    }

    [Fact]
    public void A_rule_that_names_people_on_the_plan_counts_each_person_it_names()
    {
        // GP503 says on the plan which person stopped checking in: two of four people.
        var plan = Plan(1) with { People = [new() { Handle = "a" }, new() { Handle = "b" }, new() { Handle = "c" }, new() { Handle = "d" }] };

        var risk = Risk(RiskRadar.Score([On("plan", "GP503", FindingSeverity.Warning), On("plan", "GP503", FindingSeverity.Warning)], plan), "follow-through");

        Assert.Equal("GP503 80x1/4 people = 20", risk.Formula);
    }

    [Fact]
    public void The_sum_is_capped_at_100_and_the_formula_says_so()
    {
        var risk = Risk(RiskRadar.Score([On("plan", "GP401", FindingSeverity.Warning), On("goals", "GP104", FindingSeverity.Error), On("strategies[s1]", "GP202", FindingSeverity.Warning)], Plan(1)), "focus");

        Assert.Equal(100, risk.Score);
        Assert.Equal("min(100, GP104 70x1 + GP202 100x0.5/1 strategies + GP401 100x0.5) = 100", risk.Formula);
    }

    [Fact]
    public void An_unknown_rule_raises_no_risk() =>
        Assert.All(RiskRadar.Score([On("plan", "GP999", FindingSeverity.Error)], Plan(1)), risk => Assert.Equal(0, risk.Score));

    [Theory]
    [InlineData("no tactic has an owner", "commitment")]
    [InlineData("nobody acknowledged a commitment", "commitment")]
    [InlineData("no tactic has a due date", "time-requirements")]
    [InlineData("no resources stated", "resource-competence")]
    [InlineData("no customer", "customer-understanding")]
    [InlineData("no reviews", "follow-through")]
    [InlineData("strategies serve no goal", "coordination")]
    public void A_plan_is_high_where_it_is_weak_and_low_elsewhere(string weakness, string weak)
    {
        var risks = PlanCritic.Critique(Break(SoundPlan.Build(), weakness), SoundPlan.Today).Risks;

        Assert.True(Risk(risks, weak).Score >= High, $"{weak}: {Risk(risks, weak).Formula}");
        Assert.All(risks.Where(risk => risk.Id != weak), risk => Assert.True(risk.Score <= Low, $"{risk.Id}: {risk.Formula}"));
    }

    [Fact]
    public void One_unacknowledged_commitment_in_a_sound_plan_keeps_every_reason_low()
    {
        var plan = SoundPlan.Build().WithTactic("t3", tactic => tactic with { AcknowledgedBy = [] });

        var risks = PlanCritic.Critique(plan, SoundPlan.Today).Risks;

        Assert.Equal(17, Risk(risks, "commitment").Score);
        Assert.All(risks, risk => Assert.True(risk.Score <= Low, $"{risk.Id}: {risk.Formula}"));
    }

    [Fact]
    public void The_naive_plan_is_high_where_it_is_bad_and_not_elsewhere()
    {
        var risks = PlanCritic.Critique(NaivePlan.Build(), SoundPlan.Today).Risks;

        // No customer, strategies that are results, loose tactics nobody owns and no reviews; nothing about people, resources or other plans.
        Assert.All(["customer-understanding", "commitment", "follow-through", "focus"], id => Assert.True(Risk(risks, id).Score >= High, $"{id}: {Risk(risks, id).Formula}"));
        Assert.All(["resource-competence", "coordination"], id => Assert.True(Risk(risks, id).Score <= Low, $"{id}: {Risk(risks, id).Formula}"));
        Assert.True(risks.Count(risk => risk.Score == 100) <= 4, string.Join("; ", risks.Select(risk => $"{risk.Id} {risk.Score}")));
    }

    [Fact]
    public void Every_rule_the_critic_runs_feeds_at_least_one_risk() =>
        Assert.All(PlanCritic.RuleIds, rule => Assert.Contains(RiskRadar.Ids, risk => RiskWeights.For(rule, risk) > 0));

    private static PlanDocument Break(PlanDocument plan, string weakness) => weakness switch
    {
        "no tactic has an owner" => Tactics(plan, tactic => tactic with { Owner = null }),
        "nobody acknowledged a commitment" => Tactics(plan, tactic => tactic with { AcknowledgedBy = [] }),
        "no tactic has a due date" => Tactics(plan, tactic => tactic with { Due = null }),
        "no resources stated" => Tactics(plan, tactic => tactic with { Resources = null }),
        "no customer" => plan with { CustomerWho = null, CustomerValues = null },
        "no reviews" => plan with { Reviews = [] },
        "strategies serve no goal" => plan with { Strategies = [.. plan.Strategies.Select(strategy => strategy with { Goals = [] })] },
        _ => throw new ArgumentOutOfRangeException(nameof(weakness)),
    };

    private static PlanDocument Tactics(PlanDocument plan, Func<TacticDocument, TacticDocument> change) =>
        plan.Strategies.SelectMany(strategy => strategy.Tactics).Aggregate(plan, (changed, tactic) => changed.WithTactic(tactic.Id!, change));

    private static RiskScore Risk(IEnumerable<RiskScore> risks, string id) => risks.Single(risk => risk.Id == id);

    private static string Tactic(int index) => $"strategies[s1].tactics[t{index}]";

    private static Finding On(string path, string rule, FindingSeverity severity) => new(rule, severity, path, "Something is wrong.", "Fix it.");

    private static PlanDocument Plan(int tactics) => new()
    {
        Name = "Radar",
        Strategies = [new() { Id = "s1", Tactics = [.. Enumerable.Range(1, tactics).Select(index => new TacticDocument { Id = $"t{index}" })] }],
    };
}
