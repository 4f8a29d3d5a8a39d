using Gameplan.Core.People;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Tactics;

/// <summary>Reads and writes a tactic's owner as plan files do: a handle, or the word <c>team</c>.</summary>
internal static class TacticOwners
{
    public const string Team = "team";

    public static TacticOwner Parse(string? owner, PeopleIndex people) =>
        string.IsNullOrWhiteSpace(owner) ? TacticOwner.None
        : string.Equals(owner.Trim(), Team, StringComparison.OrdinalIgnoreCase) ? TacticOwner.Team
        : TacticOwner.Person(people.IdOf(owner, "owner")!.Value);
}
