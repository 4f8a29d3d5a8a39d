using System.Text.RegularExpressions;

namespace Gameplan.Domain.Critique;

/// <summary>
/// Scores the eight classic reasons plans fail from a plan's findings and the plan's size (ADR 0043).
/// For each reason, every rule that points to it (<see cref="RiskWeights"/>) adds
/// <c>weight x affected / elements</c>: <c>elements</c> counts what the rule checks in this plan (its
/// tactics, its goals...; the whole plan is one element), <c>affected</c> adds, for each element it
/// reports, the worst severity of its findings there: an error 1, a warning 0.5, an info 0.1. The sum
/// is capped at 100 and rounded to a whole number by <see cref="Numbers"/>. So a reason reaches 100
/// only when its rules find errors on most of what they check, one warning on one tactic of ten adds
/// a twentieth of its weight, and a plan is high only where it is weak.
/// </summary>
public static partial class RiskRadar
{
    /// <summary>What an error counts for: the plan cannot work this way.</summary>
    public const decimal ErrorWeight = 1m;

    /// <summary>What a warning counts for: a weakness worth fixing, half as sure a sign of failure as an error.</summary>
    public const decimal WarningWeight = 0.5m;

    /// <summary>What an info counts for: worth knowing, no action required; infos alone keep a reason low.</summary>
    public const decimal InfoWeight = 0.1m;

    /// <summary>The highest score.</summary>
    public const int Cap = 100;

    /// <summary>The eight reasons, in the documented order.</summary>
    public static readonly IReadOnlyList<string> Ids =
    [
        "customer-understanding", "communication", "commitment", "resource-competence",
        "time-requirements", "coordination", "follow-through", "focus",
    ];

    /// <summary>One score per reason, in <see cref="Ids"/> order, including zeros, each with its formula.</summary>
    /// <param name="findings">The plan's findings.</param>
    /// <param name="plan">The plan: how many goals, strategies, tactics and people each rule checks.</param>
    public static IReadOnlyList<RiskScore> Score(IEnumerable<Finding> findings, PlanDocument plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var shares = findings.GroupBy(finding => finding.Rule, StringComparer.Ordinal)
            .Select(group => Share(group.Key, [.. group], plan))
            .OrderBy(share => share.Rule, StringComparer.Ordinal)
            .ToList();
        return [.. Ids.Select(id => Score(id, shares))];
    }

    private static RiskScore Score(string id, List<RuleShare> shares)
    {
        var terms = shares
            .Select(share => (share, Weight: RiskWeights.For(share.Rule, id)))
            .Where(term => term.Weight > 0 && term.share.Affected > 0)
            .ToList();
        if (terms.Count == 0)
        {
            return new RiskScore(id, 0, [], "no finding = 0");
        }
        var total = terms.Sum(term => term.Weight * term.share.Affected / term.share.Elements);
        var score = (int)Numbers.Round(Math.Min(Cap, total), 0);
        var sum = string.Join(" + ", terms.Select(term => term.share.Term(term.Weight)));
        var formula = total > Cap ? $"min({Cap}, {sum}) = {score}" : $"{sum} = {score}";
        return new RiskScore(id, score, [.. terms.Select(term => term.share.Rule)], formula);
    }

    private static RuleShare Share(string rule, List<Finding> findings, PlanDocument plan)
    {
        var scope = RiskWeights.ScopeOf(rule);
        // Each element counts once, at its worst finding. A finding on the plan from a rule that checks
        // goals, tactics or people (GP503 names each person who stopped checking in) is an element of its own.
        var worst = findings
            .Select((finding, index) => (finding, Key: KindOf(finding.Path) is var kind && (scope & kind) != 0
                ? (kind == RiskScope.Plan ? "plan" : finding.Path) : $"#{index}"))
            .GroupBy(item => item.Key, StringComparer.Ordinal)
            .Select(group => group.Max(item => Weight(item.finding.Severity)))
            .ToList();
        return new RuleShare(rule, scope, worst.Sum(), Math.Max(Count(scope, plan), worst.Count));
    }

    private static decimal Weight(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => ErrorWeight,
        FindingSeverity.Warning => WarningWeight,
        _ => InfoWeight,
    };

    private static int Count(RiskScope scope, PlanDocument plan) =>
        (scope.HasFlag(RiskScope.Plan) ? 1 : 0)
        + (scope.HasFlag(RiskScope.Goals) ? plan.Goals.Count : 0)
        + (scope.HasFlag(RiskScope.Strategies) ? plan.Strategies.Count : 0)
        + (scope.HasFlag(RiskScope.Tactics) ? plan.Strategies.Sum(strategy => strategy.Tactics.Count) + plan.Tactics.Count : 0)
        + (scope.HasFlag(RiskScope.People) ? plan.People.Count : 0);

    /// <summary>The kind of element a finding's path names: <c>goals[g1]</c> a goal, <c>strategies[s1].tactics[t2]</c> a tactic; <c>plan</c>, <c>reviews</c>, <c>funnel.stages[1]</c> the whole plan.</summary>
    private static RiskScope KindOf(string path)
    {
        var match = Element().Match(path);
        return !match.Success ? RiskScope.Plan : match.Groups["kind"].Value switch
        {
            "goals" => RiskScope.Goals,
            "strategies" => RiskScope.Strategies,
            "tactics" => RiskScope.Tactics,
            _ => RiskScope.People,
        };
    }

    [GeneratedRegex(@"^(?:strategies\[[^\]]*\]\.(?<kind>tactics)|(?<kind>goals|strategies|tactics|people))\[[^\]]*\]$")]
    private static partial Regex Element();

    /// <summary>A rule's part of a reason: <see cref="Affected"/> (severity-weighted elements) out of <see cref="Elements"/>.</summary>
    private sealed record RuleShare(string Rule, RiskScope Scope, decimal Affected, int Elements)
    {
        public string Term(int weight) => Scope == RiskScope.Plan && Elements == 1
            ? $"{Rule} {weight}x{Numbers.Quantity(Affected)}"
            : $"{Rule} {weight}x{Numbers.Quantity(Affected)}/{Elements} {Noun(Scope)}";

        private static string Noun(RiskScope scope) => string.Join("+", Enum.GetValues<RiskScope>()
            .Where(kind => scope.HasFlag(kind))
            .Select(kind => kind.ToString().ToLowerInvariant()));
    }
}
