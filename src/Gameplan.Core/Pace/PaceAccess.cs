using Gameplan.Domain.Access;
using Gameplan.Domain.People;

namespace Gameplan.Core.Pace;

/// <summary>
/// Whose team pace a person may see, as for reading activities (docs/access.md): admins and
/// executives every team; a manager the teams they lead (their own and every team beneath it); a rep
/// their own team.
/// </summary>
internal static class PaceAccess
{
    public static bool MayReadTeam(Actor actor, int teamId) =>
        actor.Role is PersonRole.Admin or PersonRole.Executive
        || actor.Role == PersonRole.Manager && actor.ManagedTeams.Contains(teamId)
        || actor.TeamId == teamId;

    public static bool SeesOrganization(Actor actor) => actor.Role is PersonRole.Admin or PersonRole.Executive;
}
