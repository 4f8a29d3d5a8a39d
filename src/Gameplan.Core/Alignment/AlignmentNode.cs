using System.Text.Json.Serialization;
using Gameplan.Domain.Pace;

namespace Gameplan.Core.Alignment;

/// <summary>
/// One node of the alignment tree: a plan, a goal, a strategy, a tactic or a commitment, with who
/// answers for it, its status and progress, and what hangs under it (a strategy's tactics and the
/// plans that carry it out, a plan's goals and strategies...).
/// </summary>
/// <param name="Kind"><c>plan</c>, <c>goal</c>, <c>strategy</c>, <c>tactic</c> or <c>commitment</c>.</param>
/// <param name="Id">The element's id (a plan's id for a plan; the element's own id otherwise).</param>
/// <param name="Key">The element's key in its plan (<c>g1</c>, <c>s2</c>, <c>t3</c>); null for a plan or a commitment.</param>
/// <param name="Title">What it says: the plan's name, the goal's title, the strategy's statement, the tactic's action, the commitment ("60 minutes of prospecting a day").</param>
/// <param name="Owner">The handle of who answers for it (owner, DRI; <c>team</c> for a team-owned tactic).</param>
/// <param name="Status">The plan's or tactic's life-cycle status; null otherwise.</param>
/// <param name="Progress">Goal, strategy and plan progress (0..1, from the roll-up); null when it cannot be measured.</param>
/// <param name="Pace">A commitment's or tactic's pace: the weakest of its people's; null before it starts to count.</param>
/// <param name="Coverage">For a goal that child plans contribute to: "112 of 140 (80%)".</param>
public sealed record AlignmentNode(
    string Kind,
    int Id,
    string? Key,
    string Title,
    string? Owner,
    string? Status,
    decimal? Progress,
    PaceStatus? Pace,
    AlignmentCoverage? Coverage,
    IReadOnlyList<AlignmentNode> Children)
{
    /// <summary>The plan this node belongs to (its own id for a plan).</summary>
    [JsonPropertyName("plan_id")]
    public int PlanId { get; init; }
}

/// <summary>How much of a goal's target the child plans cover, in the goal's unit.</summary>
public sealed record AlignmentCoverage(decimal Covered, decimal? Target, decimal? Ratio, string Text);
