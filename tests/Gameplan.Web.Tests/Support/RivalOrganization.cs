using Gameplan.Core.Accounts;
using Gameplan.Core.Data;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Gameplan.Web.Tests.Support;

/// <summary>A second organisation in the same installation, whose admin must never see the demo's data.</summary>
public static class RivalOrganization
{
    public const string Name = "Rival Field Sales";

    /// <summary>A third organisation, for matrices that need more than two.</summary>
    public const string ThirdName = "Third Coast Sales";

    /// <summary>Creates the organisation with an admin account and returns that admin's write token.</summary>
    public static Task<string> AddAsync(GameplanWebFactory factory) => AddAsync(factory, Name, "vera", "Vera Rival", "vera@rival.example");

    /// <summary>Creates another organisation named <paramref name="name"/> with its admin and returns the admin's write token.</summary>
    public static async Task<string> AddAsync(GameplanWebFactory factory, string name, string handle, string personName, string email)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GameplanDbContext>();
        db.UseAllOrganizations();
        var organization = new Organization(name);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        var person = new Person(organization.Id, handle, personName, PersonRole.Admin, null, 40);
        db.People.Add(person);
        await db.SaveChangesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var account = new UserAccount { OrganizationId = organization.Id, PersonId = person.Id, UserName = email, Email = email };
        var result = await users.CreateAsync(account, "rival-password-1");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        var token = await scope.ServiceProvider.GetRequiredService<TokenCommands>().CreateAsync(account.Id, new TokenRequest { Name = handle, CanWrite = true });
        return token.Secret;
    }
}
