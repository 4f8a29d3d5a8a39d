namespace Gameplan.Domain.Cycles;

/// <summary>Where a team's or a person's plan for a cycle stands.</summary>
public enum CycleStatus
{
    /// <summary>No plan for the period yet.</summary>
    None,

    /// <summary>A draft never submitted.</summary>
    Draft,

    /// <summary>Submitted, waiting for its approver.</summary>
    InReview,

    /// <summary>A draft again after its approver returned it.</summary>
    Returned,

    /// <summary>Approved (active, or already closed).</summary>
    Approved,
}
