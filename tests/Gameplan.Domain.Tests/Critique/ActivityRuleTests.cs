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

    private const string Renewals = "strategies[s2].tactics[t3]";

    private static List<Finding> Findings(string rule, ActivityFacts facts, string path = Prospecting, PlanDocument? plan = null) =>
        [.. PlanCritic.Critique(plan ?? SoundPlan.Build(), SoundPlan.Today, facts).Findings
            .Where(finding => finding.Rule == rule && finding.Path == path)];

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

    [Fact]
    public void A_pace_finding_names_the_person_the_tactic_and_the_numbers()
    {
        // 63 working days from 4 January to 31 March, 21 of them by 1 February: 45 a day projects 2835 of 3780.
        var finding = Assert.Single(Findings("GP501", Prospected(SoundPlan.Today, ("ana", 60), ("ben", 45))));

        Assert.Equal("ben is on pace for 2835 of 3780 prospecting_minutes in tactic 'Prospect for one hour every working day' (75%): "
            + "945 logged of 1260 due by 2027-02-01.", finding.Message);
    }

    [Fact]
    public void Holidays_carry_no_target()
    {
        // Two holidays: 61 working days, 20 elapsed; 45 a day (the holiday Monday too) projects 945 x 61 / 20 = 2882.25 of 3660.
        var plan = SoundPlan.Build() with { Settings = new() { Holidays = [new(2027, 1, 18), new(2027, 2, 15)] } };

        var finding = Assert.Single(Findings("GP501", Prospected(SoundPlan.Today, ("ana", 60), ("ben", 45)), plan: plan));

        Assert.StartsWith("ben is on pace for 2882.3 of 3660 ", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    // 5 renewal calls a week over 12 weeks and a Monday-to-Wednesday: a target of 63; five Mondays logged by 1 February.
    [InlineData(5, null)]
    [InlineData(4, null)]
    [InlineData(3, FindingSeverity.Warning)]
    [InlineData(2, FindingSeverity.Error)]
    public void A_weekly_commitment_is_judged_against_its_working_days_share(int callsEachMonday, FindingSeverity? severity)
    {
        var mondays = Enumerable.Range(0, 5).Select(week => new ActivityFact(new DateOnly(2027, 1, 4).AddDays(7 * week), "ben", "renewal_calls", callsEachMonday));

        var findings = Findings("GP501", new ActivityFacts([.. mondays]), Renewals);

        Assert.Equal(severity, findings.SingleOrDefault()?.Severity);
        Assert.All(findings, finding => Assert.Contains("of 63 renewal_calls", finding.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_log_answered_from_totals_finds_what_the_entries_find()
    {
        var entries = Prospected(SoundPlan.Today, ("ana", 60), ("ben", 30));
        var answered = ActivityFacts.FromTotals(entries.Total);

        Assert.Equal(Findings("GP501", entries), Findings("GP501", answered));
        Assert.Equal(Findings("GP502", Prospected(new(2027, 1, 22), ("ana", 60))), Findings("GP502", ActivityFacts.FromTotals(Prospected(new(2027, 1, 22), ("ana", 60)).Total)));
    }

    [Fact]
    public void Activity_by_people_who_are_not_assignees_does_not_keep_a_tactic_active()
    {
        var facts = new ActivityFacts([.. Prospected(new(2027, 1, 22), ("ana", 60), ("ben", 60)).Entries, .. Prospected(SoundPlan.Today, ("dana", 60)).Entries]);

        var finding = Assert.Single(Findings("GP502", facts));

        Assert.Equal("Tactic 'Prospect for one hour every working day' has had no activity logged by ana or ben since 2027-01-22, 10 days ago.", finding.Message);
    }
}
