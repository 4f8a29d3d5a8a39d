namespace Gameplan.Domain.Plans;

/// <summary>Who owns a tactic: one person, the whole team of the plan, or nobody yet.</summary>
public readonly record struct TacticOwner(int? PersonId, bool IsTeam)
{
    public static TacticOwner None => default;

    public static TacticOwner Team => new(null, true);

    public static TacticOwner Person(int personId) => new(personId, false);

    public bool IsSet => IsTeam || PersonId is not null;
}
