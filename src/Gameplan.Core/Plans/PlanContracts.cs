using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Gameplan.Core.Goals;
using Gameplan.Core.Organizations;
using Gameplan.Core.People;
using Gameplan.Core.Reviews;
using Gameplan.Core.Strategies;
using Gameplan.Core.Tactics;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Plans;

/// <summary>The plan period; both days inclusive.</summary>
public sealed record PeriodInput
{
    [Required]
    public DateOnly? Start { get; init; }

    [Required]
    public DateOnly? End { get; init; }
}

/// <summary>Where the business stands now and where it wants to be.</summary>
public sealed record BackgroundInput
{
    [StringLength(2000)]
    public string? Current { get; init; }

    [StringLength(2000)]
    public string? Desired { get; init; }
}

/// <summary>Who the customer is and what they value.</summary>
public sealed record CustomerInput
{
    [StringLength(2000)]
    public string? Who { get; init; }

    [StringLength(2000)]
    public string? Values { get; init; }
}

/// <summary>What a plan carries out: the parent plan (its name, or its id) and one of its strategies or goals, by key.</summary>
public sealed record ParentInput
{
    [StringLength(200)]
    public string? Plan { get; init; }

    [StringLength(40)]
    public string? Strategy { get; init; }

    [StringLength(40)]
    public string? Goal { get; init; }
}

/// <summary>The parent a plan carries out: <paramref name="PlanId"/> is null while the named plan cannot be found (an imported file's).</summary>
public sealed record ParentDetails(int? PlanId, string Plan, string? Strategy, string? Goal);

/// <summary>Creates or replaces a plan's header. People by handle, team by name, as in plan files.</summary>
public sealed record PlanRequest
{
    [Required, StringLength(200)]
    public string Name { get; init; } = "";

    public PlanScope Scope { get; init; } = PlanScope.Team;

    [StringLength(120)]
    public string? Team { get; init; }

    [StringLength(40)]
    public string? Owner { get; init; }

    [Required]
    public PeriodInput Period { get; init; } = new();

    public DateOnly? Drafted { get; init; }

    [StringLength(2000)]
    public string? Mission { get; init; }

    public BackgroundInput Background { get; init; } = new();

    public CustomerInput Customer { get; init; } = new();

    [StringLength(2000)]
    public string? DesiredResults { get; init; }

    /// <summary>The plan's own critique settings; null or an unset field uses the organisation's.</summary>
    public PlanningSettingsInput? Settings { get; init; }

    /// <summary>The parent plan and strategy this plan carries out; null for none. Only a plan the caller may read.</summary>
    public ParentInput? Parent { get; init; }
}

public sealed record PlanSummary(
    int Id,
    string Name,
    PlanScope Scope,
    string? Team,
    string? Owner,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    PlanStatus Status,
    int Goals,
    int Strategies,
    int Tactics,
    DateTimeOffset UpdatedAt);

/// <summary>
/// A whole plan: the answers, goals, strategies with their tactics and commitments, the tactics tied to
/// no strategy yet (<c>tactics</c>, as in plan files), reviews, and the plan's own critique settings.
/// </summary>
public sealed record PlanDetails(
    int Id,
    string Name,
    PlanScope Scope,
    string? Team,
    string? Owner,
    PeriodInput Period,
    DateOnly? Drafted,
    PlanStatus Status,
    string? Mission,
    BackgroundInput Background,
    CustomerInput Customer,
    string? DesiredResults,
    IReadOnlyList<GoalDetails> Goals,
    IReadOnlyList<StrategyDetails> Strategies,
    IReadOnlyList<TacticDetails> Tactics,
    IReadOnlyList<ReviewDetails> Reviews,
    IReadOnlyList<PersonDetails> People,
    PlanningSettingsInput Settings,
    int Version,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The version tag (HTTP ETag) of what a replace of it sets; not part of the JSON body.</summary>
    [JsonIgnore]
    public string ETag { get; init; } = "";

    /// <summary>The plan and strategy (or goal) this plan carries out; null for none.</summary>
    public ParentDetails? Parent { get; init; }

    /// <summary>Every tactic: those under strategies, in order, then the unplaced ones.</summary>
    public IEnumerable<TacticDetails> AllTactics() => Strategies.SelectMany(s => s.Tactics).Concat(Tactics);
}

/// <summary>A life-cycle step: submit, approve, return (to draft), close or reopen.</summary>
public enum PlanTransition
{
    Submit,
    Approve,
    Return,
    Close,
    Reopen,
}
