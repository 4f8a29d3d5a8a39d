using Gameplan.Domain.People;
using Gameplan.Domain.Plans;

namespace Gameplan.Domain.Access;

/// <summary>
/// Who may do what with a plan: the role matrix of docs/access.md as one pure function. Admins and
/// executives act on every plan; a manager on the plans of the teams they lead and of the people in
/// them; a rep on their own personal plan, reads their team's plans (and those above), and drafts
/// tactics in their own team's plan. Everyone reads the organisation's strategic plan.
/// </summary>
public static class PlanAccess
{
    public static bool Allows(Actor actor, PlanFacts plan, PlanPermission permission)
    {
        if (actor.Role is PersonRole.Admin or PersonRole.Executive)
        {
            return true;
        }
        var isOwner = actor.PersonId is { } me && plan.OwnerId == me;
        return (plan.Scope, permission) switch
        {
            (PlanScope.Organization, PlanPermission.Read) => true,
            (PlanScope.Organization, _) => false,

            (PlanScope.Team, PlanPermission.Read) => Leads(actor, plan.TeamId) || InTeamPath(actor, plan.TeamId),
            (PlanScope.Team, PlanPermission.Edit) => Leads(actor, plan.TeamId),
            (PlanScope.Team, PlanPermission.DraftTactics) => Leads(actor, plan.TeamId) || actor.TeamId is { } t && plan.TeamId == t,
            (PlanScope.Team, PlanPermission.Approve) => Leads(actor, plan.TeamId) && plan.TeamId != actor.TeamId,

            (PlanScope.Person, PlanPermission.Read or PlanPermission.Edit or PlanPermission.DraftTactics) => isOwner || Leads(actor, plan.OwnerTeamId),
            (PlanScope.Person, PlanPermission.Approve) => !isOwner && Leads(actor, plan.OwnerTeamId),
            _ => false,
        };
    }

    /// <summary>May the actor change this tactic: full editors always; tactic drafters only the tactics they authored.</summary>
    public static bool MayChangeTactic(Actor actor, PlanFacts plan, IEnumerable<int> tacticAuthors) =>
        Allows(actor, plan, PlanPermission.Edit)
        || Allows(actor, plan, PlanPermission.DraftTactics) && actor.PersonId is { } me && tacticAuthors.Contains(me);

    /// <summary>Anyone who reads a plan acknowledges their own commitments; only full editors record it for others.</summary>
    public static bool MayAcknowledgeFor(Actor actor, PlanFacts plan, int personId) =>
        Allows(actor, plan, PlanPermission.Read) && actor.PersonId == personId || Allows(actor, plan, PlanPermission.Edit);

    private static bool Leads(Actor actor, int? teamId) => teamId is { } id && actor.ManagedTeams.Contains(id);

    private static bool InTeamPath(Actor actor, int? teamId) => teamId is { } id && actor.TeamAndAncestors.Contains(id);
}
