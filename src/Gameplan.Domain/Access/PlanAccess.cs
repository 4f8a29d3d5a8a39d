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

    /// <summary>
    /// May the actor turn the plan <paramref name="before"/> into <paramref name="after"/> (scope, team, owner)?
    /// They must be allowed to change it both as it is and as it would be, so nobody moves a plan out of
    /// their reach or into someone else's, and a new owner must be someone they may hold to account.
    /// </summary>
    public static bool MayChange(Actor actor, PlanFacts before, PlanFacts after) =>
        Allows(actor, before, PlanPermission.Edit) && Allows(actor, after, PlanPermission.Edit)
        && (after.OwnerId is not { } owner || owner == before.OwnerId || MayName(actor, owner, after.OwnerTeamId));

    /// <summary>May the actor create this plan: one they could then change, owned by someone they may hold to account.</summary>
    public static bool MayCreate(Actor actor, PlanFacts plan) =>
        Allows(actor, plan, PlanPermission.Edit) && (plan.OwnerId is not { } owner || MayName(actor, owner, plan.OwnerTeamId));

    /// <summary>
    /// May the actor change whom an element of the plan holds to account, from <paramref name="before"/> to
    /// <paramref name="after"/>? Each person the change newly names must be someone they may hold to account,
    /// and newly binding the plan's whole team needs leading it. People already named stay (what a change
    /// makes is checked, not what others made before).
    /// </summary>
    public static bool MayChange(Actor actor, PlanFacts plan, Accountable before, Accountable after) =>
        after.People.Where(p => before.People.All(b => b.Id != p.Id)).All(p => MayName(actor, p.Id, p.TeamId))
        && (!after.WholeTeam || before.WholeTeam || MayNameTeam(actor, plan));

    /// <summary>May the actor hold this person to account (as owner, DRI or assignee): themselves; a manager the people of the teams they lead; admins and executives anyone.</summary>
    public static bool MayName(Actor actor, int personId, int? personTeamId) =>
        actor.Role is PersonRole.Admin or PersonRole.Executive || actor.PersonId == personId || Leads(actor, personTeamId);

    /// <summary>May the actor bind a team plan's whole team: admins and executives, and the managers who lead it.</summary>
    public static bool MayNameTeam(Actor actor, PlanFacts plan) =>
        actor.Role is PersonRole.Admin or PersonRole.Executive || plan.Scope == PlanScope.Team && Leads(actor, plan.TeamId);

    /// <summary>
    /// May the actor add tactics under a strategy whose DRI is <paramref name="strategyDri"/>: whoever drafts
    /// tactics in the plan, and the strategy's DRI in any plan they read (even the organisation's).
    /// </summary>
    public static bool MayDraftUnder(Actor actor, PlanFacts plan, int? strategyDri) =>
        Allows(actor, plan, PlanPermission.DraftTactics)
        || actor.PersonId is { } me && strategyDri == me && Allows(actor, plan, PlanPermission.Read);

    /// <summary>May the actor change this tactic: full editors always; drafters (and the DRI of its strategy) only the tactics they authored.</summary>
    public static bool MayChangeTactic(Actor actor, PlanFacts plan, IEnumerable<int> tacticAuthors, int? strategyDri = null) =>
        Allows(actor, plan, PlanPermission.Edit)
        || MayDraftUnder(actor, plan, strategyDri) && actor.PersonId is { } me && tacticAuthors.Contains(me);

    /// <summary>
    /// An acknowledgement is an assignee's own word: only a person the commitment binds (<paramref name="assignees"/>)
    /// records it, for themselves, in a plan they read. Nobody, not even an admin, acknowledges for someone else.
    /// </summary>
    public static bool MayAcknowledge(Actor actor, PlanFacts plan, int personId, IEnumerable<int> assignees) =>
        actor.PersonId == personId && assignees.Contains(personId) && Allows(actor, plan, PlanPermission.Read);

    private static bool Leads(Actor actor, int? teamId) => teamId is { } id && actor.ManagedTeams.Contains(id);

    private static bool InTeamPath(Actor actor, int? teamId) => teamId is { } id && actor.TeamAndAncestors.Contains(id);
}
