using Gameplan.Domain.Critique;

namespace Gameplan.Domain.Tests.Critique;

// The sound plan runs from Friday 1 January 2027, is owned by dana and commits ana and ben; today is Monday 1 February:
// the weeks due on Fridays 1, 8, 15, 22 and 29 January are over.
public sealed class CheckInRuleTests
{
    private static readonly DateOnly[] EveryFriday = [new(2027, 1, 1), new(2027, 1, 8), new(2027, 1, 15), new(2027, 1, 22), new(2027, 1, 29)];

    private static List<Finding> Findings(CheckInFacts? facts) =>
        [.. PlanCritic.Critique(SoundPlan.Build(), SoundPlan.Today, checkIns: facts).Findings.Where(finding => finding.Rule == "GP503")];

    private static CheckInFacts Facts(Dictionary<string, IReadOnlyList<DateOnly>> checkIns, Dictionary<string, DateOnly>? joined = null) =>
        new(DayOfWeek.Friday, checkIns, joined);

    [Fact]
    public void Without_check_in_data_GP503_does_not_run()
    {
        Assert.Empty(Findings(null));
    }

    [Fact]
    public void Everyone_who_checked_in_every_week_is_not_reported()
    {
        Assert.Empty(Findings(Facts(new() { ["dana"] = EveryFriday, ["ana"] = EveryFriday, ["BEN"] = EveryFriday })));
    }

    [Fact]
    public void Two_weeks_missed_in_a_row_is_a_warning_naming_the_person_and_the_last_check_in()
    {
        var findings = Findings(Facts(new() { ["dana"] = EveryFriday, ["ana"] = EveryFriday, ["ben"] = EveryFriday[..3] }));

        var finding = Assert.Single(findings);
        Assert.Equal((FindingSeverity.Warning, "plan"), (finding.Severity, finding.Path));
        Assert.Equal("ben has not checked in for 2 weeks in a row (last on 2027-01-15).", finding.Message);
    }

    [Fact]
    public void The_owner_counts_too_and_one_week_missed_or_a_late_joiner_is_not_yet_a_lapse()
    {
        // Ana joined on 25 January: only the week due on the 29th is hers, and one miss is not two.
        var findings = Findings(Facts(
            new() { ["ana"] = [], ["ben"] = EveryFriday[..4] },
            new() { ["ana"] = new DateOnly(2027, 1, 25) }));

        var finding = Assert.Single(findings);
        Assert.Equal("dana has not checked in for 5 weeks in a row (none since the plan started).", finding.Message);
    }

    [Fact]
    public void A_lapsed_check_in_raises_the_risk_of_not_following_the_plan()
    {
        var lapsed = PlanCritic.Critique(SoundPlan.Build(), SoundPlan.Today, checkIns: Facts(new() { ["dana"] = EveryFriday, ["ana"] = EveryFriday, ["ben"] = [] }));
        var kept = PlanCritic.Critique(SoundPlan.Build(), SoundPlan.Today, checkIns: Facts(new() { ["dana"] = EveryFriday, ["ana"] = EveryFriday, ["ben"] = EveryFriday }));

        Assert.True(Score(lapsed) > Score(kept));
    }

    private static int Score(CritiqueReport report) => report.Risks.Single(risk => risk.Id == "follow-through").Score;
}
