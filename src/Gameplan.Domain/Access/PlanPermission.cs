namespace Gameplan.Domain.Access;

/// <summary>What someone wants to do with a plan.</summary>
public enum PlanPermission
{
    /// <summary>See the plan and everything in it.</summary>
    Read,

    /// <summary>Change anything in the plan, submit it, delete it.</summary>
    Edit,

    /// <summary>Add tactics and change the tactics one authored (bottom-up participation).</summary>
    DraftTactics,

    /// <summary>Approve a submitted plan or return it to draft.</summary>
    Approve,
}
