using Gameplan.Domain.Access;
using Gameplan.Domain.People;

namespace Gameplan.Domain.Activities;

/// <summary>
/// Whose activities a person may log and read (docs/access.md): admins and executives anyone's in
/// the organisation; a manager their own and those of the people in the teams they lead (their
/// team and every team beneath it); a rep logs only their own and reads their own team's, whose
/// pace they see on their team's plan.
/// </summary>
public static class ActivityAccess
{
    /// <param name="personId">Whose activity it is.</param>
    /// <param name="personTeamId">That person's team, or null.</param>
    public static bool MayLogFor(Actor actor, int personId, int? personTeamId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role is PersonRole.Admin or PersonRole.Executive
            || actor.PersonId == personId
            || actor.Role == PersonRole.Manager && personTeamId is { } team && actor.ManagedTeams.Contains(team);
    }

    /// <inheritdoc cref="MayLogFor"/>
    public static bool MayRead(Actor actor, int personId, int? personTeamId) =>
        MayLogFor(actor, personId, personTeamId)
        || actor.Role == PersonRole.Rep && personTeamId is { } team && actor.TeamId == team;
}
