using Gameplan.Domain.Critique;

namespace Gameplan.Domain.Tests.Critique;

public sealed class ActivityRuleTests
{
    private const string Prospecting = "strategies[s1].tactics[t1]";

    /// <summary>Minutes prospected by each person on every working day from the tactic's start up to <paramref name="until"/>.</summary>
    private static ActivityFacts Prospected(DateOnly until, params (string Person, int Minutes)[] people) =>
        new([.. Enumerable.Range(0, until.DayNumber - new DateOnly(2027, 1, 4).DayNumber + 1)
            .Select(offset => new DateOnly(2027, 1, 4).AddDays(offset))
            .Where(day => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .SelectMany(day => people.Select(person => new ActivityFact(day, person.Person, "prospecting_minutes", person.Minutes)))]);

    private static List<Finding> Findings(string rule, ActivityFacts facts) =>
        [.. PlanCritic.Critique(SoundPlan.Build(), SoundPlan.Today, facts).Findings
            .Where(finding => finding.Rule == rule && finding.Path == Prospecting)];

    [Fact]
    public void Without_activity_data_the_pace_rules_do_not_run()
    {
        var rules = PlanCritic.Critique(SoundPlan.Build(), SoundPlan.Today).Findings.Select(finding => finding.Rule);

        Assert.DoesNotContain("GP501", rules);
        Assert.DoesNotContain("GP502", rules);
    }

    [Theory]
    [InlineData(60, null)]
    [InlineData(48, null)]
    [InlineData(45, FindingSeverity.Warning)]
    [InlineData(30, FindingSeverity.Warning)]
    [InlineData(20, FindingSeverity.Error)]
    public void A_pace_below_eighty_percent_is_a_warning_and_below_half_an_error(int benMinutesPerDay, FindingSeverity? severity)
    {
        var findings = Findings("GP501", Prospected(SoundPlan.Today, ("ana", 60), ("ben", benMinutesPerDay)));

        Assert.Equal(severity, findings.SingleOrDefault()?.Severity);
        Assert.All(findings, finding => Assert.StartsWith("ben is on pace for", finding.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Activity_logged_against_another_tactic_does_not_count()
    {
        var facts = new ActivityFacts([.. Prospected(SoundPlan.Today, ("ana", 60), ("ben", 60)).Entries.Select(entry => entry with { TacticId = "t9" })]);

        Assert.Equal(2, Findings("GP501", facts).Count);
    }

    [Fact]
    public void Pace_is_not_judged_in_a_tactic_first_week() =>
        Assert.DoesNotContain(PlanCritic.Critique(SoundPlan.Build(), new(2027, 1, 8), new ActivityFacts([])).Findings, finding => finding.Rule == "GP501");

    [Theory]
    [InlineData("2027-01-25", 1)]
    [InlineData("2027-01-26", 0)]
    public void An_active_tactic_idle_for_seven_days_is_reported(string lastLogged, int expected)
    {
        var findings = Findings("GP502", Prospected(DateOnly.Parse(lastLogged), ("ana", 60), ("ben", 60)));

        Assert.Equal(expected, findings.Count);
    }

    [Fact]
    public void A_tactic_that_never_saw_activity_is_idle_since_it_started()
    {
        var finding = Assert.Single(Findings("GP502", new ActivityFacts([])));

        Assert.Contains("since it started", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finished_tactic_is_not_idle() =>
        Assert.DoesNotContain(PlanCritic.Critique(SoundPlan.Build(), new(2027, 4, 15), new ActivityFacts([])).Findings,
            finding => finding.Rule == "GP502" && finding.Path == Prospecting);
}
