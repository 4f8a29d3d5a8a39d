using System.Security.Cryptography;
using Gameplan.Core.Accounts;
using Gameplan.Core.Data;
using Gameplan.Domain;
using Gameplan.Domain.People;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.SingleSignOn;

/// <summary>
/// Each organisation's OpenID Connect sign-in: its settings (changed by its admins or the CLI, the client
/// secret kept as Data Protection ciphertext and never returned), which organisation an e-mail signs in
/// with, and who a provider's e-mail is in Gameplan (docs/sso.md, ADR 0049).
/// </summary>
public sealed class SingleSignOnCommands(GameplanDbContext db, IDataProtectionProvider protection, UserManager<UserAccount> users, TimeProvider clock)
{
    /// <summary>The Data Protection purpose of the client secret.</summary>
    public const string SecretPurpose = "Gameplan.SingleSignOn.ClientSecret";

    /// <summary>The organisation in scope's settings.</summary>
    public async Task<SingleSignOnDetails> GetAsync(CancellationToken ct = default) =>
        Details(await db.SingleSignOnSettings.AsNoTracking().FirstOrDefaultAsync(ct));

    /// <summary>Replaces the organisation in scope's settings; every field is checked before anything is stored.</summary>
    public async Task<SingleSignOnDetails> ChangeAsync(SingleSignOnRequest request, CancellationToken ct = default)
    {
        var settings = await db.SingleSignOnSettings.FirstOrDefaultAsync(ct);
        var issuer = SingleSignOnRules.Issuer(request.Issuer, request.Enabled);
        var clientId = (request.ClientId ?? "").Trim();
        if (request.Enabled && clientId.Length == 0)
        {
            throw new DomainRuleException("Give the client id Gameplan is registered with at the provider.", "client_id");
        }
        var scopes = SingleSignOnRules.Scopes(request.Scopes);
        var claim = SingleSignOnRules.Claim(request.EmailClaim);
        var domains = SingleSignOnRules.Domains(request.EmailDomains);
        if (!request.PasswordSignInAllowed && !request.Enabled)
        {
            throw new DomainRuleException("Password sign-in can be switched off only while single sign-on is on; otherwise nobody could sign in.", "password_sign_in_allowed");
        }
        var now = clock.GetUtcNow();
        if (settings is null)
        {
            settings = new SingleSignOnSettings(db.RequireOrganization(), now);
            db.SingleSignOnSettings.Add(settings);
        }
        settings.Change(request.Enabled, issuer, clientId, scopes, claim, domains, request.CreateUnknownAsReps, request.PasswordSignInAllowed, now);
        if (request.ClientSecret is { } secret)
        {
            settings.ChangeClientSecret(secret.Length == 0 ? null : protection.CreateProtector(SecretPurpose).Protect(secret));
        }
        await db.SaveChangesAsync(ct);
        return Details(settings);
    }

    /// <summary>The change counter of an organisation's settings (0: none stored); cheap, read before every sign-in.</summary>
    public async Task<int> RevisionAsync(int organizationId, CancellationToken ct = default)
    {
        using (db.AcrossOrganizations())
        {
            return await db.SingleSignOnSettings.Where(s => s.OrganizationId == organizationId).Select(s => s.Revision).FirstOrDefaultAsync(ct);
        }
    }

    /// <summary>The organisation's provider with its secret in clear; null when its single sign-on is off.</summary>
    public async Task<SingleSignOnProvider?> ProviderAsync(int organizationId, CancellationToken ct = default)
    {
        SingleSignOnSettings? settings;
        using (db.AcrossOrganizations())
        {
            settings = await db.SingleSignOnSettings.AsNoTracking().FirstOrDefaultAsync(s => s.OrganizationId == organizationId, ct);
        }
        if (settings is not { Enabled: true })
        {
            return null;
        }
        string? secret = null;
        if (settings.ProtectedClientSecret is { } stored)
        {
            try
            {
                secret = protection.CreateProtector(SecretPurpose).Unprotect(stored);
            }
            catch (CryptographicException)
            {
                // The key ring lost the key (a restored database without its keys): the provider then refuses
                // the client, which the sign-in reports; the admin enters the secret again.
            }
        }
        return new SingleSignOnProvider(organizationId, settings.Revision, settings.Issuer, settings.ClientId, secret, settings.ScopeList, settings.EmailClaim);
    }

    /// <summary>
    /// The organisation whose provider signs in <paramref name="email"/>: the one its account belongs to,
    /// else the only one with single sign-on that names its domain; null when none does.
    /// </summary>
    public async Task<int?> FindOrganizationAsync(string email, CancellationToken ct = default)
    {
        var address = email.Trim();
        var at = address.LastIndexOf('@');
        if (at <= 0 || at == address.Length - 1)
        {
            return null;
        }
        var normalized = users.NormalizeEmail(address);
        using (db.AcrossOrganizations())
        {
            var own = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => (int?)u.OrganizationId).FirstOrDefaultAsync(ct);
            if (own is { } organization)
            {
                return await db.SingleSignOnSettings.AnyAsync(s => s.OrganizationId == organization && s.Enabled, ct) ? organization : null;
            }
            var domain = address[(at + 1)..].ToLowerInvariant();
            var claimed = (await db.SingleSignOnSettings.Where(s => s.Enabled && s.EmailDomains != "").Select(s => new { s.OrganizationId, s.EmailDomains }).ToListAsync(ct))
                .Where(s => s.EmailDomains.Split(' ').Contains(domain))
                .Select(s => s.OrganizationId)
                .ToList();
            return claimed.Count == 1 ? claimed[0] : null;
        }
    }

    /// <summary>Whether the organisation's accounts may sign in with a password (true unless its admins switched it off).</summary>
    public async Task<bool> PasswordSignInAllowedAsync(int organizationId, CancellationToken ct = default)
    {
        using (db.AcrossOrganizations())
        {
            return !await db.SingleSignOnSettings.AnyAsync(s => s.OrganizationId == organizationId && s.Enabled && !s.PasswordSignInAllowed, ct);
        }
    }

    /// <summary>
    /// Who the provider's <paramref name="email"/> is in the organisation: the account with that sign-in
    /// e-mail, else the person with that work e-mail (given an account without a password when they have
    /// none), else, when the organisation allows it, a new rep. A deactivated person is refused.
    /// </summary>
    public async Task<SingleSignOnResult> SignInAsync(int organizationId, string? email, string? name, CancellationToken ct = default)
    {
        var address = (email ?? "").Trim();
        if (!SingleSignOnRules.IsEmail(address))
        {
            return new SingleSignOnResult(SingleSignOnOutcome.NoEmail);
        }
        var normalized = users.NormalizeEmail(address);
        var lower = address.ToLowerInvariant();
        db.OrganizationScope = organizationId;
        var settings = await db.SingleSignOnSettings.AsNoTracking().FirstOrDefaultAsync(ct);
        if (settings is not { Enabled: true })
        {
            return new SingleSignOnResult(SingleSignOnOutcome.Off);
        }
        if (await db.Organizations.AnyAsync(o => o.Id == organizationId && o.SuspendedAt != null, ct))
        {
            return new SingleSignOnResult(SingleSignOnOutcome.Suspended);
        }
        UserAccount? anywhere;
        using (db.AcrossOrganizations())
        {
            anywhere = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
        }
        if (anywhere is not null && anywhere.OrganizationId != organizationId)
        {
            // The address signs in to another organisation; this one's provider cannot claim it.
            return new SingleSignOnResult(SingleSignOnOutcome.Unknown);
        }
        var person = anywhere is not null
            ? await db.People.FirstOrDefaultAsync(p => p.Id == anywhere.PersonId, ct)
            : await db.People.FirstOrDefaultAsync(p => p.Email == lower, ct);
        if (person is not null)
        {
            if (!person.IsActive)
            {
                return new SingleSignOnResult(SingleSignOnOutcome.Deactivated);
            }
            var account = anywhere ?? await users.Users.FirstOrDefaultAsync(u => u.PersonId == person.Id, ct) ?? await CreateAccountAsync(person, address);
            return new SingleSignOnResult(SingleSignOnOutcome.SignedIn, account.Id);
        }
        if (!settings.CreateUnknownAsReps)
        {
            return new SingleSignOnResult(SingleSignOnOutcome.Unknown);
        }
        db.AuditActor = $"single sign-on ({address})";
        var rep = new Person(organizationId, await FreeHandleAsync(lower, ct), SingleSignOnRules.NameOf(name, lower), PersonRole.Rep, null, null);
        rep.ChangeEmail(lower);
        db.People.Add(rep);
        await db.SaveChangesAsync(ct);
        var created = await CreateAccountAsync(rep, address);
        return new SingleSignOnResult(SingleSignOnOutcome.CreatedAsRep, created.Id);
    }

    /// <summary>An account without a password: it signs in only through the provider.</summary>
    private async Task<UserAccount> CreateAccountAsync(Person person, string email)
    {
        var account = new UserAccount { OrganizationId = person.OrganizationId, PersonId = person.Id, UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(account);
        return result.Succeeded ? account : throw new DomainRuleException(result.Errors.First().Description, "email");
    }

    /// <summary>The e-mail's local part as a handle, numbered when the organisation already has it.</summary>
    private async Task<string> FreeHandleAsync(string email, CancellationToken ct)
    {
        var stem = SingleSignOnRules.HandleStem(email);
        var taken = (await db.People.IgnoreQueryFilters().Where(p => p.OrganizationId == db.OrganizationScope && p.Handle.StartsWith(stem)).Select(p => p.Handle).ToListAsync(ct)).ToHashSet();
        if (!taken.Contains(stem) && Person.IsHandle(stem) && stem is not ("team" or "owner"))
        {
            return stem;
        }
        var number = 2;
        while (taken.Contains($"{stem[..Math.Min(stem.Length, 36)]}-{number}"))
        {
            number++;
        }
        return $"{stem[..Math.Min(stem.Length, 36)]}-{number}";
    }

    private static SingleSignOnDetails Details(SingleSignOnSettings? s) => s is null
        ? new SingleSignOnDetails(false, "", "", false, SingleSignOnSettings.DefaultScopes, SingleSignOnSettings.DefaultEmailClaim, "", false, true, null)
        : new SingleSignOnDetails(s.Enabled, s.Issuer, s.ClientId, s.ProtectedClientSecret is not null, s.Scopes, s.EmailClaim, s.EmailDomains, s.CreateUnknownAsReps, s.PasswordSignInAllowed, s.UpdatedAt);
}
