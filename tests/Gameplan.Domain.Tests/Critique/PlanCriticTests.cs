using Gameplan.Domain.Critique;

namespace Gameplan.Domain.Tests.Critique;

public sealed class PlanCriticTests
{
    [Fact]
    public void The_sound_example_plan_has_no_error_or_warning()
    {
        var report = PlanCritic.Critique(SoundPlan.Build(), SoundPlan.Today);

        Assert.DoesNotContain(report.Findings, finding => finding.Severity != FindingSeverity.Info);
        Assert.False(report.HasErrors);
    }

    [Fact]
    public void The_naive_example_plan_gets_the_findings_its_header_promises()
    {
        var report = PlanCritic.Critique(NaivePlan.Build(), SoundPlan.Today);

        string[] promised = ["GP103", "GP105", "GP106", "GP107", "GP109", "GP110", "GP201", "GP301", "GP306", "GP307"];
        Assert.Empty(promised.Except(report.Findings.Select(finding => finding.Rule)));
        Assert.True(report.HasErrors);
    }

    [Fact]
    public void Every_results_posing_as_strategies_in_the_naive_plan_is_called_a_goal() =>
        Assert.Equal(["strategies[s1]", "strategies[s2]", "strategies[s3]"],
            NaivePlan.Build().FindingsOf("GP201").Select(finding => finding.Path));

    [Fact]
    public void Findings_are_ordered_by_severity_then_path()
    {
        var findings = PlanCritic.Critique(NaivePlan.Build(), SoundPlan.Today).Findings;

        var sorted = findings.OrderBy(finding => finding.Severity).ThenBy(finding => finding.Path, StringComparer.Ordinal).ToList();
        Assert.Equal(sorted.Select(finding => (finding.Severity, finding.Path)), findings.Select(finding => (finding.Severity, finding.Path)));
        Assert.Equal(FindingSeverity.Error, findings[0].Severity);
    }

    [Fact]
    public void The_summary_counts_the_findings_by_severity()
    {
        var report = PlanCritic.Critique(NaivePlan.Build().WithTactic("t1", tactic => tactic with { Due = new(2027, 4, 15) }), SoundPlan.Today);

        Assert.Equal(report.Findings.Count(finding => finding.Severity == FindingSeverity.Error), report.Summary.Errors);
        Assert.Equal(report.Findings.Count(finding => finding.Severity == FindingSeverity.Warning), report.Summary.Warnings);
        Assert.Equal(1, report.Summary.Infos);
        Assert.Equal("2027 Sales Plan", report.Plan);
    }

    [Fact]
    public void An_empty_plan_is_critiqued_not_crashed_on()
    {
        var report = PlanCritic.Critique(new PlanDocument(), SoundPlan.Today);

        string[] expected = ["GP101", "GP102", "GP103", "GP104", "GP306"];
        Assert.Empty(expected.Except(report.Findings.Select(finding => finding.Rule)));
    }

    [Fact]
    public void Items_with_nothing_but_gaps_are_critiqued_not_crashed_on()
    {
        var plan = new PlanDocument
        {
            Scope = "team",
            Goals = [new()],
            Strategies = [new() { Tactics = [new() { Activities = [new()] }] }],
            Tactics = [new()],
            People = [new()],
            Reviews = [new()],
        };

        var rules = PlanCritic.Critique(plan, SoundPlan.Today).Findings.Select(finding => finding.Rule);

        string[] expected = ["GP105", "GP106", "GP108", "GP109", "GP110", "GP111", "GP112", "GP113", "GP114"];
        Assert.Empty(expected.Except(rules));
    }

    [Fact]
    public void Every_rule_of_the_table_is_run() =>
        Assert.Equal(
            [.. Enumerable.Range(101, 14).Concat(Enumerable.Range(201, 3)).Concat(Enumerable.Range(301, 8))
                .Concat(Enumerable.Range(401, 4)).Concat(Enumerable.Range(501, 3)).Concat(Enumerable.Range(601, 4)).Concat(Enumerable.Range(611, 4)).Select(n => $"GP{n}")],
            PlanCritic.RuleIds);
}
