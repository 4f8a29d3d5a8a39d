using Gameplan.Domain.Critique;

namespace Gameplan.Domain.Tests.Critique;

/// <summary>Breaks one thing in a plan: replace a goal, strategy or tactic by id.</summary>
internal static class PlanEdits
{
    public static PlanDocument WithGoal(this PlanDocument plan, string id, Func<GoalDocument, GoalDocument> change) =>
        plan with { Goals = [.. plan.Goals.Select(goal => goal.Id == id ? change(goal) : goal)] };

    public static PlanDocument WithStrategy(this PlanDocument plan, string id, Func<StrategyDocument, StrategyDocument> change) =>
        plan with { Strategies = [.. plan.Strategies.Select(strategy => strategy.Id == id ? change(strategy) : strategy)] };

    public static PlanDocument WithTactic(this PlanDocument plan, string id, Func<TacticDocument, TacticDocument> change) =>
        plan with
        {
            Strategies = [.. plan.Strategies.Select(strategy => strategy with
            {
                Tactics = [.. strategy.Tactics.Select(tactic => tactic.Id == id ? change(tactic) : tactic)],
            })],
        };

    public static PlanDocument WithActivity(this PlanDocument plan, string tacticId, ActivityDocument activity) =>
        plan.WithTactic(tacticId, tactic => tactic with { Activities = [activity] });

    /// <summary>The findings of one rule for the plan, as of the sound plan's "today" unless given.</summary>
    public static IReadOnlyList<Finding> FindingsOf(this PlanDocument plan, string rule, DateOnly? today = null) =>
        [.. PlanCritic.Critique(plan, today ?? SoundPlan.Today).Findings.Where(finding => finding.Rule == rule)];
}
