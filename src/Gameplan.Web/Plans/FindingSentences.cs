using System.Text.RegularExpressions;
using Gameplan.Web.Shared;

namespace Gameplan.Web.Plans;

/// <summary>
/// Says a rule's findings in one sentence with their count: "6 tactics have commitments not acknowledged
/// by everyone they bind". A rule about the whole plan that found one thing says it in its own words (the
/// finding's message); a rule without a sentence here names its id and the count.
/// </summary>
internal static partial class FindingSentences
{
    // The predicate for one element and for several; the noun comes from the findings' paths unless given.
    private static readonly Dictionary<string, (string One, string Many, string? Noun, string? Nouns)> Predicates = new(StringComparer.Ordinal)
    {
        ["GP105"] = ("is not measurable", "are not measurable", null, null),
        ["GP106"] = ("has no DRI", "have no DRI", null, null),
        ["GP107"] = ("has no tactics", "have no tactics", null, null),
        ["GP108"] = ("is tied to no strategy", "are tied to no strategy", null, null),
        ["GP109"] = ("has no owner", "have no owner", null, null),
        ["GP110"] = ("has no due date", "have no due date", null, null),
        ["GP111"] = ("does not state the resources it needs", "do not state the resources they need", null, null),
        ["GP112"] = ("has no measurable activity commitment", "have no measurable activity commitment", null, null),
        ["GP113"] = ("serves no goal", "serve no goal", null, null),
        ["GP114"] = ("is served by no strategy", "are served by no strategy", null, null),
        ["GP201"] = ("reads as a goal, not a choice of where or how to win", "read as goals, not choices of where or how to win", null, null),
        ["GP202"] = ("reads as a single action, too narrow for a strategy", "read as single actions, too narrow for strategies", null, null),
        ["GP203"] = ("reads as a strategy or a goal, not a concrete action", "read as strategies or goals, not concrete actions", null, null),
        ["GP302"] = ("falls outside the plan period", "fall outside the plan period", null, null),
        ["GP303"] = ("spans more than one quarter", "span more than one quarter", null, null),
        ["GP308"] = ("has commitments not acknowledged by everyone they bind", "have commitments not acknowledged by everyone they bind", null, null),
        ["GP402"] = ("is DRI for too many goals and strategies", "are DRIs for too many goals and strategies", null, null),
        ["GP403"] = ("is committed to more hours than their capacity allows, or close to it", "are committed to more hours than their capacity allows, or close to it", null, null),
        ["GP404"] = ("names someone who is not a known person", "name someone who is not a known person", null, null),
        ["GP501"] = ("is behind the pace its commitments need", "are behind the pace their commitments need", null, null),
        ["GP502"] = ("has had no activity logged for a week or more", "have had no activity logged for a week or more", null, null),
        ["GP503"] = ("has not checked in for two weeks or more", "have not checked in for two weeks or more", "person", "people"),
        ["GP601"] = ("is not fully covered by the plans that carry it out", "are not fully covered by the plans that carry them out", null, null),
        ["GP602"] = ("is carried out by no child plan and no tactic", "are carried out by no child plan and no tactic", null, null),
        ["GP603"] = ("names a parent that cannot be found", "name a parent that cannot be found", "part of the plan", "parts of the plan"),
        ["GP604"] = ("contributes to its parent goal in another unit", "contribute to their parent goals in another unit", null, null),
        ["GP611"] = ("gets less activity from its commitments than the funnel says it needs", "get less activity from their commitments than the funnel says they need", null, null),
        ["GP612"] = ("needs a first funnel activity nobody commits to", "need a first funnel activity nobody commits to", null, null),
        ["GP613"] = ("needs more activity than the people committed can do", "need more activity than the people committed can do", null, null),
        ["GP614"] = ("assumes a higher rate than the one measured", "assume higher rates than the ones measured", "funnel stage", "funnel stages"),
    };

    private static readonly Dictionary<string, (string One, string Many)> Nouns = new(StringComparer.Ordinal)
    {
        ["goals"] = ("goal", "goals"),
        ["strategies"] = ("strategy", "strategies"),
        ["tactics"] = ("tactic", "tactics"),
        ["people"] = ("person", "people"),
        ["stages"] = ("funnel stage", "funnel stages"),
    };

    /// <param name="rule">The rule id.</param>
    /// <param name="findings">Its findings on this plan.</param>
    /// <param name="count">How many elements they are about.</param>
    public static string Of(string rule, IReadOnlyList<PlacedFinding> findings, int count)
    {
        var first = findings[0].Finding;
        var kinds = findings.Select(f => Kind(f.Finding.Path)).Distinct(StringComparer.Ordinal).ToList();
        if (findings.Count == 1 && kinds is ["plan"])
        {
            return first.Message;
        }
        var (one, many) = kinds is [var kind] && Nouns.TryGetValue(kind, out var noun) ? noun : ("part of the plan", "parts of the plan");
        if (!Predicates.TryGetValue(rule, out var predicate))
        {
            return $"{rule} on {Display.Count(count, one, many)}";
        }
        return $"{Display.Count(count, predicate.Noun ?? one, predicate.Nouns ?? many)} {(count == 1 ? predicate.One : predicate.Many)}";
    }

    /// <summary>What a path names: <c>strategies[s1].tactics[t2]</c> a tactic, <c>goals[g1]</c> a goal, <c>plan</c> or <c>reviews</c> the plan.</summary>
    private static string Kind(string path) => Segment().Matches(path).LastOrDefault()?.Groups["kind"].Value is { } kind && Nouns.ContainsKey(kind) ? kind : "plan";

    [GeneratedRegex(@"(?<kind>[a-z]+)\[[^\]]+\]")]
    private static partial Regex Segment();
}
