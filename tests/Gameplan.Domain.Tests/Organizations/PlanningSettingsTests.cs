using Gameplan.Domain.Organizations;

namespace Gameplan.Domain.Tests.Organizations;

public sealed class PlanningSettingsTests
{
    [Theory]
    [InlineData(-1, null, null, null, "planning_window_days")]
    [InlineData(731, null, null, null, "planning_window_days")]
    [InlineData(null, 0, null, null, "max_strategies")]
    [InlineData(null, 51, null, null, "max_strategies")]
    [InlineData(null, null, 0, null, "strategic_review_days")]
    [InlineData(null, null, null, 366, "tactical_review_days")]
    public void A_number_outside_its_range_is_refused_naming_the_field(int? window, int? max, int? strategic, int? tactical, string field)
    {
        var error = Assert.Throws<DomainRuleException>(() => new PlanningSettings(window, max, strategic, tactical));

        Assert.Equal(field, error.Field);
        Assert.Contains("must be between", error.Message);
    }

    [Theory]
    [InlineData(0, 1, 1, 1)]
    [InlineData(730, 50, 730, 365)]
    public void The_ends_of_each_range_are_accepted(int window, int max, int strategic, int tactical)
    {
        var settings = new PlanningSettings(window, max, strategic, tactical);

        Assert.Equal((window, max, strategic, tactical), (settings.PlanningWindowDays!.Value, settings.MaxStrategies!.Value, settings.StrategicReviewDays!.Value, settings.TacticalReviewDays!.Value));
    }

    [Fact]
    public void Working_days_are_kept_once_each_in_week_order()
    {
        var settings = new PlanningSettings(workingDays: ["Fri", "mon", " tue ", "mon"]);

        Assert.Equal(["mon", "tue", "fri"], settings.WorkingDays!);
    }

    [Theory]
    [InlineData("funday")]
    [InlineData("")]
    public void An_unknown_working_day_is_refused(string day)
    {
        var error = Assert.Throws<DomainRuleException>(() => new PlanningSettings(workingDays: ["mon", day]));

        Assert.Equal("working_days", error.Field);
    }

    [Fact]
    public void No_working_day_at_all_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => new PlanningSettings(workingDays: []));

        Assert.Equal("working_days", error.Field);
    }

    [Fact]
    public void Holidays_are_kept_once_each_in_date_order_and_an_empty_list_stays_set()
    {
        var settings = new PlanningSettings(holidays: [new DateOnly(2027, 12, 24), new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 24)]);

        Assert.Equal([new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 24)], settings.Holidays!);
        Assert.NotNull(new PlanningSettings(holidays: []).Holidays);
    }

    [Fact]
    public void Too_many_holidays_are_refused()
    {
        var days = Enumerable.Range(0, PlanningSettings.MaxHolidays + 1).Select(i => new DateOnly(2027, 1, 1).AddDays(i));

        Assert.Equal("holidays", Assert.Throws<DomainRuleException>(() => new PlanningSettings(holidays: days)).Field);
    }

    [Theory]
    [InlineData("Weighted", "weighted")]
    [InlineData("value-weighted", "value-weighted")]
    [InlineData(" ", null)]
    public void A_known_rollup_method_is_kept_in_lower_case(string given, string? kept)
    {
        Assert.Equal(kept, new PlanningSettings(rollup: given).Rollup);
    }

    [Fact]
    public void An_unknown_rollup_method_is_refused_listing_the_known_ones()
    {
        var error = Assert.Throws<DomainRuleException>(() => new PlanningSettings(rollup: "median"));

        Assert.Equal("rollup", error.Field);
        Assert.Contains("weakest", error.Message);
    }

    [Fact]
    public void A_plan_setting_overrides_the_organisation_field_by_field()
    {
        var organization = new PlanningSettings(120, 4, workingDays: ["mon", "tue", "wed", "thu"], rollup: "average");
        var plan = new PlanningSettings(maxStrategies: 6, holidays: [new DateOnly(2027, 1, 1)]);

        var effective = plan.Over(organization);

        Assert.Equal(
            new PlanningSettings(120, 6, null, null, ["mon", "tue", "wed", "thu"], [new DateOnly(2027, 1, 1)], "average"),
            effective);
        Assert.Equal(organization, PlanningSettings.None.Over(organization));
    }

    [Fact]
    public void Settings_with_the_same_values_are_equal_and_empty_ones_say_so()
    {
        Assert.Equal(new PlanningSettings(workingDays: ["mon"]), new PlanningSettings(workingDays: ["mon"]));
        Assert.NotEqual(new PlanningSettings(workingDays: ["mon"]), new PlanningSettings(workingDays: ["tue"]));
        Assert.NotEqual(new PlanningSettings(holidays: []), PlanningSettings.None);
        Assert.True(new PlanningSettings().IsEmpty);
        Assert.False(new PlanningSettings(maxStrategies: 3).IsEmpty);
    }
}
