using Gameplan.Domain.Critique;

namespace Gameplan.Domain.Tests.Funnels;

public sealed class FunnelRuleTests
{
    private static List<Finding> Findings(PlanDocument plan, string rule, ActivityFacts? facts = null, DateOnly? today = null) =>
        [.. PlanCritic.Critique(plan, today ?? FunnelPlan.Today, facts).Findings.Where(finding => finding.Rule == rule)];

    [Fact]
    public void GP611_is_an_error_below_half_a_warning_below_all_and_gone_once_the_commitments_cover_the_calls()
    {
        // 20, 40 and 80 calls a working day for two people over 128 days: 5,120, 10,240 and 20,480 of 18,670.
        var error = Assert.Single(Findings(FunnelPlan.Build(), "GP611"));
        var warning = Assert.Single(Findings(FunnelPlan.Build(activities: [FunnelPlan.Calls(40)]), "GP611"));

        Assert.Equal((FindingSeverity.Error, "goals[g1]"), (error.Severity, error.Path));
        Assert.Equal(
            "The commitments give 27% of the calls that goal 'Reach 4.5M in revenue' needs at these rates: 5,120 of 18,670 from 2027-01-04 to 2027-07-31.",
            error.Message);
        Assert.Equal(FindingSeverity.Warning, warning.Severity);
        Assert.Contains("55%", warning.Message, StringComparison.Ordinal);
        Assert.Empty(Findings(FunnelPlan.Build(activities: [FunnelPlan.Calls(80)]), "GP611"));
    }

    [Fact]
    public void GP611_feeds_the_time_requirements_risk()
    {
        var report = PlanCritic.Critique(FunnelPlan.Build(), FunnelPlan.Today);
        var covered = PlanCritic.Critique(FunnelPlan.Build(activities: [FunnelPlan.Calls(80)]), FunnelPlan.Today);

        var risk = report.Risks.Single(score => score.Id == "time-requirements");
        Assert.Contains("GP611", risk.Because);
        Assert.True(risk.Score > covered.Risks.Single(score => score.Id == "time-requirements").Score);
    }

    [Fact]
    public void GP612_reports_a_modelled_goal_without_a_commitment_on_the_first_stage()
    {
        var finding = Assert.Single(Findings(FunnelPlan.Build(activities: [FunnelPlan.Calls(metric: "emails")]), "GP612"));

        Assert.Equal("goals[g1]", finding.Path);
        Assert.Equal("Goal 'Reach 4.5M in revenue' needs 18,670 calls by 2027-07-31, but no tactic commits anyone to calls.", finding.Message);
        Assert.Empty(Findings(FunnelPlan.Build(), "GP612"));
        Assert.Empty(Findings(FunnelPlan.Build() with { Funnel = null }, "GP612"));
    }

    [Fact]
    public void GP613_times_the_required_calls_by_their_default_minutes_against_each_person_s_capacity()
    {
        // 62.23 calls a person a working day x 5 minutes x 5 days = 25.9 hours a week.
        Assert.Empty(Findings(FunnelPlan.Build(), "GP613"));

        var findings = Findings(FunnelPlan.Build(capacity: 20), "GP613");

        Assert.Equal(2, findings.Count);
        Assert.Equal("Goal 'Reach 4.5M in revenue' needs 25.9 hours a week of ana's funnel activity, more than a capacity of 20 hours.", findings[0].Message);
    }

    [Fact]
    public void GP613_uses_the_stage_s_own_minutes()
    {
        var funnel = FunnelPlan.Funnel() with
        {
            Stages = [.. FunnelPlan.Funnel().Stages.Select((stage, index) => index == 0 ? stage with { Minutes = 8 } : stage)],
        };

        // 62.23 x 8 / 60 x 5 = 41.5 hours a week.
        Assert.Contains("41.5 hours", Assert.IsType<Finding>(Findings(FunnelPlan.Build(funnel), "GP613")[0]).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GP614_needs_a_reliable_sample_far_below_the_assumed_rate()
    {
        // Today is 1 June; the window is 4 March to 1 June, and the calls it converts sit 20 days earlier (61 / 3 steps).
        var today = new DateOnly(2027, 6, 1);
        ActivityFacts Facts(decimal calls, decimal meetings) => new([
            new(new(2027, 4, 1), "ana", "calls", calls),
            new(new(2027, 5, 20), "ana", "meetings", meetings),
            new(new(2027, 5, 25), "ana", "calls", 1000), // after the lagged window: converts later
        ]);

        var finding = Assert.Single(Findings(FunnelPlan.Build(), "GP614", Facts(400, 20), today));
        Assert.Equal((FindingSeverity.Warning, "funnel.stages[0]"), (finding.Severity, finding.Path));
        Assert.StartsWith("The funnel assumes 10% of calls reach meetings, but the last 90 days show 5% (20 of 400; 95% interval 3-8%)", finding.Message, StringComparison.Ordinal);

        Assert.Empty(Findings(FunnelPlan.Build(), "GP614", Facts(20, 1), today)); // a sample of 20
        Assert.Empty(Findings(FunnelPlan.Build(), "GP614", Facts(400, 36), today)); // 9%: inside the interval
        Assert.Empty(Findings(FunnelPlan.Build(), "GP614", null, today)); // no activity data
    }
}
