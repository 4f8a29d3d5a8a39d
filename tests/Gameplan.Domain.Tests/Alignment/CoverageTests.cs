using Gameplan.Domain.Alignment;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Tests.Critique;

namespace Gameplan.Domain.Tests.Alignment;

public sealed class CoverageTests
{
    private static readonly PlanDocument Parent = SoundPlan.Build() with { Name = "FY2027 Sales Plan", Scope = "organization" };

    [Theory]
    [InlineData(null, null, true)]
    [InlineData(null, "count", true)]
    [InlineData(" Count ", "count", true)]
    [InlineData("currency:USD", "currency:usd", true)]
    [InlineData("currency:USD", "currency:EUR", false)]
    [InlineData("percent", null, false)]
    public void Units_compare_ignoring_case_and_spaces_and_none_means_count(string? a, string? b, bool same) =>
        Assert.Equal(same, Coverage.SameUnit(a, b));

    [Fact]
    public void Coverage_adds_the_counted_contributions_against_the_target()
    {
        var children = new[]
        {
            CascadeRuleTests.Child("East", ("e1", "g1", 60m, "count")),
            CascadeRuleTests.Child("West", ("w1", "g1", 52m, "count"), ("w2", "g1", 1000m, "currency:USD")),
        };

        var coverage = Coverage.Of(Parent with { Goals = [Parent.Goals[0] with { Target = 140 }] }, children).Single();

        Assert.Equal(112m, coverage.Covered);
        Assert.Equal(80m, coverage.Percent);
        Assert.Equal(3, coverage.Contributions.Count);
        Assert.False(coverage.Contributions[2].Counted);
        Assert.True(coverage.IsCascaded);
    }

    [Fact]
    public void Reordering_the_children_changes_nothing_but_the_order()
    {
        var east = CascadeRuleTests.Child("East", ("e1", "g1", 60m, "count"));
        var west = CascadeRuleTests.Child("West", ("w1", "g1", 15.5m, "count"));

        var one = Coverage.OfGoal(Parent.Goals[0], [east, west]);
        var other = Coverage.OfGoal(Parent.Goals[0], [west, east]);

        Assert.Equal(one.Covered, other.Covered);
        Assert.Equal(75.5m, one.Covered);
    }

    [Theory]
    [InlineData(80, 100)]
    [InlineData(0, null)]
    public void A_goal_without_a_positive_target_has_no_ratio(int target, int? percent)
    {
        var goal = Parent.Goals[0] with { Target = target };

        var coverage = Coverage.OfGoal(goal, [CascadeRuleTests.Child("East", ("e1", "g1", 80m, "count"))]);

        Assert.Equal(percent, coverage.Percent is { } p ? (int)p : null);
    }

    [Fact]
    public void A_goal_nobody_contributes_to_is_not_cascaded()
    {
        var coverage = Coverage.OfGoal(Parent.Goals[1], [CascadeRuleTests.Child("East", ("e1", "g1", 80m, "count"))]);

        Assert.False(coverage.IsCascaded);
        Assert.Equal(0m, coverage.Covered);
    }
}
