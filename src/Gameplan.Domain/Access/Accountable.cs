namespace Gameplan.Domain.Access;

/// <summary>
/// Whom a plan element holds to account: the people it names (a goal's or strategy's DRI, a tactic's
/// owner, a commitment's assignees) and whether it binds the plan's whole team.
/// </summary>
public sealed record Accountable(IReadOnlyList<PersonFacts> People, bool WholeTeam = false)
{
    /// <summary>An element that names nobody (a new element before the change, or one left unassigned).</summary>
    public static Accountable Nobody { get; } = new([]);
}
