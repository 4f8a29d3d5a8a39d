using System.ComponentModel.DataAnnotations;

namespace Gameplan.Core.Teams;

/// <summary>Adds or changes a team; the parent team by name (null for top level).</summary>
public sealed record TeamRequest
{
    [Required, StringLength(120)]
    public string Name { get; init; } = "";

    [StringLength(120)]
    public string? Parent { get; init; }
}

public sealed record TeamDetails(int Id, string Name, string? Parent, int Members);
