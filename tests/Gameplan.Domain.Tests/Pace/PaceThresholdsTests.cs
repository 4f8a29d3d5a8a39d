using Gameplan.Domain.Pace;

namespace Gameplan.Domain.Tests.Pace;

public sealed class PaceThresholdsTests
{
    [Theory]
    [InlineData(1.0, PaceStatus.OnTrack)]
    [InlineData(0.99, PaceStatus.AtRisk)]
    [InlineData(0.96, PaceStatus.AtRisk)]
    [InlineData(0.8, PaceStatus.AtRisk)]
    [InlineData(0.79, PaceStatus.OffTrack)]
    [InlineData(0.0, PaceStatus.OffTrack)]
    public void The_defaults_are_the_rule_before_thresholds_were_settings(double attainment, PaceStatus status)
    {
        Assert.Equal((100, 80), (PaceThresholds.Default.OnTrackPercent, PaceThresholds.Default.AtRiskPercent));
        Assert.Equal(status, PaceThresholds.Default.Status((decimal)attainment));
    }

    [Theory]
    [InlineData(0.96, 95, 70, PaceStatus.OnTrack)]
    [InlineData(0.94, 95, 70, PaceStatus.AtRisk)]
    [InlineData(0.70, 95, 70, PaceStatus.AtRisk)]
    [InlineData(0.69, 95, 70, PaceStatus.OffTrack)]
    [InlineData(1.05, 110, 100, PaceStatus.AtRisk)]
    public void The_organisations_thresholds_decide_the_status(double attainment, int onTrack, int atRisk, PaceStatus status) =>
        Assert.Equal(status, new PaceThresholds(onTrack, atRisk).Status((decimal)attainment));

    [Fact]
    public void Nothing_due_is_not_started_whatever_the_thresholds() =>
        Assert.Equal(PaceStatus.NotStarted, new PaceThresholds(95, 70).Status(null));

    [Theory]
    [InlineData(0, 80, "on_track_percent")]
    [InlineData(201, 80, "on_track_percent")]
    [InlineData(100, 0, "at_risk_percent")]
    [InlineData(100, 100, "at_risk_percent")]
    [InlineData(90, 95, "at_risk_percent")]
    public void A_bad_threshold_is_refused_naming_its_field(int onTrack, int atRisk, string field)
    {
        var error = Assert.Throws<DomainRuleException>(() => new PaceThresholds(onTrack, atRisk));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void The_calculator_decides_a_commitments_status_with_the_plans_thresholds()
    {
        Assert.Equal(PaceStatus.OnTrack, PaceCalculator.Status(0.96m, new PaceThresholds(95, 70)));
        Assert.Equal(PaceStatus.AtRisk, PaceCalculator.Status(0.96m, PaceThresholds.Default));
    }
}
