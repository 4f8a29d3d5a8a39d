using Gameplan.Domain.Alignment;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Alignment;

/// <summary>One strategy or goal of a plan that another plan may carry out or contribute to.</summary>
/// <param name="Unit">A goal's unit (null for a strategy, or a goal that states none: count).</param>
/// <param name="Target">A goal's target; null for a strategy.</param>
public sealed record ParentElement(string Key, string Text, string? Unit = null, decimal? Target = null);

/// <summary>A plan a person may name as the parent of another: its strategies and goals.</summary>
public sealed record ParentChoice(int Id, string Name, PlanScope Scope, DateOnly PeriodStart, DateOnly PeriodEnd,
    IReadOnlyList<ParentElement> Strategies, IReadOnlyList<ParentElement> Goals);

/// <summary>A plan that carries out this one, as its parent's page lists it.</summary>
/// <param name="Readable">False when the reader may not open it: then only its existence and numbers show, not its name.</param>
public sealed record ChildPlan(int Id, string Name, PlanScope Scope, PlanStatus Status, string? Strategy, string? Goal, bool Readable);

/// <summary>How far the child plans cover each goal of a plan, and which plans carry it out.</summary>
public sealed record PlanCoverage(IReadOnlyList<GoalCoverage> Goals, IReadOnlyList<ChildPlan> Children)
{
    public static PlanCoverage None { get; } = new([], []);

    /// <summary>The coverage of goal <paramref name="key"/>, when a child contributes to it.</summary>
    public GoalCoverage? Of(string key) => Goals.FirstOrDefault(g => g.IsCascaded && string.Equals(g.Goal, key, StringComparison.OrdinalIgnoreCase));
}
