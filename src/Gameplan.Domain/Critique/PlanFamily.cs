namespace Gameplan.Domain.Critique;

/// <summary>
/// The plans around a plan in the cascade, for the rules that need them (GP601-GP604): the parent
/// it names and the child plans that name it. The critique runs those rules only when it is given
/// a family: a single plan file says nothing about the plans beside it.
/// </summary>
/// <param name="Parent">The parent plan the plan names; null when it names none or it cannot be found.</param>
/// <param name="Children">The plans that name this plan as their parent.</param>
public sealed record PlanFamily(PlanDocument? Parent, IReadOnlyList<PlanDocument> Children)
{
    /// <summary>A plan with no parent and no children (the rules then find nothing to cover or resolve).</summary>
    public static PlanFamily Alone { get; } = new(null, []);
}
