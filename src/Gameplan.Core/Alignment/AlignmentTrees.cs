using Gameplan.Core.Commitments;
using Gameplan.Core.Plans;
using Gameplan.Core.Tactics;
using Gameplan.Domain;
using Gameplan.Domain.Alignment;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Pace;

namespace Gameplan.Core.Alignment;

/// <summary>
/// Builds the alignment tree from plans already read: each plan with its goals (and their coverage),
/// its strategies with their tactics and commitments and, under each strategy, the plans that carry
/// it out; plans that carry out the whole plan or one of its goals hang under the plan. Pure.
/// </summary>
internal static class AlignmentTrees
{
    /// <param name="plans">The plans the reader may see, with their documents and pace reports.</param>
    /// <param name="roots">The ids of the plans to start from, in order.</param>
    public static IReadOnlyList<AlignmentNode> Build(IReadOnlyDictionary<int, (PlanDetails Plan, PlanDocument Document, PaceReport Pace)> plans, IReadOnlyList<int> roots)
    {
        var children = plans.Values
            .Where(p => p.Plan.Parent?.PlanId is { } parent && plans.ContainsKey(parent))
            .ToLookup(p => p.Plan.Parent!.PlanId!.Value, p => p.Plan.Id);
        var built = new HashSet<int>();
        return [.. roots.Where(plans.ContainsKey).Select(id => Plan(id))];

        AlignmentNode Plan(int id)
        {
            built.Add(id);
            var (plan, document, pace) = plans[id];
            var paceLines = PaceLines(pace);
            var kids = children[id].Where(k => !built.Contains(k)).Select(k => plans[k].Plan).ToList();
            var documents = kids.Select(k => plans[k.Id].Document).ToList();
            var nodes = new List<AlignmentNode>();
            foreach (var goal in plan.Goals)
            {
                var line = pace.Goals.FirstOrDefault(g => Coverage.Names(g.Id, goal.Key));
                var coverage = Coverage.OfGoal(document.Goals.First(g => Coverage.Names(g.Id, goal.Key)), documents);
                var under = kids.Where(k => k.Parent!.Strategy is null && Coverage.Names(k.Parent.Goal, goal.Key)).Select(k => Plan(k.Id)).ToList();
                nodes.Add(new AlignmentNode("goal", goal.Id, goal.Key, goal.Title, goal.Dri, null, line?.Progress, null,
                    coverage.IsCascaded ? Describe(coverage) : null, under)
                { PlanId = id });
            }
            foreach (var strategy in plan.Strategies)
            {
                var line = pace.Strategies.FirstOrDefault(s => Coverage.Names(s.Id, strategy.Key));
                var under = strategy.Tactics.Select(t => Tactic(id, t, paceLines))
                    .Concat(kids.Where(k => Coverage.Names(k.Parent!.Strategy, strategy.Key)).Where(k => !built.Contains(k.Id)).Select(k => Plan(k.Id)))
                    .ToList();
                nodes.Add(new AlignmentNode("strategy", strategy.Id, strategy.Key, strategy.Statement, strategy.Dri, null, line?.Progress, null, null, under) { PlanId = id });
            }
            nodes.AddRange(plan.Tactics.Select(t => Tactic(id, t, paceLines)));
            // Plans that carry out the whole plan, or a strategy or goal it does not have (any more).
            nodes.AddRange(kids.Where(k => !built.Contains(k.Id)).Select(k => Plan(k.Id)));
            return new AlignmentNode("plan", plan.Id, null, plan.Name, plan.Owner ?? plan.Team, ApiName(plan.Status.ToString()),
                pace.PlanProgress.Value, null, null, nodes)
            { PlanId = id };
        }
    }

    /// <summary>
    /// A plan's pace lines by tactic key and metric (as <see cref="Coverage.Names"/> and the metric compare them: trimmed key,
    /// ignoring case): a team commitment has a line per member, so scanning every line for every commitment grew with the square.
    /// </summary>
    private static ILookup<(string Tactic, string Metric), PaceCommitmentLine> PaceLines(PaceReport pace) =>
        pace.Commitments.Where(l => !string.IsNullOrWhiteSpace(l.Tactic)).ToLookup(l => (l.Tactic!.Trim(), l.Metric), TacticMetric.Comparer);

    private static AlignmentNode Tactic(int planId, TacticDetails tactic, ILookup<(string Tactic, string Metric), PaceCommitmentLine> pace)
    {
        var commitments = tactic.Commitments.Select(c => Commitment(planId, tactic, c, pace)).ToList();
        return new AlignmentNode("tactic", tactic.Id, tactic.Key, tactic.Action, tactic.Owner, ApiName(tactic.Status.ToString()), null,
            Weakest(commitments.Select(c => c.Pace)), null, commitments)
        { PlanId = planId };
    }

    private static AlignmentNode Commitment(int planId, TacticDetails tactic, CommitmentDetails commitment, ILookup<(string Tactic, string Metric), PaceCommitmentLine> pace)
    {
        var lines = string.IsNullOrWhiteSpace(tactic.Key) ? [] : pace[(tactic.Key.Trim(), commitment.Metric)];
        var title = FormattableString.Invariant($"{Numbers.Format(commitment.Target, 2)} {commitment.Unit} of {commitment.Metric} per {ApiName(commitment.Per.ToString())}");
        var who = commitment.Assignees switch
        {
            Domain.Plans.AssigneeMode.Team => TacticOwners.Team,
            Domain.Plans.AssigneeMode.Named => string.Join(", ", commitment.People),
            _ => tactic.Owner,
        };
        return new AlignmentNode("commitment", commitment.Id, null, title, who, null, null, Weakest(lines.Select(l => (PaceStatus?)l.Status)), null, []) { PlanId = planId };
    }

    /// <summary>The weakest pace among people: off track beats at risk beats on track; not started counts only when nothing else does.</summary>
    private static PaceStatus? Weakest(IEnumerable<PaceStatus?> statuses)
    {
        var known = statuses.OfType<PaceStatus>().ToList();
        return known.Contains(PaceStatus.OffTrack) ? PaceStatus.OffTrack
            : known.Contains(PaceStatus.AtRisk) ? PaceStatus.AtRisk
            : known.Contains(PaceStatus.OnTrack) ? PaceStatus.OnTrack
            : known.Count > 0 ? PaceStatus.NotStarted
            : null;
    }

    private static AlignmentCoverage Describe(GoalCoverage coverage)
    {
        var text = coverage.Target is { } target
            ? FormattableString.Invariant($"{Numbers.Format(coverage.Covered, 2, grouped: true)} of {Numbers.Format(target, 2, grouped: true)}{(coverage.Percent is { } p ? $" ({Numbers.Format(p, 0)}%)" : "")}")
            : FormattableString.Invariant($"{Numbers.Format(coverage.Covered, 2, grouped: true)}");
        return new AlignmentCoverage(coverage.Covered, coverage.Target, Numbers.RoundRatio(coverage.Ratio), text);
    }

    /// <summary>An enum name as the API spells it (<c>InReview</c> is <c>in_review</c>).</summary>
    private static string ApiName(string name) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(name);

    /// <summary>Compares (tactic key, metric) pairs ignoring case, as the pace lines are matched to commitments.</summary>
    private sealed class TacticMetric : IEqualityComparer<(string Tactic, string Metric)>
    {
        public static readonly TacticMetric Comparer = new();

        public bool Equals((string Tactic, string Metric) x, (string Tactic, string Metric) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Tactic, y.Tactic) && StringComparer.OrdinalIgnoreCase.Equals(x.Metric, y.Metric);

        public int GetHashCode((string Tactic, string Metric) key) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(key.Tactic), StringComparer.OrdinalIgnoreCase.GetHashCode(key.Metric));
    }
}
