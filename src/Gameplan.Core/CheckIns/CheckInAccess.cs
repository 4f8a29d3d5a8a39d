using Gameplan.Domain.Access;
using Gameplan.Domain.People;

namespace Gameplan.Core.CheckIns;

/// <summary>
/// Who reads whose weekly check-ins (docs/access.md, "Check-ins"): the person; the managers of their team and of
/// every team above it (a manager leads their team and all beneath it); executives and admins. A rep never reads
/// a colleague's. Only the person writes their own, whatever the caller's role.
/// </summary>
internal static class CheckInAccess
{
    public static bool MayRead(Actor actor, int personId, int? personTeamId) =>
        actor.PersonId == personId || MayReadTeam(actor, personTeamId);

    /// <summary>Whether the actor reads the check-ins of everyone in the team (its report, who has not checked in).</summary>
    public static bool MayReadTeam(Actor actor, int? teamId) =>
        actor.Role is PersonRole.Admin or PersonRole.Executive
        || actor.Role == PersonRole.Manager && teamId is { } team && actor.ManagedTeams.Contains(team);
}
