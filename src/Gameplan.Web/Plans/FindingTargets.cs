using System.Text.RegularExpressions;
using Gameplan.Core.Plans;

namespace Gameplan.Web.Plans;

/// <summary>Turns a finding's path (<c>strategies[s1].tactics[t1]</c>, <c>goals[g2]</c>, <c>reviews</c>) into its place on the plan page and its edit form.</summary>
internal static partial class FindingTargets
{
    /// <param name="rule">The finding's rule: an unacknowledged commitment (GP308) is fixed where its assignees acknowledge it, the tactic's commitments on the plan page.</param>
    public static (string? Anchor, string? Edit) Of(PlanDetails plan, string path, string? rule = null)
    {
        var last = Segment().Matches(path).LastOrDefault();
        var (kind, key) = last is null ? (path, "") : (last.Groups["kind"].Value, last.Groups["key"].Value);
        var tactic = plan.AllTactics().FirstOrDefault(t => t.Key == key);
        return kind switch
        {
            // The funnel rules are fixed where the funnel's numbers are: the commitments against what the goal requires, or the rates.
            "goals" when rule is "GP611" or "GP612" or "GP613" && plan.Goals.FirstOrDefault(g => g.Key == key) is { } modelled =>
                ($"goal-{modelled.Id}", $"/plans/{plan.Id}/funnel#funnel-{modelled.Key}"),
            "stages" when rule == "GP614" => (null, $"/plans/{plan.Id}/funnel/edit"),
            "tactics" when tactic is not null && rule == "GP308" => ($"tactic-{tactic.Id}", $"/plans/{plan.Id}#tactic-{tactic.Id}"),
            "goals" when plan.Goals.FirstOrDefault(g => g.Key == key) is { } goal => ($"goal-{goal.Id}", $"/plans/{plan.Id}/goals/{goal.Id}/edit"),
            "strategies" when plan.Strategies.FirstOrDefault(s => s.Key == key) is { } strategy => ($"strategy-{strategy.Id}", $"/plans/{plan.Id}/strategies/{strategy.Id}/edit"),
            "tactics" when tactic is not null => ($"tactic-{tactic.Id}", $"/plans/{plan.Id}/tactics/{tactic.Id}/edit"),
            "reviews" => ("reviews", $"/plans/{plan.Id}/reviews/new"),
            "goals" => ("goals", $"/plans/{plan.Id}/goals/new"),
            "strategies" => ("strategies", $"/plans/{plan.Id}/strategies/new"),
            "plan" => ("questions", $"/plans/{plan.Id}/edit"),
            _ => (null, null),
        };
    }

    [GeneratedRegex(@"(?<kind>[a-z]+)\[(?<key>[^\]]+)\]")]
    private static partial Regex Segment();
}
