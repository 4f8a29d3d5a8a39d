using Gameplan.Domain.Plans;
using Gameplan.Domain.Progress;

namespace Gameplan.Domain.Tests.Progress;

public sealed class GoalRollupTests
{
    /// <summary>Three products at $100k, $20k and $1k, half, a quarter and all of the way there.</summary>
    private static readonly GoalProgress[] Products =
    [
        Goal("p1", 0.5m, 100_000m, weight: 1m),
        Goal("p2", 0.25m, 20_000m, weight: 2m),
        Goal("p3", 1m, 1_000m, weight: 1m),
    ];

    private static GoalProgress Goal(string id, decimal? raw, decimal target, string unit = "currency:USD", decimal weight = 1m) =>
        new(id, unit, GoalDirection.Increase, 0m, target, raw * target, null, GoalValueSource.Measurement, raw, "", weight);

    [Theory]
    [InlineData(null, RollupMethod.ValueWeighted, "0.462809917355371900826446281", "(0.5x100000 + 0.25x20000 + 1x1000) / 121000 = 0.463")]
    [InlineData("value-weighted", RollupMethod.ValueWeighted, "0.462809917355371900826446281", "(0.5x100000 + 0.25x20000 + 1x1000) / 121000 = 0.463")]
    [InlineData("weighted", RollupMethod.Weighted, "0.5", "(0.5x1 + 0.25x2 + 1x1) / 4 = 0.5")]
    [InlineData("average", RollupMethod.Average, "0.5833333333333333333333333333", "(0.5 + 0.25 + 1) / 3 = 0.583")]
    [InlineData(" Weakest ", RollupMethod.Weakest, "0.25", "min(0.5, 0.25, 1) = 0.25")]
    [InlineData("nonsense", RollupMethod.ValueWeighted, "0.462809917355371900826446281", "(0.5x100000 + 0.25x20000 + 1x1000) / 121000 = 0.463")]
    public void Goals_roll_up_by_the_plan_s_method_with_a_formula_of_the_numbers(string? setting, RollupMethod method, string value, string formula)
    {
        var rollup = GoalRollup.Combine(Products, setting);

        Assert.Equal((method, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), formula), (rollup.Method, rollup.Value, rollup.Formula));
        Assert.Equal(["p1", "p2", "p3"], rollup.Goals);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("value-weighted")]
    public void Goals_in_different_units_are_averaged_unless_a_method_is_set(string? setting)
    {
        var rollup = GoalRollup.Combine([Goal("g1", 0.5m, 80m, "count"), Goal("g2", 1m, 5m, "percent")], setting);

        Assert.Equal((RollupMethod.Average, 0.75m, "(0.5 + 1) / 2 = 0.75"), (rollup.Method, rollup.Value, rollup.Formula));
    }

    [Fact]
    public void Progress_past_the_target_counts_as_one_and_below_the_baseline_as_zero()
    {
        var rollup = GoalRollup.Combine([Goal("g1", 3m, 10m), Goal("g2", -0.5m, 10m)], "average");

        Assert.Equal((0.5m, "(1 + 0) / 2 = 0.5"), (rollup.Value, rollup.Formula));
    }

    [Fact]
    public void Goals_without_progress_are_left_out_and_named()
    {
        var rollup = GoalRollup.Combine([Goal("g1", 0.4m, 10m), Goal("g2", null, 10m)], "weakest");

        Assert.Equal((0.4m, "min(0.4) = 0.4 (left out, no progress: g2)"), (rollup.Value, rollup.Formula));
        Assert.Equal(["g1"], rollup.Goals);
    }

    [Theory]
    [InlineData("weighted")]
    [InlineData(null)]
    public void Without_any_goal_progress_there_is_no_value(string? setting)
    {
        var rollup = GoalRollup.Combine([], setting);

        Assert.Equal((null, "no goal with a progress"), (rollup.Value, rollup.Formula));
    }

    [Fact]
    public void Weights_that_add_up_to_nothing_fall_back_to_the_average()
    {
        var rollup = GoalRollup.Combine([Goal("g1", 0.2m, 10m, weight: 0m), Goal("g2", 0.4m, 10m, weight: -1m)], "weighted");

        Assert.Equal((RollupMethod.Average, 0.3m), (rollup.Method, rollup.Value));
    }
}
