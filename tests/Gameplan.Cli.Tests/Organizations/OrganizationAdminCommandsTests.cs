using System.Text.Json;
using Gameplan.Core.Demo;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Cli.Tests.Organizations;

public sealed class OrganizationAdminCommandsTests : IDisposable
{
    private const string Password = "rival passphrase 1";

    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task An_organisation_is_created_listed_suspended_resumed_and_deleted_only_when_suspended_and_named_again()
    {
        await Cli.RunAsync("seed", "--demo", "--db", _database.Path);

        var created = await CreateAsync("Rival Field Sales", "vera@rival.example");
        var duplicate = await CreateAsync("rival field sales", "other@rival.example");
        var listed = await Cli.RunAsync("organization", "list", "--db", _database.Path);
        var activeDelete = await Cli.RunAsync("organization", "delete", "Rival Field Sales", "--confirm", "Rival Field Sales", "--db", _database.Path);
        var suspended = await Cli.RunAsync("organization", "suspend", "rival field sales", "--db", _database.Path);
        var json = await Cli.RunAsync("organization", "list", "--format", "json", "--db", _database.Path);
        var wrongName = await Cli.RunAsync("organization", "delete", "Rival Field Sales", "--confirm", "Rival", "--db", _database.Path);
        var deleted = await Cli.RunAsync("organization", "delete", "Rival Field Sales", "--confirm", "Rival Field Sales", "--db", _database.Path);

        Assert.Equal(ExitCodes.Success, created.ExitCode);
        Assert.Contains("Created the organisation 'Rival Field Sales'", created.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failure, duplicate.ExitCode);
        Assert.Contains("already exists", duplicate.Error, StringComparison.Ordinal);
        Assert.Contains(listed.OutputLines, l => l.Contains("active", StringComparison.Ordinal) && l.EndsWith("Rival Field Sales (vera@rival.example)", StringComparison.Ordinal));
        Assert.Contains(listed.OutputLines, l => l.Contains(DemoOrganization.Name, StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Failure, activeDelete.ExitCode);
        Assert.Contains("Suspend 'Rival Field Sales' before deleting it", activeDelete.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, suspended.ExitCode);
        var rows = JsonDocument.Parse(json.Output).RootElement.EnumerateArray().ToList();
        var rival = rows.Single(r => r.GetProperty("name").GetString() == "Rival Field Sales");
        Assert.Equal(("suspended", 1, 1, 0), (rival.GetProperty("status").GetString(), rival.GetProperty("people").GetInt32(), rival.GetProperty("accounts").GetInt32(), rival.GetProperty("plans").GetInt32()));
        Assert.Equal(ExitCodes.Failure, wrongName.ExitCode);
        Assert.Contains("exactly", wrongName.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, deleted.ExitCode);
        await using var db = _database.Open();
        db.UseAllOrganizations();
        Assert.Equal([DemoOrganization.Name], await db.Organizations.Select(o => o.Name).ToListAsync());
        Assert.False(await db.Users.AnyAsync(u => u.Email == "vera@rival.example"));
    }

    [Fact]
    public async Task A_system_administrator_is_granted_listed_and_revoked_by_e_mail()
    {
        await Cli.RunAsync("seed", "--demo", "--db", _database.Path);
        var email = $"alex@{DemoOrganization.EmailDomain}";

        var none = await Cli.RunAsync("system-admin", "list", "--db", _database.Path);
        var granted = await Cli.RunAsync("system-admin", "grant", email, "--db", _database.Path);
        var listed = await Cli.RunAsync("system-admin", "list", "--db", _database.Path);
        var unknown = await Cli.RunAsync("system-admin", "grant", "nobody@example.com", "--db", _database.Path);
        var revoked = await Cli.RunAsync("system-admin", "revoke", email, "--db", _database.Path);

        Assert.Contains("No system administrator yet", none.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, granted.ExitCode);
        Assert.StartsWith(email, Assert.Single(listed.OutputLines), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failure, unknown.ExitCode);
        Assert.Contains("no account with the e-mail nobody@example.com", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, revoked.ExitCode);
        await using var db = _database.Open();
        Assert.False(await db.Users.AnyAsync(u => u.IsSystemAdministrator));
    }

    private Task<CliResult> CreateAsync(string name, string email) => Cli.RunAsync(new CliSetup { Input = Password },
        "organization", "create", name, "--admin-email", email, "--admin-handle", "vera", "--admin-name", "Vera Rival", "--password-stdin", "--db", _database.Path);
}
