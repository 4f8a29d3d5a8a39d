using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Gameplan.Core.Organizations;
using Gameplan.Domain;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Plans;

/// <summary>
/// The version tag (an HTTP ETag, a form's hidden version) of a plan or one of its elements: a hash of
/// exactly the fields a replace of it sets. So a tag goes stale when someone changed what a writer
/// would overwrite, and only then: adding goal B or editing goal A leaves goal A's tag, goal B's and
/// the plan header's as they were (see docs/decisions/0022-optimistic-concurrency.md). Children are
/// not part of their parent's tag (a tactic's commitments, a strategy's tactics), nor are
/// acknowledgements (the assignees' own word, which a replace of the commitment does not set).
/// </summary>
internal static class ElementTags
{
    public static string Of(StrategicPlan plan) =>
        Hash("plan", plan.Id, plan.Name, plan.Scope, plan.TeamId, plan.OwnerId, plan.PeriodStart, plan.PeriodEnd, plan.Drafted,
            plan.Status, plan.Mission, plan.BackgroundCurrent, plan.BackgroundDesired, plan.CustomerWho, plan.CustomerValues,
            plan.DesiredResults, PlanningSettingsColumn.Write(plan.Settings), plan.ParentPlanId, plan.ParentPlanName, plan.ParentStrategyKey, plan.ParentGoalKey);

    public static string Of(Goal goal) =>
        Hash("goal", goal.Id, goal.Key, goal.Title, goal.Metric, goal.Unit, Number(goal.Baseline, 4), Number(goal.Target, 4), goal.Due,
            goal.Direction, Number(goal.Weight, 4), goal.DriId, goal.ContributesTo, Number(goal.ContributionAmount, 4));

    public static string Of(Strategy strategy) =>
        Hash("strategy", strategy.Id, strategy.Key, strategy.Statement, strategy.DriId, Ids(strategy.GoalLinks.Select(l => l.Goal.Id)));

    public static string Of(Tactic tactic, int? strategyId) =>
        Hash("tactic", tactic.Id, tactic.Key, strategyId, tactic.Action, tactic.OwnerIsTeam, tactic.OwnerId, Ids(tactic.Authors.Select(a => a.PersonId)),
            tactic.Start, tactic.Due, tactic.Resources is null ? null : string.Join('\n', tactic.Resources), Number(tactic.EffortHours, 2), tactic.Status);

    public static string Of(ActivityCommitment commitment) =>
        Hash("commitment", commitment.Id, commitment.Metric, commitment.Unit, Number(commitment.Target, 4), commitment.Per, commitment.Assignees,
            Ids(commitment.NamedAssignees.Select(a => a.PersonId)));

    public static string Of(Review review) =>
        Hash("review", review.Id, review.Kind, review.Date, review.Held, review.Notes, review.PersonId);

    /// <summary>Refuses a change made against another version than <paramref name="current"/>; no expectation (null) means none is checked.</summary>
    public static void Expect(IReadOnlyCollection<string>? ifMatch, string current, string what)
    {
        if (ifMatch is not null && !ifMatch.Contains(current, StringComparer.Ordinal))
        {
            throw new PreconditionFailedException(what);
        }
    }

    // A number as the database keeps it: rounded to its column's scale (PostgreSQL rounds on save; the
    // object in memory does not) and without trailing zeros (1.0000 read back equals 1 as written).
    private static string? Number(decimal? value, int scale) =>
        value is { } v ? Numbers.Format(v, scale) : null;

    private static string Ids(IEnumerable<int> ids) => string.Join(',', ids.Order());

    private static string Hash(params object?[] fields)
    {
        var text = JsonSerializer.Serialize(fields.Select(f => f is Enum e ? e.ToString() : f));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8);
    }
}
