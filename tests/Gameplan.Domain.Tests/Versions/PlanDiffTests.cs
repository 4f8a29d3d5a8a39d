using Gameplan.Domain.Versions;

namespace Gameplan.Domain.Tests.Versions;

public sealed class PlanDiffTests
{
    private static PlanNode Plan(params PlanNode[] children) => new("plan", null, [new("name", "FY2027")], children);

    private static PlanNode Goal(string id, string target = "140", params PlanNode[] children) => new("goals", id, [new("title", "New customers"), new("target", target)], children);

    private static PlanNode Strategy(string id, params PlanNode[] tactics) => new("strategies", id, [new("statement", $"Win {id}")], tactics);

    private static PlanNode Tactic(string id, string due = "2027-03-31", params PlanNode[] activities) =>
        new("tactics", id, [new("action", $"Do {id}"), new("due", due)], activities, MatchesAnywhere: true);

    private static PlanNode Activity(string metric, string target) => new("activities", metric, [new("target", target)], []);

    private static string Describe(PlanDiffResult diff) =>
        string.Join(" | ", diff.Changes.Select(c => $"{c.Change.ToString().ToLowerInvariant()} {c.Path}"
            + string.Concat(c.Fields.Select(f => $" {f.Field}:{f.Old ?? "-"}->{f.New ?? "-"}"))));

    public static TheoryData<string, PlanNode, PlanNode, string> Cases => new()
    {
        { "the same plan", Plan(Goal("g1"), Strategy("s1", Tactic("t1"))), Plan(Goal("g1"), Strategy("s1", Tactic("t1"))), "" },
        { "order alone", Plan(Goal("g1"), Goal("g2"), Strategy("s1", Tactic("t1"), Tactic("t2"))), Plan(Goal("g2"), Goal("g1"), Strategy("s1", Tactic("t2"), Tactic("t1"))), "" },
        { "a field", Plan(Strategy("s1", Tactic("t2"))), Plan(Strategy("s1", Tactic("t2", due: "2027-04-30"))), "changed strategies[s1].tactics[t2] due:2027-03-31->2027-04-30" },
        { "a plan field", Plan(), new PlanNode("plan", null, [new("name", "FY2028")], []), "changed plan name:FY2027->FY2028" },
        { "a field left out", Plan(Goal("g1")), Plan(new PlanNode("goals", "g1", [new("title", "New customers")], [])), "changed goals[g1] target:140->-" },
        { "an element added, its children not again", Plan(), Plan(Strategy("s1", Tactic("t1", activities: Activity("calls", "50")))), "added strategies[s1]" },
        { "an element removed, its children not again", Plan(Goal("g1"), Strategy("s1", Tactic("t1"))), Plan(Goal("g1")), "removed strategies[s1]" },
        { "a child added to an element that stayed", Plan(Strategy("s1", Tactic("t1"))), Plan(Strategy("s1", Tactic("t1", activities: Activity("calls", "50")))), "added strategies[s1].tactics[t1].activities[calls]" },
        { "a renamed key is a removal and an addition", Plan(Goal("g1")), Plan(Goal("g9")), "added goals[g9] | removed goals[g1]" },
        {
            "a tactic moved to another strategy, with its activities and a changed field",
            Plan(Strategy("s1", Tactic("t2", activities: Activity("calls", "50"))), Strategy("s2")),
            Plan(Strategy("s1"), Strategy("s2", Tactic("t2", due: "2027-05-31", activities: Activity("calls", "50")))),
            "moved strategies[s2].tactics[t2] parent:strategies[s1]->strategies[s2] due:2027-03-31->2027-05-31"
        },
        { "a tactic moved out of a strategy to the plan", Plan(Strategy("s1", Tactic("t3"))), Plan(Strategy("s1"), Tactic("t3")), "moved tactics[t3] parent:strategies[s1]->plan" },
        { "a tactic kept while its strategy is removed", Plan(Strategy("s1", Tactic("t1")), Strategy("s2")), Plan(Strategy("s2", Tactic("t1"))), "moved strategies[s2].tactics[t1] parent:strategies[s1]->strategies[s2] | removed strategies[s1]" },
        { "a goal's measurement under the same goal", Plan(Goal("g1", "140", new PlanNode("measurements", "2027-01-31", [new("value", "12")], []))), Plan(Goal("g1", "140", new PlanNode("measurements", "2027-01-31", [new("value", "15")], []))), "changed goals[g1].measurements[2027-01-31] value:12->15" },
        { "a section that occurs once", Plan(new PlanNode("settings", null, [new("max_strategies", "5")], [])), Plan(new PlanNode("settings", null, [new("max_strategies", "7")], [])), "changed settings max_strategies:5->7" },
        { "the same key twice is told apart by its place", Plan(Goal("g1"), Goal("g1", "10")), Plan(Goal("g1"), Goal("g1", "20")), "changed goals[g1]#2 target:10->20" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Elements_match_by_kind_and_key_and_each_difference_is_one_change(string situation, PlanNode older, PlanNode newer, string expected)
    {
        var diff = PlanDiff.Compare(older, newer);

        Assert.True(expected == Describe(diff), $"{situation}: expected '{expected}', got '{Describe(diff)}'");
        Assert.Equal(expected.Length == 0, diff.Same);
    }

    [Fact]
    public void The_summary_counts_each_kind_of_change()
    {
        var older = Plan(Goal("g1"), Goal("g2"), Strategy("s1", Tactic("t1"), Tactic("t2")), Strategy("s2"));
        var newer = Plan(Goal("g1", "150"), Goal("g3"), Strategy("s1", Tactic("t1")), Strategy("s2", Tactic("t2")));

        var summary = PlanDiff.Compare(older, newer).Summary;

        Assert.Equal(new PlanDiffSummary(Added: 1, Removed: 1, Changed: 1, Moved: 1), summary);
        Assert.Equal(4, summary.Total);
    }
}
