using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Reviews;

/// <summary>Schedules or records a review of a plan.</summary>
public sealed record ReviewRequest
{
    public ReviewKind Kind { get; init; } = ReviewKind.Tactical;

    [Required]
    public DateOnly? Date { get; init; }

    public bool Held { get; init; }

    [StringLength(4000)]
    public string? Notes { get; init; }

    /// <summary>For a one-on-one, the handle of the person coached.</summary>
    [StringLength(40)]
    public string? Person { get; init; }
}

public sealed record ReviewDetails(int Id, ReviewKind Kind, DateOnly Date, bool Held, string? Notes, string? Person)
{
    /// <summary>The version tag (HTTP ETag) of what a replace of it sets; not part of the JSON body.</summary>
    [JsonIgnore]
    public string ETag { get; init; } = "";
}
