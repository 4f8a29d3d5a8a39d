namespace Gameplan.Domain.Teams;

/// <summary>
/// A sales team in the organisation's team tree. A team may sit under a parent team; a manager
/// of a team also manages the teams beneath it.
/// </summary>
public sealed class Team
{
    private Team() { }

    public Team(int organizationId, string name)
    {
        OrganizationId = organizationId;
        Rename(name);
    }

    public int Id { get; private set; }

    public int OrganizationId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The team this one reports into, or null for a top-level team.</summary>
    public int? ParentTeamId { get; private set; }

    public void Rename(string name) => Name = Guard.Required(name, "name", 120);

    /// <summary>Moves the team under <paramref name="parentTeamId"/>, refusing a cycle.</summary>
    /// <param name="parentTeamId">The new parent, or null for top level.</param>
    /// <param name="parentOf">The current parent of any team id in the organisation.</param>
    public void MoveUnder(int? parentTeamId, Func<int, int?> parentOf)
    {
        var seen = new HashSet<int>();
        for (var cursor = parentTeamId; cursor is { } id; cursor = parentOf(id))
        {
            if (id == Id || !seen.Add(id))
            {
                throw new DomainRuleException(
                    $"Team '{Name}' cannot sit under itself or one of its own sub-teams.", "parent");
            }
        }
        ParentTeamId = parentTeamId;
    }
}
