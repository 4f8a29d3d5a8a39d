using Gameplan.Core.Data;
using Gameplan.Core.People;
using Gameplan.Domain.Access;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Plans;

/// <summary>
/// Checks what a change makes, not only what it touches (docs/access.md): every plan command given an
/// actor asks the domain's <see cref="PlanAccess"/> about the state before and after the change, and
/// refuses with a sentence that names the field and the person. Trusted callers (the CLI, imports,
/// tests) pass no actor and are not checked.
/// </summary>
internal static class ChangeAccess
{
    /// <summary>What the access rules know about a stored plan.</summary>
    public static async Task<PlanFacts> FactsAsync(GameplanDbContext db, StrategicPlan plan, CancellationToken ct) =>
        new(plan.Scope, plan.TeamId, plan.OwnerId, await TeamOfAsync(db, plan.OwnerId, ct));

    /// <summary>What the access rules would know about a plan with this header.</summary>
    public static async Task<PlanFacts> FactsAsync(GameplanDbContext db, PlanHeader header, CancellationToken ct) =>
        new(header.Scope, header.Scope == PlanScope.Team ? header.TeamId : null, header.OwnerId, await TeamOfAsync(db, header.OwnerId, ct));

    /// <summary>A new plan must be one the actor could then change, owned by someone they may hold to account.</summary>
    public static void EnsureMayCreate(Actor actor, PlanFacts plan, string? owner)
    {
        if (!PlanAccess.Allows(actor, plan, PlanPermission.Edit))
        {
            throw new AccessDeniedException("You may create only plans you would be allowed to edit: your own personal plan, or plans of the teams you lead.");
        }
        if (!PlanAccess.MayCreate(actor, plan))
        {
            throw NotYours(actor, owner, "owner");
        }
    }

    /// <summary>The plan before and after a header change must both be plans the actor may change (scope, team, owner).</summary>
    public static void EnsureMayChange(Actor actor, PlanFacts before, PlanFacts after, string? owner)
    {
        if (PlanAccess.MayChange(actor, before, after))
        {
            return;
        }
        if (!PlanAccess.Allows(actor, before, PlanPermission.Edit))
        {
            throw new AccessDeniedException("You may not change this plan.");
        }
        if (!PlanAccess.Allows(actor, after, PlanPermission.Edit))
        {
            throw new AccessDeniedException(
                "You may not move this plan where you could no longer change it (scope, team or owner): keep it your own personal plan, or a plan of the teams you lead.");
        }
        throw NotYours(actor, owner, "owner");
    }

    /// <summary>
    /// Whom an element holds to account (<paramref name="field"/>: dri, owner, people, assignees) may change
    /// only to people the actor may hold to account; people already named stay.
    /// </summary>
    public static void EnsureMayName(Actor actor, PlanFacts plan, Accountable before, Accountable after, PeopleIndex people, string field)
    {
        if (PlanAccess.MayChange(actor, plan, before, after))
        {
            return;
        }
        var stranger = after.People.FirstOrDefault(p => before.People.All(b => b.Id != p.Id) && !PlanAccess.MayName(actor, p.Id, p.TeamId));
        if (stranger is not null)
        {
            throw NotYours(actor, people.HandleOf(stranger.Id), field);
        }
        throw new AccessDeniedException(
            $"You may not commit the plan's whole team ({field}): only the managers who lead the team, executives and admins may. Name yourself instead.");
    }

    /// <summary>Whom a single person (or nobody) holds to account, with their team.</summary>
    public static Accountable Person(int? personId, PeopleIndex people) =>
        personId is { } id ? new Accountable([new PersonFacts(id, people.TeamOf(id))]) : Accountable.Nobody;

    /// <summary>Whom a tactic's owner holds to account: the person, or the plan's whole team.</summary>
    public static Accountable Owner(TacticOwner owner, PeopleIndex people) =>
        owner.IsTeam ? new Accountable([], WholeTeam: true) : Person(owner.PersonId, people);

    private static AccessDeniedException NotYours(Actor actor, string? handle, string field) =>
        new($"You may not name '{handle}' as {field}: you may hold to account only yourself"
            + (actor.Role == PersonRole.Manager ? " and the people of the teams you lead." : "."));

    private static async Task<int?> TeamOfAsync(GameplanDbContext db, int? personId, CancellationToken ct) =>
        personId is { } id ? await db.People.Where(p => p.Id == id).Select(p => p.TeamId).FirstOrDefaultAsync(ct) : null;
}
