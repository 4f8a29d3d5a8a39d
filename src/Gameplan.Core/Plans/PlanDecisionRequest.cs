using System.ComponentModel.DataAnnotations;
using Gameplan.Domain.Comments;

namespace Gameplan.Core.Plans;

/// <summary>
/// A reviewer's decision on a submitted plan. Returning it needs a <see cref="Reason"/>; approving a plan the
/// critique still finds errors in needs <see cref="Override"/> and a reason. The reason is kept as a plan-level
/// comment by the reviewer, which the author can answer. A clean plan is approved with no body at all.
/// </summary>
public sealed record PlanDecisionRequest
{
    [StringLength(Comment.MaxBodyLength)]
    public string? Reason { get; init; }

    /// <summary>Approve although the critique reports errors.</summary>
    public bool Override { get; init; }
}
