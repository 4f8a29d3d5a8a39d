using Gameplan.Core.Accounts;
using Gameplan.Core.Data;
using Gameplan.Domain;
using Gameplan.Domain.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Organizations;

/// <summary>One organisation as a system administrator sees it: enough to recognise it, never its plans.</summary>
public sealed record OrganizationSummary(int Id, string Name, DateTimeOffset? SuspendedAt, int People, int Accounts, int Plans, IReadOnlyList<string> AdminEmails)
{
    public bool IsSuspended => SuspendedAt is not null;
}

/// <summary>An account that may manage the installation's organisations.</summary>
public sealed record SystemAdministratorSummary(int UserId, string Email, string Name, string Organization);

/// <summary>
/// The installation's organisations, for system administrators (the CLI, and the web app's
/// /system/organizations page, which checks <see cref="IsSystemAdministratorAsync"/>): create one with its
/// first admin, list, suspend, resume and delete. Works across organisations by design and reads nothing
/// inside one beyond counts and its admins' e-mail addresses.
/// </summary>
public sealed class OrganizationAdministration(GameplanDbContext db, AccountCommands accounts, UserManager<UserAccount> users, TimeProvider clock)
{
    /// <summary>Every organisation, by name.</summary>
    public async Task<IReadOnlyList<OrganizationSummary>> ListAsync(CancellationToken ct = default)
    {
        using (db.AcrossOrganizations())
        {
            var organizations = await db.Organizations.OrderBy(o => o.Name).ThenBy(o => o.Id)
                .Select(o => new { o.Id, o.Name, o.SuspendedAt }).ToListAsync(ct);
            var people = await db.People.Where(p => p.IsActive).GroupBy(p => p.OrganizationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            var plans = await db.Plans.GroupBy(p => p.OrganizationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            var accountRows = await (from u in users.Users
                                     join p in db.People on u.PersonId equals p.Id
                                     select new { u.OrganizationId, u.Email, p.Role, p.IsActive }).ToListAsync(ct);
            return organizations.Select(o => new OrganizationSummary(
                o.Id, o.Name, o.SuspendedAt,
                people.GetValueOrDefault(o.Id), accountRows.Count(a => a.OrganizationId == o.Id), plans.GetValueOrDefault(o.Id),
                accountRows.Where(a => a.OrganizationId == o.Id && a.Role == PersonRole.Admin && a.IsActive && a.Email is not null)
                    .Select(a => a.Email!).Order(StringComparer.OrdinalIgnoreCase).ToList())).ToList();
        }
    }

    /// <summary>The organisation with this id; <see cref="NotFoundException"/> when there is none.</summary>
    public async Task<OrganizationSummary> FindAsync(int id, CancellationToken ct = default) =>
        (await ListAsync(ct)).FirstOrDefault(o => o.Id == id) ?? throw new NotFoundException($"Organisation {id}");

    /// <summary>Creates an organisation with its first admin (who signs in with the e-mail and password given).</summary>
    public async Task<OrganizationSummary> CreateAsync(SetupRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var previous = (db.OrganizationScope, db.AllOrganizations);
        try
        {
            var admin = await accounts.AddOrganizationAsync(request, ct);
            return await FindAsync(admin.OrganizationId, ct);
        }
        finally
        {
            RestoreScope(previous);
        }
    }

    /// <summary>Suspends the organisation: its data stays, its people cannot sign in, and their sessions and tokens stop working.</summary>
    public async Task<OrganizationSummary> SuspendAsync(int id, CancellationToken ct = default)
    {
        using (db.AcrossOrganizations())
        {
            var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == id, ct) ?? throw new NotFoundException($"Organisation {id}");
            organization.Suspend(clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            // Signed-in browsers are refused at their next request (the account lookup ignores suspended
            // organisations); ending the sessions as well leaves nothing to resume with.
            await db.Sessions.IgnoreQueryFilters().Where(s => s.OrganizationId == id).ExecuteDeleteAsync(ct);
        }
        return await FindAsync(id, ct);
    }

    /// <summary>Puts a suspended organisation back in use (its people sign in again; ended sessions stay ended).</summary>
    public async Task<OrganizationSummary> ResumeAsync(int id, CancellationToken ct = default)
    {
        using (db.AcrossOrganizations())
        {
            var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == id, ct) ?? throw new NotFoundException($"Organisation {id}");
            organization.Resume();
            await db.SaveChangesAsync(ct);
        }
        return await FindAsync(id, ct);
    }

    /// <summary>
    /// Deletes the organisation and everything it owns, in one transaction. Only a suspended organisation
    /// can be deleted (suspending first is the "are you sure" that can be undone), and
    /// <paramref name="confirmName"/> must repeat its name. The account doing it must not belong to it.
    /// </summary>
    public async Task<OrganizationSummary> DeleteAsync(int id, string confirmName, int? byUserId = null, CancellationToken ct = default)
    {
        var organization = await FindAsync(id, ct);
        if (!organization.IsSuspended)
        {
            throw new DomainRuleException($"Suspend '{organization.Name}' before deleting it: suspending can be undone, deleting cannot.");
        }
        if (!string.Equals(confirmName?.Trim(), organization.Name, StringComparison.Ordinal))
        {
            throw new DomainRuleException($"Type the organisation's name, '{organization.Name}', exactly to confirm that it is to be deleted.", "confirm");
        }
        if (byUserId is { } userId && await users.Users.AnyAsync(u => u.Id == userId && u.OrganizationId == id, ct))
        {
            throw new DomainRuleException("You cannot delete your own organisation: ask another system administrator, or use the CLI.");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        using (db.AcrossOrganizations())
        {
            // Table by table, each before the tables its rows point at; rows without an organisation
            // column (a plan's goals, an account's claims) go with their parent by its cascading key.
            foreach (var (table, column) in OrganizationTables.InDeletionOrder(db.Model))
            {
#pragma warning disable EF1002 // Table and column names come from the model, never from input.
                await db.Database.ExecuteSqlRawAsync($"DELETE FROM {table} WHERE {column} = {{0}}", [id], ct);
#pragma warning restore EF1002
            }
            await db.Organizations.Where(o => o.Id == id).ExecuteDeleteAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return organization;
    }

    /// <summary>Whether the account may manage organisations (read from the database on every check, so revoking takes effect at once).</summary>
    public async Task<bool> IsSystemAdministratorAsync(int userId, CancellationToken ct = default) =>
        await users.Users.AnyAsync(u => u.Id == userId && u.IsSystemAdministrator, ct);

    /// <summary>Every system administrator of the installation.</summary>
    public async Task<IReadOnlyList<SystemAdministratorSummary>> SystemAdministratorsAsync(CancellationToken ct = default)
    {
        using (db.AcrossOrganizations())
        {
            return await (from u in users.Users
                          join p in db.People on u.PersonId equals p.Id
                          join o in db.Organizations on u.OrganizationId equals o.Id
                          where u.IsSystemAdministrator
                          orderby u.Email
                          select new SystemAdministratorSummary(u.Id, u.Email ?? "", p.Name, o.Name)).ToListAsync(ct);
        }
    }

    /// <summary>Makes the account with this e-mail a system administrator, or (<paramref name="grant"/> false) no longer one.</summary>
    public async Task<SystemAdministratorSummary> SetSystemAdministratorAsync(string email, bool grant, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            throw new DomainRuleException("Give the e-mail address of the account.", "email");
        }
        var account = await users.FindByEmailAsync(email.Trim())
            ?? throw new DomainRuleException($"There is no account with the e-mail {email.Trim()} in this installation.", "email");
        account.IsSystemAdministrator = grant;
        var result = await users.UpdateAsync(account);
        if (!result.Succeeded)
        {
            throw new DomainRuleException(result.Errors.First().Description, "email");
        }
        using (db.AcrossOrganizations())
        {
            var person = await db.People.Where(p => p.Id == account.PersonId).Select(p => p.Name).FirstAsync(ct);
            var organization = await db.Organizations.Where(o => o.Id == account.OrganizationId).Select(o => o.Name).FirstAsync(ct);
            return new SystemAdministratorSummary(account.Id, account.Email ?? "", person, organization);
        }
    }

    private void RestoreScope((int? Scope, bool All) previous)
    {
        if (previous.All)
        {
            db.UseAllOrganizations();
        }
        else
        {
            db.OrganizationScope = previous.Scope;
        }
    }
}
