namespace Gameplan.Domain.Plans;

/// <summary>A person who helped draft a tactic.</summary>
public sealed class TacticAuthor
{
    private TacticAuthor() { }

    internal TacticAuthor(int personId) => PersonId = personId;

    public int TacticId { get; private set; }

    public int PersonId { get; private set; }
}
