using Gameplan.Domain.Critique;

namespace Gameplan.Domain.Tests.Critique;

/// <summary>GP601-GP604 and GP107 in the cascade: an organisation plan (the sound plan) and child plans that carry it out.</summary>
public sealed class CascadeRuleTests
{
    private static readonly PlanDocument Parent = SoundPlan.Build() with { Name = "FY2027 Sales Plan", Scope = "organization", Team = null };

    [Theory]
    [InlineData(80, null)]
    [InlineData(100, null)]
    [InlineData(79, "warning")]
    [InlineData(40, "warning")]
    [InlineData(39, "error")]
    [InlineData(0, "error")]
    public void Children_that_cover_less_than_a_parent_goal_are_a_warning_below_100_percent_and_an_error_below_half(decimal covered, string? severity)
    {
        // g1: 80 customers. Two teams share the amount.
        var children = new[] { Child("East", ("e1", "g1", covered - covered / 2, "count")), Child("West", ("w1", "g1", covered / 2, "count")) };

        var findings = Findings(Parent, new PlanFamily(null, children), "GP601");

        if (severity is null)
        {
            Assert.Empty(findings);
            return;
        }
        var finding = Assert.Single(findings);
        Assert.Equal(severity, finding.Severity.ToString().ToLowerInvariant());
        Assert.Equal("goals[g1]", finding.Path);
        Assert.Contains($"cover {Numbers.Format(covered)} of the 80 customers", finding.Message, StringComparison.Ordinal);
        Assert.Contains("East", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_goal_no_child_contributes_to_is_the_parents_own_and_not_reported()
    {
        var children = new[] { Child("East", ("e1", "g1", 80m, "count")) };

        var findings = Findings(Parent, new PlanFamily(null, children), "GP601");

        Assert.DoesNotContain(findings, f => f.Path == "goals[g2]");
    }

    [Fact]
    public void A_contribution_in_another_unit_covers_nothing_and_is_GP604_on_the_child()
    {
        var east = Child("East", ("e1", "g1", 60m, "currency:USD"));
        var west = Child("West", ("w1", "g1", 30m, "count"));

        var parentFindings = Findings(Parent, new PlanFamily(null, [east, west]), "GP601");
        var childFindings = Findings(east, new PlanFamily(Parent, []), "GP604");

        Assert.Contains("cover 30 of the 80", Assert.Single(parentFindings).Message, StringComparison.Ordinal);
        Assert.Equal("goals[e1]", Assert.Single(childFindings).Path);
        Assert.Contains("currency:USD", childFindings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contribution_without_an_amount_gives_the_child_goals_own_target()
    {
        var east = Child("East", ("e1", "g1", null, "count"));

        var findings = Findings(Parent, new PlanFamily(null, [east]), "GP601");

        // The child's goal targets 50 customers (see Child): 50 of 80 is 63%.
        Assert.Contains("cover 50 of the 80 customers", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_strategy_a_child_plan_carries_out_is_not_a_dream()
    {
        var parent = Parent.WithStrategy("s2", s => s with { Tactics = [] });
        var child = Child("East", ("e1", "g2", 5m, "percent")) with { Parent = new() { Plan = "FY2027 Sales Plan", Strategy = "s2" } };

        var alone = Rules(PlanCritic.Critique(parent, SoundPlan.Today));
        var carried = Rules(PlanCritic.Critique(parent, SoundPlan.Today, family: new PlanFamily(null, [child])));

        Assert.Contains("GP107", alone);
        Assert.DoesNotContain("GP107", carried);
        Assert.DoesNotContain("GP602", carried);
    }

    [Fact]
    public void A_parents_strategy_that_no_child_and_no_tactic_carries_out_is_GP602_beside_GP107()
    {
        var parent = Parent.WithStrategy("s2", s => s with { Tactics = [] });
        var child = Child("East", ("e1", "g1", 80m, "count")) with { Parent = new() { Plan = "FY2027 Sales Plan", Strategy = "s1" } };

        var report = PlanCritic.Critique(parent, SoundPlan.Today, family: new PlanFamily(null, [child]));

        var gp602 = Assert.Single(report.Findings, f => f.Rule == "GP602");
        Assert.Equal("strategies[s2]", gp602.Path);
        Assert.Equal(FindingSeverity.Warning, gp602.Severity);
        Assert.Contains(report.Findings, f => f.Rule == "GP107" && f.Path == "strategies[s2]");
    }

    [Theory]
    [InlineData("Nobody's Plan", "s1", null, "cannot be found")]
    [InlineData("FY2027 Sales Plan", "s9", null, "has no strategy 's9'")]
    [InlineData("FY2027 Sales Plan", null, "g9", "has no goal 'g9'")]
    [InlineData(" ", "s1", null, "names no plan")]
    public void A_parent_plan_strategy_or_goal_that_cannot_be_found_is_GP603(string plan, string? strategy, string? goal, string message)
    {
        var child = Child("East") with { Parent = new() { Plan = plan, Strategy = strategy, Goal = goal } };
        var found = plan == "FY2027 Sales Plan" ? Parent : null;

        var findings = Findings(child, new PlanFamily(found, []), "GP603");

        var finding = Assert.Single(findings);
        Assert.Equal("plan.parent", finding.Path);
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contribution_to_a_goal_the_parent_lacks_is_GP603_on_the_goal()
    {
        var child = Child("East", ("e1", "g7", 10m, "count"));

        var findings = Findings(child, new PlanFamily(Parent, []), "GP603");

        Assert.Equal("goals[e1]", Assert.Single(findings).Path);
    }

    [Fact]
    public void The_cascade_rules_do_not_run_without_a_family()
    {
        var child = Child("East", ("e1", "g7", 10m, "count")) with { Parent = new() { Plan = "Somewhere", Strategy = "s1" } };

        var rules = Rules(PlanCritic.Critique(child, SoundPlan.Today));

        Assert.DoesNotContain(rules, rule => rule.StartsWith("GP60", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sound_cascade_has_no_cascade_finding()
    {
        var east = Child("East", ("e1", "g1", 50m, "count")) with { Parent = new() { Plan = "FY2027 Sales Plan", Strategy = "s1" } };
        var west = Child("West", ("w1", "g1", 30m, "count")) with { Parent = new() { Plan = "FY2027 Sales Plan", Strategy = "s2" } };

        var parentRules = Rules(PlanCritic.Critique(Parent, SoundPlan.Today, family: new PlanFamily(null, [east, west])));
        var childRules = Rules(PlanCritic.Critique(east, SoundPlan.Today, family: new PlanFamily(Parent, [])));

        Assert.DoesNotContain(parentRules.Concat(childRules), rule => rule.StartsWith("GP60", StringComparison.Ordinal));
    }

    /// <summary>A team plan (the sound plan, renamed) whose goals contribute to the parent's goals: (id, parent goal, amount, unit).</summary>
    internal static PlanDocument Child(string team, params (string Id, string ParentGoal, decimal? Amount, string Unit)[] goals) =>
        SoundPlan.Build() with
        {
            Name = $"FY2027 {team} Plan",
            Team = team,
            Parent = new() { Plan = "FY2027 Sales Plan", Strategy = "s1" },
            Goals =
            [
                .. goals.Select(g => new GoalDocument
                {
                    Id = g.Id, Title = $"Win {g.Id}", Metric = "customers", Unit = g.Unit, Baseline = 0, Target = 50, Due = new(2027, 12, 31), Dri = ["dana"],
                    ContributesTo = new() { Goal = g.ParentGoal, Amount = g.Amount },
                }),
            ],
        };

    private static List<Finding> Findings(PlanDocument plan, PlanFamily family, string rule) =>
        [.. PlanCritic.Critique(plan, SoundPlan.Today, family: family).Findings.Where(f => f.Rule == rule)];

    private static List<string> Rules(CritiqueReport report) => [.. report.Findings.Select(f => f.Rule)];
}
