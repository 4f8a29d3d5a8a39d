using Gameplan.Core.Data;
using Gameplan.Domain;
using Gameplan.Domain.Access;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Accounts;

/// <summary>First-run setup, accounts for people, and who a signed-in account is.</summary>
public sealed class AccountCommands(GameplanDbContext db, UserManager<UserAccount> users)
{
    // Made once per process (one hashing), then only verified against.
    private static string? _nobodysHash;

    /// <summary>True until the first account exists anywhere in the database (first run).</summary>
    public async Task<bool> NeedsSetupAsync(CancellationToken ct = default) => !await users.Users.AnyAsync(ct);

    /// <summary>Creates the organisation and its first admin; refused once any account exists.</summary>
    public async Task<SignedInUser> SetupAsync(SetupRequest request, CancellationToken ct = default)
    {
        await EnsurePasswordAcceptableAsync(request.Password);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await NeedsSetupAsync(ct))
        {
            throw new DomainRuleException("Gameplan is already set up; sign in, or ask an admin for an account.");
        }
        var admin = await CreateOrganizationWithAdminAsync(request, ct);
        await transaction.CommitAsync(ct);
        return admin;
    }

    /// <summary>
    /// Creates another organisation with its first admin (a system administrator's work, see
    /// <see cref="Organizations.OrganizationAdministration"/>); the name must not be taken. Leaves the new
    /// organisation in scope.
    /// </summary>
    public async Task<SignedInUser> AddOrganizationAsync(SetupRequest request, CancellationToken ct = default)
    {
        await EnsurePasswordAcceptableAsync(request.Password);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var name = request.Organization.Trim();
        using (db.AcrossOrganizations())
        {
            var names = await db.Organizations.Select(o => o.Name).ToListAsync(ct);
            if (names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new DomainRuleException($"An organisation named '{name}' already exists; choose another name.", "organization");
            }
        }
        if (await users.FindByEmailAsync(request.Email.Trim()) is not null)
        {
            throw new DomainRuleException($"The e-mail {request.Email.Trim()} already has an account in this installation; the new organisation's admin needs their own.", "email");
        }
        var admin = await CreateOrganizationWithAdminAsync(request with { Organization = name }, ct);
        await transaction.CommitAsync(ct);
        return admin;
    }

    private async Task<SignedInUser> CreateOrganizationWithAdminAsync(SetupRequest request, CancellationToken ct)
    {
        db.OrganizationScope = null;
        var organization = new Organization(request.Organization);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(ct);
        db.OrganizationScope = organization.Id;
        var person = new Person(organization.Id, request.Handle, request.Name, PersonRole.Admin, null, null);
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        var account = await CreateAccountAsync(organization.Id, person, request.Email, request.Password);
        return new SignedInUser(account.Id, organization.Id, organization.Name, person.Id, person.Handle, person.Name, person.Role);
    }

    /// <summary>Gives a person of the organisation in scope an account (an admin's invitation).</summary>
    public async Task<SignedInUser> AddAccountAsync(AccountRequest request, CancellationToken ct = default)
    {
        var handle = request.Handle.Trim().ToLowerInvariant();
        var person = await db.People.FirstOrDefaultAsync(p => p.Handle == handle, ct)
            ?? throw new DomainRuleException($"There is nobody with the handle '{handle}' in this organisation.", "handle");
        if (!person.IsActive)
        {
            throw new DomainRuleException($"{person.Name} is deactivated; reactivate them before giving them an account.", "handle");
        }
        if (await users.Users.AnyAsync(u => u.PersonId == person.Id, ct))
        {
            throw new DomainRuleException($"{person.Name} already has an account.", "handle");
        }
        var account = await CreateAccountAsync(person.OrganizationId, person, request.Email, request.Password);
        var organization = await db.Organizations.Where(o => o.Id == person.OrganizationId).Select(o => o.Name).SingleAsync(ct);
        return new SignedInUser(account.Id, person.OrganizationId, organization, person.Id, person.Handle, person.Name, person.Role);
    }

    /// <summary>
    /// Changes the account's own password (the current one must be right) and ends every session of
    /// the account, so a cookie taken before the change no longer works anywhere.
    /// </summary>
    public async Task ChangePasswordAsync(int userId, ChangePasswordRequest request, CancellationToken ct = default)
    {
        var account = await users.FindByIdAsync(userId.ToString(System.Globalization.CultureInfo.InvariantCulture)) ?? throw new NotFoundException($"Account {userId}");
        var result = await users.ChangePasswordAsync(account, request.CurrentPassword, request.NewPassword);
        if (!result.Succeeded)
        {
            var error = result.Errors.First();
            throw error.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                ? new DomainRuleException("The current password is not right.", "current_password")
                : new DomainRuleException(error.Description, "new_password");
        }
        await db.Sessions.IgnoreQueryFilters().Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);
    }

    /// <summary>
    /// Checks <paramref name="password"/> against a hash nobody's password has, with the hasher real
    /// accounts use, so a sign-in for an e-mail without an active account costs what a wrong password
    /// costs and its timing does not tell whether the account exists.
    /// </summary>
    public void CheckPasswordOfNobody(string password)
    {
        var nobody = new UserAccount();
        var hash = _nobodysHash ??= users.PasswordHasher.HashPassword(nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
        _ = users.PasswordHasher.VerifyHashedPassword(nobody, hash, password);
    }

    /// <summary>
    /// The account with its person and organisation; null when the account or person is gone or
    /// deactivated, or the organisation is suspended (so its sessions and tokens stop at the next request).
    /// </summary>
    public async Task<SignedInUser?> FindAsync(int userId, CancellationToken ct = default)
    {
        using (db.AcrossOrganizations())
        {
            var row = await (from u in users.Users
                             join p in db.People on u.PersonId equals p.Id
                             join o in db.Organizations on u.OrganizationId equals o.Id
                             where u.Id == userId && p.IsActive && o.SuspendedAt == null
                             select new SignedInUser(u.Id, o.Id, o.Name, p.Id, p.Handle, p.Name, p.Role, u.IsSystemAdministrator)).FirstOrDefaultAsync(ct);
            return row;
        }
    }

    /// <summary>The name of the account's organisation when a system administrator suspended it; otherwise null.</summary>
    public async Task<string?> SuspendedOrganizationAsync(int userId, CancellationToken ct = default)
    {
        using (db.AcrossOrganizations())
        {
            return await (from u in users.Users
                          join o in db.Organizations on u.OrganizationId equals o.Id
                          where u.Id == userId && o.SuspendedAt != null
                          select o.Name).FirstOrDefaultAsync(ct);
        }
    }

    /// <summary>Whether a person of the organisation in scope has an account.</summary>
    public async Task<bool> HasAccountAsync(int personId, CancellationToken ct = default) =>
        await db.People.AnyAsync(p => p.Id == personId, ct) && await users.Users.AnyAsync(u => u.PersonId == personId, ct);

    /// <summary>The account of a person of the organisation in scope.</summary>
    public async Task<int> UserIdOfPersonAsync(int personId, CancellationToken ct = default)
    {
        var person = await db.People.Where(p => p.Id == personId).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct) ?? throw new NotFoundException($"Person {personId}");
        return await users.Users.Where(u => u.PersonId == person).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct) ?? throw new NotFoundException($"An account of person {personId}");
    }

    /// <summary>The access rules' view of a person: role, team path, and the teams a manager leads.</summary>
    public async Task<Actor> ActorAsync(SignedInUser user, CancellationToken ct = default)
    {
        var tree = await db.Teams.Where(t => t.OrganizationId == user.OrganizationId).ToDictionaryAsync(t => t.Id, t => t.ParentTeamId, ct);
        var teamId = await db.People.Where(p => p.Id == user.PersonId).Select(p => p.TeamId).FirstOrDefaultAsync(ct);
        return Actor.For(user.PersonId, user.Role, teamId, tree);
    }

    /// <summary>Checks the password before anything is created, so a refused setup leaves nothing behind.</summary>
    private async Task EnsurePasswordAcceptableAsync(string password)
    {
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, new UserAccount(), password);
            if (!result.Succeeded)
            {
                throw new DomainRuleException(result.Errors.First().Description, "password");
            }
        }
    }

    private async Task<UserAccount> CreateAccountAsync(int organizationId, Person person, string email, string password)
    {
        var account = new UserAccount { OrganizationId = organizationId, PersonId = person.Id, UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true };
        var result = await users.CreateAsync(account, password);
        if (!result.Succeeded)
        {
            var error = result.Errors.First();
            var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email";
            throw new DomainRuleException(error.Description, field);
        }
        return account;
    }
}
