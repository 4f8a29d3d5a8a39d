using Gameplan.Domain.People;

namespace Gameplan.Domain.Access;

/// <summary>
/// The signed-in person as the access rules see them: their role, their own team with the teams
/// above it (whose plans they read), and for a manager the teams they lead (their own and all below).
/// </summary>
/// <param name="PersonId">The person, or null for an account not linked to a person.</param>
/// <param name="TeamAndAncestors">The person's team first, then each parent up to the top.</param>
/// <param name="ManagedTeams">For a manager: their team and every team beneath it; otherwise empty.</param>
public sealed record Actor(int? PersonId, PersonRole Role, IReadOnlyList<int> TeamAndAncestors, IReadOnlySet<int> ManagedTeams)
{
    public int? TeamId => TeamAndAncestors.Count > 0 ? TeamAndAncestors[0] : null;

    /// <summary>Builds an actor from the organisation's team tree.</summary>
    public static Actor For(int? personId, PersonRole role, int? teamId, IReadOnlyDictionary<int, int?> parentOf)
    {
        var path = new List<int>();
        for (var cursor = teamId; cursor is { } id && !path.Contains(id); cursor = parentOf.GetValueOrDefault(id))
        {
            path.Add(id);
        }
        var managed = new HashSet<int>();
        if (role == PersonRole.Manager && teamId is { } own)
        {
            managed.Add(own);
            var grew = true;
            while (grew)
            {
                grew = false;
                foreach (var (team, parent) in parentOf)
                {
                    if (parent is { } p && managed.Contains(p) && managed.Add(team))
                    {
                        grew = true;
                    }
                }
            }
        }
        return new Actor(personId, role, path, managed);
    }
}
