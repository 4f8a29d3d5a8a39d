namespace Gameplan.Domain.Plans;

/// <summary>The plan-level answers: who, when, and the five strategic questions.</summary>
/// <param name="PeriodStart">First day of the plan period.</param>
/// <param name="PeriodEnd">Last day of the plan period (inclusive).</param>
/// <param name="Drafted">When planning started; the planning-window rule reads it.</param>
/// <param name="Parent">The plan and strategy this plan carries out; null for none.</param>
public sealed record PlanHeader(
    string Name,
    PlanScope Scope,
    int? TeamId,
    int? OwnerId,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateOnly? Drafted,
    string? Mission = null,
    string? BackgroundCurrent = null,
    string? BackgroundDesired = null,
    string? CustomerWho = null,
    string? CustomerValues = null,
    string? DesiredResults = null,
    PlanParent? Parent = null);
