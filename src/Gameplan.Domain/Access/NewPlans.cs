using Gameplan.Domain.People;
using Gameplan.Domain.Plans;

namespace Gameplan.Domain.Access;

/// <summary>
/// What a new plan starts as for the person making it, so the form fits their role: an executive's (or an
/// admin's) is the organisation's plan, owned by her; a manager's is her team's, owned by her; a rep's is her
/// own. The scopes offered are those whose plan the person could then change (<see cref="PlanAccess"/>), so
/// the form never offers a plan Core would refuse.
/// </summary>
public static class NewPlans
{
    /// <summary>The scopes of the plans the actor may create, in the order of the enum.</summary>
    public static IReadOnlyList<PlanScope> ScopesFor(Actor actor) =>
        [.. Enum.GetValues<PlanScope>().Where(scope => PlanAccess.MayCreate(actor, Sample(actor, scope)))];

    /// <summary>The scope a new plan starts with: the widest the actor's role plans at.</summary>
    public static PlanScope DefaultScope(Actor actor) => actor.Role switch
    {
        PersonRole.Admin or PersonRole.Executive => PlanScope.Organization,
        PersonRole.Manager when actor.TeamId is not null => PlanScope.Team,
        _ => PlanScope.Person,
    };

    /// <summary>A plan of that scope as the actor would make it: their own team's, owned by them.</summary>
    private static PlanFacts Sample(Actor actor, PlanScope scope) => scope switch
    {
        PlanScope.Organization => new PlanFacts(scope, null, actor.PersonId, null),
        PlanScope.Team => new PlanFacts(scope, actor.TeamId, actor.PersonId, actor.TeamId),
        _ => new PlanFacts(scope, null, actor.PersonId, actor.TeamId),
    };
}
