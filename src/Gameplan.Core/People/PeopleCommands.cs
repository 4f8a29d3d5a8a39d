using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Core.Teams;
using Gameplan.Domain;
using Gameplan.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.People;

/// <summary>Adds, changes, deactivates and deletes people.</summary>
public sealed class PeopleCommands(GameplanDbContext db)
{
    public async Task<PersonDetails> CreateAsync(PersonRequest request, CancellationToken ct = default)
    {
        var teamId = await TeamLookup.IdOfAsync(db, request.Team, "team", ct);
        var person = new Person(db.RequireOrganization(), request.Handle, request.Name, request.Role, teamId, request.CapacityHoursPerWeek);
        await EnsureHandleFreeAsync(person.Handle, null, ct);
        person.ChangeEmail(request.Email);
        await EnsureEmailFreeAsync(person.Email, null, ct);
        person.ChangeTimeZone(TimeZones.Optional(request.TimeZone, "time_zone"));
        if (!request.Active)
        {
            person.Deactivate();
        }
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        return PeopleMapping.ToDetails(person, request.Team?.Trim());
    }

    public async Task<PersonDetails> UpdateAsync(int id, PersonRequest request, CancellationToken ct = default)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException($"Person {id}");
        var teamId = await TeamLookup.IdOfAsync(db, request.Team, "team", ct);
        person.ChangeHandle(request.Handle);
        await EnsureHandleFreeAsync(person.Handle, person.Id, ct);
        person.ChangeEmail(request.Email);
        await EnsureEmailFreeAsync(person.Email, person.Id, ct);
        person.ChangeTimeZone(TimeZones.Optional(request.TimeZone, "time_zone"));
        person.Update(request.Name, request.Role, teamId, request.CapacityHoursPerWeek);
        var deactivating = person.IsActive && !request.Active;
        if (request.Active)
        {
            person.Reactivate();
        }
        else
        {
            person.Deactivate();
        }
        await using var transaction = deactivating && db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.SaveChangesAsync(ct);
        if (deactivating)
        {
            await EndAccessAsync(person.Id, ct);
        }
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
        return PeopleMapping.ToDetails(person, request.Team?.Trim());
    }

    /// <summary>
    /// Deactivation ends the person's sessions and revokes their tokens for good, so reactivating them
    /// later revives neither: they sign in again and create new tokens.
    /// </summary>
    private async Task EndAccessAsync(int personId, CancellationToken ct)
    {
        var accounts = db.Users.Where(u => u.PersonId == personId).Select(u => u.Id);
        var now = db.Clock.GetUtcNow();
        foreach (var token in await db.ApiTokens.Where(t => accounts.Contains(t.UserId) && t.RevokedAt == null).ToListAsync(ct))
        {
            token.Revoke(now);
        }
        await db.SaveChangesAsync(ct);
        await db.Sessions.Where(s => accounts.Contains(s.UserId)).ExecuteDeleteAsync(ct);
    }

    /// <summary>Deletes a person nobody's plan or activity log refers to; otherwise deactivate them.</summary>
    public async Task DeleteAsync(int id, CancellationToken ct = default)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException($"Person {id}");
        db.People.Remove(person);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new DomainRuleException(
                $"{person.Name} ({person.Handle}) is named in plans or has logged activities; deactivate them instead, so history is kept.");
        }
    }

    private async Task EnsureEmailFreeAsync(string? email, int? exceptId, CancellationToken ct)
    {
        if (email is not null && await db.People.AnyAsync(p => p.Email == email && p.Id != exceptId, ct))
        {
            throw new DomainRuleException($"The e-mail address '{email}' already belongs to someone in this organisation.", "email");
        }
    }

    private async Task EnsureHandleFreeAsync(string handle, int? exceptId, CancellationToken ct)
    {
        if (await db.People.AnyAsync(p => p.Handle == handle && p.Id != exceptId, ct))
        {
            throw new DomainRuleException($"The handle '{handle}' is already taken in this organisation.", "handle");
        }
    }
}
