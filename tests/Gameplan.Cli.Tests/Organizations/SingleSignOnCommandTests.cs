using Gameplan.Core.Demo;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Cli.Tests.Organizations;

public sealed class SingleSignOnCommandTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Single_sign_on_is_set_with_the_secret_from_standard_input_which_is_stored_encrypted_and_never_shown()
    {
        await Cli.RunAsync("seed", "--demo", "--db", _database.Path);

        var changed = await Cli.RunAsync(new CliSetup { Input = "s3cret-from-the-provider\n" },
            "organization", "sso", "--enabled", "true", "--issuer", "https://login.northwind.example/realms/sales", "--client-id", "gameplan",
            "--client-secret-stdin", "--email-claim", "preferred_username", "--email-domains", "northwind.example, NORTHWIND.example", "--db", _database.Path);

        Assert.Equal(ExitCodes.Success, changed.ExitCode);
        Assert.Equal($"Changed the single sign-on of '{DemoOrganization.Name}'.", changed.OutputLines[0]);
        Assert.Contains("issuer: https://login.northwind.example/realms/sales", changed.OutputLines);
        Assert.Contains("client id: gameplan; client secret: stored", changed.OutputLines);
        Assert.Contains("scopes: openid profile email; e-mail claim: preferred_username", changed.OutputLines);
        Assert.Contains("e-mail domains: northwind.example; unknown e-mails: refused", changed.OutputLines);
        Assert.DoesNotContain("s3cret", changed.Output, StringComparison.Ordinal);
        await using var db = _database.Open();
        var stored = await db.SingleSignOnSettings.SingleAsync();
        Assert.True(stored.Enabled);
        Assert.NotNull(stored.ProtectedClientSecret);
        Assert.DoesNotContain("s3cret", stored.ProtectedClientSecret, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Password_sign_in_switched_off_is_switched_back_on_from_the_command_line()
    {
        await Cli.RunAsync("seed", "--demo", "--db", _database.Path);
        var off = await Cli.RunAsync("organization", "sso", "--enabled", "true", "--issuer", "https://login.northwind.example", "--client-id", "gameplan",
            "--password-sign-in", "false", "--db", _database.Path);

        var on = await Cli.RunAsync("organization", "sso", "--password-sign-in", "true", "--db", _database.Path);

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (off.ExitCode, on.ExitCode));
        Assert.Contains($"'{DemoOrganization.Name}': single sign-on on; password sign-in off.", off.OutputLines);
        Assert.Contains($"'{DemoOrganization.Name}': single sign-on on; password sign-in allowed.", on.OutputLines);
        await using var db = _database.Open();
        Assert.True((await db.SingleSignOnSettings.SingleAsync()).PasswordSignInAllowed);
    }

    [Theory]
    [InlineData("--issuer", "http://login.northwind.example", "The issuer must be an https address")]
    [InlineData("--email-claim", "e-mail claim!", "is not a claim name")]
    [InlineData("--email-domains", "not a domain!", "is not an e-mail domain")]
    [InlineData("--password-sign-in", "false", "Password sign-in can be switched off only while single sign-on is on")]
    public async Task A_setting_that_is_not_right_fails_with_a_readable_message_and_changes_nothing(string option, string value, string message)
    {
        await Cli.RunAsync("seed", "--demo", "--db", _database.Path);

        var result = await Cli.RunAsync("organization", "sso", option, value, "--db", _database.Path);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        await using var db = _database.Open();
        Assert.False(await db.SingleSignOnSettings.AnyAsync());
    }
}
