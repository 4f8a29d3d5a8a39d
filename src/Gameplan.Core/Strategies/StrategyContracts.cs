using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Gameplan.Core.Tactics;

namespace Gameplan.Core.Strategies;

/// <summary>Creates or replaces a strategy: a choice of where and how to win.</summary>
public sealed record StrategyRequest
{
    [StringLength(40)]
    public string? Key { get; init; }

    [Required, StringLength(500)]
    public string Statement { get; init; } = "";

    [StringLength(40)]
    public string? Dri { get; init; }

    /// <summary>Keys of the goals this strategy serves.</summary>
    public IReadOnlyList<string> Goals { get; init; } = [];
}

public sealed record StrategyDetails(
    int Id,
    string Key,
    string Statement,
    string? Dri,
    IReadOnlyList<string> Goals,
    IReadOnlyList<TacticDetails> Tactics)
{
    /// <summary>The version tag (HTTP ETag) of what a replace of it sets; not part of the JSON body.</summary>
    [JsonIgnore]
    public string ETag { get; init; } = "";
}
