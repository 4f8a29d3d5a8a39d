using Gameplan.Domain.Critique;
using Gameplan.Domain.Pace;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Homes;

/// <summary>
/// The executive's home: the organisation plans in force (each strategy with its goals' progress and pace,
/// the strategies that are dreams, the risk radar) and what changed this week.
/// </summary>
/// <param name="WeekStart">The first day of "this week": the seven days ending today.</param>
/// <param name="Plans">The organisation plans whose period holds today and that are not closed (else the latest not closed), newest period first.</param>
/// <param name="Changes">The plans changed in the seven days, most changed first, at most <see cref="OrganizationHomeQueries.MostChangedPlans"/>.</param>
public sealed record OrganizationHomeDetails(DateOnly Today, DateOnly WeekStart, IReadOnlyList<OrganizationPlanView> Plans, IReadOnlyList<PlanChangesThisWeek> Changes);

/// <param name="Progress">The plan's goals rolled up, today (0..1); null when nothing is measured.</param>
/// <param name="ProgressWeekAgo">The same a week ago, for the change this week.</param>
/// <param name="ChildPlans">The plans that carry this one out, by status.</param>
public sealed record OrganizationPlanView(
    int Id, string Name, PlanStatus Status, DateOnly PeriodStart, DateOnly PeriodEnd, decimal? Progress, decimal? ProgressWeekAgo,
    IReadOnlyList<GoalView> Goals, IReadOnlyList<StrategyView> Strategies, IReadOnlyList<RiskScore> Risks, int Errors, int Warnings,
    IReadOnlyList<ChildPlanView> ChildPlans);

/// <param name="Key">The goal's key (<c>g1</c>).</param>
/// <param name="Progress">0..1 as the pace report computes it; null when not measured.</param>
/// <param name="Expected">The share of the goal's span gone by (<see cref="GoalPace"/>).</param>
/// <param name="Formula">How the progress is computed (the pace report's formula) and how it is judged.</param>
public sealed record GoalView(
    int Id, string Key, string Title, string? Metric, string? Unit, decimal? Value, decimal? Target, DateOnly Due,
    decimal? Progress, decimal? ProgressWeekAgo, decimal Expected, PaceStatus? Status, string Formula);

/// <param name="Goals">The keys of the goals it serves.</param>
/// <param name="Commitments">Person-commitments due so far on its tactics and in the child plans that carry it out.</param>
/// <param name="OnPace">Of those, how many are on track today.</param>
/// <param name="Dream">Why it is a dream (no tactics and no child plan; or nobody on pace); null when it is not one.</param>
public sealed record StrategyView(
    int Id, string Key, string Statement, decimal? Progress, IReadOnlyList<string> Goals, int Tactics, int ChildPlans,
    int Commitments, int OnPace, int Findings, string? Dream);

public sealed record ChildPlanView(int Id, string Name, PlanStatus Status, string? Strategy);

/// <param name="People">Who made the changes, by name.</param>
/// <param name="Latest">The newest few changes in words, newest first.</param>
public sealed record PlanChangesThisWeek(int PlanId, string Plan, int Changes, IReadOnlyList<string> People, IReadOnlyList<string> Latest, DateTimeOffset LastAt);
