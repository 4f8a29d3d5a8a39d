namespace Gameplan.Domain.Versions;

/// <summary>Why a version of a plan was stored: it was submitted for review (or sent back to review), or approved.</summary>
public enum PlanVersionKind
{
    Submitted,
    Approved,
}
