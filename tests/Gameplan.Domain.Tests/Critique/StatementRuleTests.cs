using Gameplan.Domain.Critique;

namespace Gameplan.Domain.Tests.Critique;

public sealed class StatementRuleTests
{
    [Theory]
    [InlineData("Increase sales by 50% this year.")]
    [InlineData("Close more deals each month.")]
    public void A_strategy_that_names_a_result_reads_as_a_goal(string statement)
    {
        var plan = SoundPlan.Build().WithStrategy("s1", strategy => strategy with { Statement = statement });

        var finding = Assert.Single(plan.FindingsOf("GP201"));

        Assert.Equal("strategies[s1]", finding.Path);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.StartsWith($"Strategy '{statement.TrimEnd('.')}' reads as a goal: it names a result, not where or how you will win", finding.Message);
    }

    [Fact]
    public void A_strategy_that_is_one_action_reads_as_a_tactic()
    {
        var plan = SoundPlan.Build().WithStrategy("s2", strategy => strategy with { Statement = "Send the proposal to Acme by Friday." });

        Assert.Equal("strategies[s2]", Assert.Single(plan.FindingsOf("GP202")).Path);
    }

    [Theory]
    [InlineData("Increase sales by 50% this year.", "a goal")]
    [InlineData("Focus on enterprise healthcare clients with a value-based selling approach.", "a strategy")]
    public void A_tactic_that_is_no_concrete_action_is_reported(string action, string kind)
    {
        var plan = SoundPlan.Build().WithTactic("t3", tactic => tactic with { Action = action });

        var finding = Assert.Single(plan.FindingsOf("GP203"));

        Assert.Equal("strategies[s2].tactics[t3]", finding.Path);
        Assert.Contains($"reads as {kind}", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GP201")]
    [InlineData("GP202")]
    [InlineData("GP203")]
    public void Sound_statements_and_a_weak_call_are_not_reported(string rule) =>
        // s2 of the sound plan reads as a strategy at only 0.59: below the threshold either way.
        Assert.Empty(SoundPlan.Build().FindingsOf(rule));

    [Theory]
    // Each strategy leans to a tactic, but below the classifier's confidence floor.
    [InlineData("Build a loyalty program for repeat buyers")]
    [InlineData("Develop a playbook for mid-market deals")]
    public void A_strategy_read_as_a_tactic_unsurely_is_no_finding_while_a_sure_one_is(string statement)
    {
        var reading = Gameplan.Domain.Classification.StatementClassifier.Classify(statement);
        Assert.True(reading.Unsure, $"'{statement}' must stay borderline, it reads {reading.Kind} at {reading.Confidence}");
        var unsure = SoundPlan.Build().WithStrategy("s1", strategy => strategy with { Statement = statement });
        var sure = SoundPlan.Build().WithStrategy("s1", strategy => strategy with { Statement = "Send the proposal to Acme by Friday." });

        Assert.Empty(unsure.FindingsOf("GP202"));
        Assert.Single(sure.FindingsOf("GP202"));
    }

    [Fact]
    public void A_tactic_read_as_a_strategy_unsurely_is_no_finding()
    {
        const string Borderline = "Design a new lead scoring model";
        var reading = Gameplan.Domain.Classification.StatementClassifier.Classify(Borderline);
        Assert.True(reading.Unsure, $"it must stay borderline, it reads {reading.Kind} at {reading.Confidence}");

        Assert.Empty(SoundPlan.Build().WithTactic("t3", tactic => tactic with { Action = Borderline }).FindingsOf("GP203"));
        Assert.Single(SoundPlan.Build().WithTactic("t3", tactic => tactic with { Action = "Concentrate on dental chains rather than single practices." }).FindingsOf("GP203"));
    }

    [Fact]
    public void A_concrete_tactic_is_not_reported_as_a_strategy() =>
        Assert.Empty(SoundPlan.Build().WithTactic("t3", tactic => tactic with { Action = "Spend an hour prospecting each day." }).FindingsOf("GP203"));

    [Fact]
    public void A_missing_statement_is_left_to_other_rules() =>
        Assert.Empty(SoundPlan.Build().WithStrategy("s1", strategy => strategy with { Statement = null }).FindingsOf("GP201"));
}
