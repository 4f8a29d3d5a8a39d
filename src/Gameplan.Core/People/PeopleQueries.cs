using Gameplan.Core.Data;
using Gameplan.Domain.Access;
using Gameplan.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.People;

/// <summary>Reads the people of the organisation in scope.</summary>
public sealed class PeopleQueries(GameplanDbContext db)
{
    public async Task<IReadOnlyList<PersonDetails>> ListAsync(CancellationToken ct = default)
    {
        var teams = await db.Teams.ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var people = await db.People.OrderBy(p => p.Name).ToListAsync(ct);
        return people.Select(p => PeopleMapping.ToDetails(p, p.TeamId is { } t ? teams.GetValueOrDefault(t) : null)).ToList();
    }

    public async Task<PersonDetails> GetAsync(int id, CancellationToken ct = default)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException($"Person {id}");
        var team = person.TeamId is { } teamId ? await db.Teams.Where(t => t.Id == teamId).Select(t => t.Name).FirstOrDefaultAsync(ct) : null;
        return PeopleMapping.ToDetails(person, team);
    }

    /// <summary>
    /// The people the actor may hold to account (as an owner, a DRI or an assignee; docs/access.md): null for
    /// everyone (admins and executives), otherwise themselves and the people of the teams they lead. Pickers
    /// offer only these (and whoever an element already names), so nobody picks a person Core then refuses.
    /// </summary>
    public async Task<IReadOnlySet<int>?> NameableAsync(Actor actor, CancellationToken ct = default)
    {
        if (actor.Role is PersonRole.Admin or PersonRole.Executive)
        {
            return null;
        }
        var people = await db.People.Select(p => new { p.Id, p.TeamId }).ToListAsync(ct);
        var ids = people.Where(p => PlanAccess.MayName(actor, p.Id, p.TeamId)).Select(p => p.Id);
        return ids.ToHashSet();
    }
}
