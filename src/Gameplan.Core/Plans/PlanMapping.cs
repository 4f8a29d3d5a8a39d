using Gameplan.Core.Commitments;
using Gameplan.Core.Goals;
using Gameplan.Core.Organizations;
using Gameplan.Core.People;
using Gameplan.Core.Reviews;
using Gameplan.Core.Strategies;
using Gameplan.Core.Tactics;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Plans;

/// <summary>Plan entities to response records; people appear by handle, as in plan files.</summary>
internal static class PlanMapping
{
    /// <summary>Every person id a plan refers to, for one batched lookup.</summary>
    public static IEnumerable<int?> PersonIds(StrategicPlan plan) =>
        new[] { plan.OwnerId }
            .Concat(plan.Goals.Select(g => g.DriId))
            .Concat(plan.Strategies.Select(s => s.DriId))
            .Concat(plan.Tactics.Select(t => t.OwnerId))
            .Concat(plan.Tactics.SelectMany(t => t.Authors.Select(a => (int?)a.PersonId)))
            .Concat(plan.Tactics.SelectMany(t => t.Commitments).SelectMany(c =>
                c.NamedAssignees.Select(a => (int?)a.PersonId).Concat(c.Acknowledgements.Select(a => (int?)a.PersonId))))
            .Concat(plan.Reviews.Select(r => r.PersonId));

    /// <param name="planNames">Plan names by id: the parent's is shown with the link.</param>
    public static PlanDetails ToDetails(StrategicPlan plan, PeopleIndex people, string? teamName, IReadOnlyDictionary<int, string> teamNames,
        IReadOnlyDictionary<int, string> planNames) =>
        new(
            plan.Id,
            plan.Name,
            plan.Scope,
            teamName,
            people.HandleOf(plan.OwnerId),
            new PeriodInput { Start = plan.PeriodStart, End = plan.PeriodEnd },
            plan.Drafted,
            plan.Status,
            plan.Mission,
            new BackgroundInput { Current = plan.BackgroundCurrent, Desired = plan.BackgroundDesired },
            new CustomerInput { Who = plan.CustomerWho, Values = plan.CustomerValues },
            plan.DesiredResults,
            plan.Goals.OrderBy(g => g.Id).Select(g => ToDetails(g, people)).ToList(),
            plan.Strategies.OrderBy(s => s.Position).Select(s => ToDetails(s, people)).ToList(),
            plan.UnplacedTactics.Select(t => ToDetails(t, null, people)).ToList(),
            plan.Reviews.OrderBy(r => r.Date).Select(r => ToDetails(r, people)).ToList(),
            people.All.OrderBy(p => p.Name).Select(p => PeopleMapping.ToDetails(p, p.TeamId is { } t ? teamNames.GetValueOrDefault(t) : null)).ToList(),
            PlanningSettingsInput.Of(plan.Settings),
            plan.Version,
            plan.UpdatedAt)
        {
            ETag = ElementTags.Of(plan),
            Parent = plan.Parent is { } parent
                ? new ParentDetails(parent.PlanId, parent.PlanId is { } id ? planNames.GetValueOrDefault(id, parent.PlanName ?? "") : parent.PlanName ?? "",
                    parent.StrategyKey, parent.GoalKey)
                : null,
        };

    public static GoalDetails ToDetails(Goal goal, PeopleIndex people) =>
        new(goal.Id, goal.Key, goal.Title, goal.Metric, goal.Unit, goal.Baseline, goal.Target, goal.Due, goal.Direction, goal.Weight, people.HandleOf(goal.DriId))
        {
            ETag = ElementTags.Of(goal),
            ContributesTo = goal.ContributesTo is { } key ? new ContributionInput { Goal = key, Amount = goal.ContributionAmount } : null,
        };

    public static StrategyDetails ToDetails(Strategy strategy, PeopleIndex people) =>
        new(
            strategy.Id,
            strategy.Key,
            strategy.Statement,
            people.HandleOf(strategy.DriId),
            strategy.Goals.Select(g => g.Key).ToList(),
            strategy.Tactics.OrderBy(t => t.Position).Select(t => ToDetails(t, strategy.Id, people)).ToList())
        {
            ETag = ElementTags.Of(strategy),
        };

    public static TacticDetails ToDetails(Tactic tactic, int? strategyId, PeopleIndex people) =>
        new(
            tactic.Id,
            tactic.Key,
            strategyId,
            tactic.Action,
            tactic.OwnerIsTeam ? TacticOwners.Team : people.HandleOf(tactic.OwnerId),
            tactic.Authors.Select(a => people.HandleOf(a.PersonId)).OfType<string>().Order(StringComparer.Ordinal).ToList(),
            tactic.Start,
            tactic.Due,
            tactic.Resources?.ToList(),
            tactic.EffortHours,
            tactic.Status,
            tactic.Commitments.OrderBy(c => c.Id).Select(c => ToDetails(c, tactic.Id, people)).ToList())
        {
            ETag = ElementTags.Of(tactic, strategyId),
        };

    public static CommitmentDetails ToDetails(ActivityCommitment commitment, int tacticId, PeopleIndex people) =>
        new(
            commitment.Id,
            tacticId,
            commitment.Metric,
            commitment.Unit,
            commitment.Target,
            commitment.Per,
            commitment.Assignees,
            commitment.NamedAssignees.Select(a => people.HandleOf(a.PersonId)).OfType<string>().Order(StringComparer.Ordinal).ToList(),
            commitment.Acknowledgements.Select(a => people.HandleOf(a.PersonId)).OfType<string>().Order(StringComparer.Ordinal).ToList())
        {
            ETag = ElementTags.Of(commitment),
        };

    public static ReviewDetails ToDetails(Review review, PeopleIndex people) =>
        new(review.Id, review.Kind, review.Date, review.Held, review.Notes, people.HandleOf(review.PersonId))
        {
            ETag = ElementTags.Of(review),
        };
}
