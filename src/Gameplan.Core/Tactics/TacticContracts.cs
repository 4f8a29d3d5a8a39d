using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Gameplan.Core.Commitments;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Tactics;

/// <summary>Creates or replaces a tactic: a concrete, time-bound action.</summary>
public sealed record TacticRequest
{
    [StringLength(40)]
    public string? Key { get; init; }

    [Required, StringLength(500)]
    public string Action { get; init; } = "";

    /// <summary>A person's handle, <c>team</c> (everyone in the plan's team), or null for nobody yet.</summary>
    [StringLength(40)]
    public string? Owner { get; init; }

    /// <summary>Handles of the people who drafted it.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    public DateOnly? Start { get; init; }

    public DateOnly? Due { get; init; }

    /// <summary>Tools or resources; an empty list means "none needed", null means "not stated".</summary>
    public IReadOnlyList<string>? Resources { get; init; }

    [Range(typeof(decimal), "0", "100000")]
    public decimal? EffortHours { get; init; }

    public TacticStatus Status { get; init; } = TacticStatus.Planned;

    /// <summary>On update, the id of another strategy of the plan to move the tactic to (an unplaced tactic is placed there).</summary>
    public int? StrategyId { get; init; }
}

/// <summary>A tactic; <see cref="StrategyId"/> is null while it is tied to no strategy.</summary>
public sealed record TacticDetails(
    int Id,
    string Key,
    int? StrategyId,
    string Action,
    string? Owner,
    IReadOnlyList<string> Authors,
    DateOnly? Start,
    DateOnly? Due,
    IReadOnlyList<string>? Resources,
    decimal? EffortHours,
    TacticStatus Status,
    IReadOnlyList<CommitmentDetails> Commitments)
{
    /// <summary>The version tag (HTTP ETag) of what a replace of it sets; not part of the JSON body.</summary>
    [JsonIgnore]
    public string ETag { get; init; } = "";
}
