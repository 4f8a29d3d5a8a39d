namespace Gameplan.Domain.Plans;

/// <summary>A person named on a commitment whose assignees are <see cref="AssigneeMode.Named"/>.</summary>
public sealed class CommitmentAssignee
{
    private CommitmentAssignee() { }

    internal CommitmentAssignee(int personId) => PersonId = personId;

    public int CommitmentId { get; private set; }

    public int PersonId { get; private set; }
}
