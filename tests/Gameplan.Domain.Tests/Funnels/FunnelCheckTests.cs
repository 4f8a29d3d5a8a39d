using Gameplan.Domain.Funnels;

namespace Gameplan.Domain.Tests.Funnels;

public sealed class FunnelCheckTests
{
    private static List<string> Fields(FunnelDocument funnel) => [.. FunnelCheck.Errors(funnel).Select(error => error.Field)];

    [Fact]
    public void The_example_funnel_is_valid()
    {
        Assert.Empty(FunnelCheck.Errors(FunnelPlan.Funnel()));
    }

    [Theory]
    [InlineData(0.0, "funnel.stages[0].rate")]
    [InlineData(-0.1, "funnel.stages[0].rate")]
    [InlineData(1.5, "funnel.stages[0].rate")]
    public void A_rate_of_zero_or_above_one_names_the_stage_rate(double rate, string field)
    {
        var errors = FunnelCheck.Errors(FunnelPlan.Funnel(calls: (decimal)rate));

        var error = Assert.Single(errors);
        Assert.Equal(field, error.Field);
        Assert.Contains("above 0 and at most 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_metric_a_missing_rate_a_rate_on_the_last_stage_and_a_repeated_metric_each_name_their_field()
    {
        var funnel = new FunnelDocument
        {
            DealValue = 1000,
            Stages =
            [
                new() { Metric = "calls", Rate = 0.1m },
                new() { Metric = " ", Rate = 0.5m },
                new() { Metric = "CALLS", Rate = 0.5m },
                new() { Metric = "meetings" },
                new() { Metric = "deals", Rate = 0.5m },
            ],
        };

        Assert.Equal(["funnel.stages[1].metric", "funnel.stages[2].metric", "funnel.stages[3].rate", "funnel.stages[4].rate"], Fields(funnel));
    }

    [Fact]
    public void Deal_value_cycle_currency_and_stage_count_are_checked()
    {
        var funnel = new FunnelDocument { DealValue = 0, CycleDays = -1, Currency = "dollars", Stages = [new() { Metric = "deals" }] };

        Assert.Equal(["funnel.deal_value", "funnel.currency", "funnel.cycle_days", "funnel.stages"], Fields(funnel));
        var thrown = Assert.Throws<DomainRuleException>(() => FunnelCheck.Require(funnel));
        Assert.Equal("funnel.deal_value", thrown.Field);
    }

    [Fact]
    public void Common_activities_have_documented_default_minutes_and_stated_minutes_win()
    {
        Assert.Equal(5m, new FunnelStageDocument { Metric = " Calls" }.MinutesEach);
        Assert.Equal(45m, new FunnelStageDocument { Metric = "meetings" }.MinutesEach);
        Assert.Equal(60m, new FunnelStageDocument { Metric = "demos" }.MinutesEach);
        Assert.Null(new FunnelStageDocument { Metric = "opportunities" }.MinutesEach);
        Assert.Equal(12m, new FunnelStageDocument { Metric = "calls", Minutes = 12 }.MinutesEach);
    }
}
