using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Goals;

/// <summary>Creates or replaces a goal. A draft goal may lack metric, target or due; the critique says so.</summary>
public sealed record GoalRequest
{
    [StringLength(40)]
    public string? Key { get; init; }

    [Required, StringLength(300)]
    public string Title { get; init; } = "";

    [StringLength(100)]
    public string? Metric { get; init; }

    [StringLength(40)]
    public string? Unit { get; init; }

    public decimal? Baseline { get; init; }

    public decimal? Target { get; init; }

    public DateOnly? Due { get; init; }

    /// <summary>Handle of the one directly responsible person.</summary>
    [StringLength(40)]
    public string? Dri { get; init; }

    public GoalDirection? Direction { get; init; }

    [Range(typeof(decimal), "0", "1000000")]
    public decimal? Weight { get; init; }

    /// <summary>The parent plan's goal this goal contributes to, and how much; null for none.</summary>
    public ContributionInput? ContributesTo { get; init; }
}

/// <summary>A goal's share of a goal of the parent plan: the parent goal's key and the amount in its unit (none: the goal's own target).</summary>
public sealed record ContributionInput
{
    /// <summary>The parent goal's key; blank with no amount means no contribution (an empty form section).</summary>
    [StringLength(40)]
    public string? Goal { get; init; }

    [Range(typeof(decimal), "0", "99999999999999")]
    public decimal? Amount { get; init; }
}

public sealed record GoalDetails(
    int Id,
    string Key,
    string Title,
    string? Metric,
    string? Unit,
    decimal? Baseline,
    decimal? Target,
    DateOnly? Due,
    GoalDirection Direction,
    decimal Weight,
    string? Dri)
{
    /// <summary>The version tag (HTTP ETag) of what a replace of it sets; not part of the JSON body.</summary>
    [JsonIgnore]
    public string ETag { get; init; } = "";

    /// <summary>The parent plan's goal this goal contributes to, and how much; null for none.</summary>
    public ContributionInput? ContributesTo { get; init; }
}
