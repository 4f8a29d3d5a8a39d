using Gameplan.Core.Data;
using Gameplan.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Inbox;

/// <summary>Where a person lands when they open Gameplan: read it, and let them choose it (only for themselves).</summary>
public sealed class HomeCommands(GameplanDbContext db)
{
    /// <summary>The person's home and whether they chose it; an account without a person lands on the plans.</summary>
    public async Task<PersonHomeDetails> GetAsync(int? personId, CancellationToken ct = default)
    {
        var person = personId is { } id ? await db.People.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Home, p.Role }).FirstOrDefaultAsync(ct) : null;
        return person is null
            ? new PersonHomeDetails(PersonHome.Plans, false)
            : new PersonHomeDetails(PersonHomes.LandsOn(person.Role, person.Home), person.Home is { } home && PersonHomes.LandsOn(person.Role, home) == home);
    }

    /// <summary>Chooses the person's home; null goes back to their role's default.</summary>
    public async Task<PersonHomeDetails> ChangeAsync(int personId, PersonHome? home, CancellationToken ct = default)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == personId, ct) ?? throw new NotFoundException($"Person {personId}");
        person.ChangeHome(home);
        await db.SaveChangesAsync(ct);
        return new PersonHomeDetails(person.LandsOn, person.Home is not null);
    }
}

/// <summary>Where a person lands (<see cref="Path"/>), and whether they chose it or it is their role's default.</summary>
public sealed record PersonHomeDetails(PersonHome Home, bool Chosen)
{
    public string Path => PersonHomes.PathOf(Home);
}
