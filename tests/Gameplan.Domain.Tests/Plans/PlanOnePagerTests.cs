using Gameplan.Domain.Critique;
using Gameplan.Domain.Pace;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Progress;

namespace Gameplan.Domain.Tests.Plans;

public sealed class PlanOnePagerTests
{
    private static readonly DateOnly Today = new(2027, 7, 2);

    private static PlanDocument Plan(string mission = "Keep clinics paid.", string action = "Call clinics.") => new()
    {
        Name = "East 2027",
        Scope = "team",
        Team = "East",
        Owner = "dana",
        PeriodStart = new(2027, 1, 1),
        PeriodEnd = new(2027, 12, 31),
        Mission = mission,
        Goals = [new() { Id = "g1", Title = "Win 40 clinics", Metric = "new_customers", Unit = "count", Baseline = 0, Target = 40, Due = new(2027, 12, 31), Dri = ["dana"] }],
        Strategies =
        [
            new()
            {
                Id = "s1",
                Statement = "Win multi-site clinics on savings.",
                Dri = ["dana"],
                Goals = ["g1"],
                Tactics =
                [
                    new()
                    {
                        Id = "t1", Action = action, Owner = "eva", Start = new(2027, 1, 4), Due = new(2027, 3, 31),
                        Activities = [new() { Metric = "demos_booked", Target = 2, Per = "week", Assignees = ["eva", "max"] }],
                    },
                ],
            },
        ],
        People =
        [
            new() { Handle = "dana", Name = "Dana Reyes", Role = "manager" },
            new() { Handle = "eva", Name = "Eva Lind", Role = "rep", Team = "East" },
            new() { Handle = "max", Name = "Max Olsen", Role = "rep", Team = "East" },
        ],
        Reviews = [new() { Kind = "tactical", Date = new(2027, 7, 9) }, new() { Kind = "strategic", Date = new(2027, 6, 1), Held = true }],
    };

    private static PaceReport Pace(decimal? progress) => new(
        "East 2027", Today, [], [new PaceGoalLine("g1", progress, "f", progress, 18, 0, 40, "count", GoalDirection.Increase, GoalValueSource.Measurement, Today)],
        new PaceProgressLine(progress, RollupMethod.Weighted, "f"), []);

    [Fact]
    public void The_one_pager_reads_as_a_document_with_names_progress_and_pace_and_commitments_in_words()
    {
        var critique = new CritiqueReport("East 2027", [], [new RiskScore("time-requirements", 70, ["GP301"]), new RiskScore("focus", 10, [])], new CritiqueSummary(1, 2, 0));

        var md = PlanOnePager.Write(Plan(), "Active", Pace(0.45m), critique, Today);

        Assert.StartsWith("# East 2027\n\nTeam plan of East · 1 Jan 2027 – 31 Dec 2027 · Active · owner Dana Reyes · as of 2 Jul 2027\n", md, StringComparison.Ordinal);
        Assert.Contains("**Mission.** Keep clinics paid.", md, StringComparison.Ordinal);
        // Half the year gone by, 45% done: at risk (0.45 / 0.5 = 0.9).
        Assert.Contains("| g1. Win 40 clinics | New customers | 0 → 40 | 31 Dec 2027 | 45% (at risk) | Dana Reyes |", md, StringComparison.Ordinal);
        Assert.Contains("### s1. Win multi-site clinics on savings.", md, StringComparison.Ordinal);
        Assert.Contains("DRI Dana Reyes · serves g1", md, StringComparison.Ordinal);
        Assert.Contains("- **t1** Call clinics. Owner Eva Lind, 4 Jan 2027 – 31 Mar 2027.", md, StringComparison.Ordinal);
        Assert.Contains("  - 2 demos booked a week each: Eva Lind, Max Olsen", md, StringComparison.Ordinal);
        Assert.Contains("Highest on the risk radar (0 = no sign, 100 = likely): time requirements 70, focus 10.", md, StringComparison.Ordinal);
        Assert.Contains("The critique finds 1 error and 2 warnings.", md, StringComparison.Ordinal);
        Assert.Contains("- 9 Jul 2027: Tactical review", md, StringComparison.Ordinal);
        Assert.DoesNotContain("Strategic review", md, StringComparison.Ordinal);
        Assert.DoesNotContain("eva", md.Replace("Eva", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void The_plans_own_words_cannot_make_links_html_or_table_cells()
    {
        var md = PlanOnePager.Write(Plan(mission: "See [our site](javascript:alert(1)) <script>x</script> | *now*", action: "Call | clinics\n# now\n- 1. later"), "Draft", null, null, Today);

        Assert.Contains("See \\[our site\\](javascript:alert(1)) \\<script\\>x\\</script\\> \\| \\*now\\*", md, StringComparison.Ordinal);
        Assert.DoesNotContain("](", md.Replace("\\](", "", StringComparison.Ordinal), StringComparison.Ordinal);
        // A later line of a multi-line text cannot start a heading or a list.
        Assert.Contains("Call \\| clinics\n\\# now\n\\- 1. later", md, StringComparison.Ordinal);
        Assert.DoesNotContain("## Risks", md, StringComparison.Ordinal);
        Assert.Contains("| — | Dana Reyes |", md, StringComparison.Ordinal);
    }
}
