using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Commitments;

/// <summary>Creates or replaces a measurable activity commitment of a tactic.</summary>
public sealed record CommitmentRequest
{
    [Required, StringLength(100)]
    public string Metric { get; init; } = "";

    [Required, StringLength(40)]
    public string Unit { get; init; } = "count";

    [Range(typeof(decimal), "0.0001", "1000000000")]
    public decimal Target { get; init; }

    public CommitmentPer Per { get; init; } = CommitmentPer.Day;

    public AssigneeMode Assignees { get; init; } = AssigneeMode.Owner;

    /// <summary>Handles, when <see cref="Assignees"/> is <c>named</c>.</summary>
    public IReadOnlyList<string> People { get; init; } = [];
}

public sealed record CommitmentDetails(
    int Id,
    int TacticId,
    string Metric,
    string Unit,
    decimal Target,
    CommitmentPer Per,
    AssigneeMode Assignees,
    IReadOnlyList<string> People,
    IReadOnlyList<string> AcknowledgedBy)
{
    /// <summary>The version tag (HTTP ETag) of what a replace of it sets; not part of the JSON body.</summary>
    [JsonIgnore]
    public string ETag { get; init; } = "";
}

/// <summary>A person's acceptance of a commitment, by handle.</summary>
public sealed record AcknowledgementRequest
{
    [Required, StringLength(40)]
    public string Person { get; init; } = "";
}
