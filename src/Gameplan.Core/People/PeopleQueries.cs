using Gameplan.Core.Data;
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
}
