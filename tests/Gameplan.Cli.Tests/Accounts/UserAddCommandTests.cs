using System.Buffers.Binary;
using Gameplan.Cli.Accounts;
using Gameplan.Cli.Database;
using Gameplan.Core.Accounts;
using Gameplan.Core.Data;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Cli.Tests.Accounts;

public sealed class UserAddCommandTests : IDisposable
{
    private const string Password = "correct horse battery staple";

    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task First_run_with_admin_creates_the_organisation_and_its_admin_whose_password_verifies()
    {
        var result = await SetUpAsync(stdin: Password + "\n");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Contains("Set up the organisation 'Acme Ltd' (id 1) with its admin Ada Admin (@ada).", result.OutputLines);
        Assert.Contains(result.OutputLines, line => line.StartsWith("Sign in as ada@acme.example (account id ", StringComparison.Ordinal));
        await using var db = _database.Open();
        var organization = await db.Organizations.SingleAsync();
        Assert.Equal("Acme Ltd", organization.Name);
        var admin = await db.People.SingleAsync();
        Assert.Equal(("ada", "Ada Admin", PersonRole.Admin, organization.Id), (admin.Handle, admin.Name, admin.Role, admin.OrganizationId));
        var account = await db.Users.SingleAsync();
        Assert.Equal((admin.Id, organization.Id), (account.PersonId, account.OrganizationId));
        // The line ending the pipe added is not part of the password.
        Assert.True(await PasswordVerifiesAsync("ada@acme.example", Password));
        Assert.False(await PasswordVerifiesAsync("ada@acme.example", Password + "\n"));
    }

    [Fact]
    public async Task The_password_is_hashed_with_PBKDF2_at_210000_iterations()
    {
        await SetUpAsync();

        await using var db = _database.Open();
        var hash = Convert.FromBase64String((await db.Users.SingleAsync()).PasswordHash!);
        // Identity's v3 format: 0x01, PRF (4 bytes), iteration count (4 bytes, big-endian), ...
        Assert.Equal(0x01, hash[0]);
        Assert.Equal(PasswordRules.Pbkdf2Iterations, BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(5, 4)));
    }

    [Fact]
    public async Task The_password_may_come_from_GAMEPLAN_PASSWORD()
    {
        var setup = new CliSetup { Environment = new Dictionary<string, string> { [PasswordInput.EnvironmentVariable] = Password } };

        var result = await Cli.RunAsync(setup, "user", "add", "--db", _database.Path, "--admin", "--organization", "Acme Ltd",
            "--name", "Ada Admin", "--handle", "ada", "--email", "ada@acme.example");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.True(await PasswordVerifiesAsync("ada@acme.example", Password));
    }

    [Fact]
    public async Task An_existing_person_gets_an_account_that_keeps_their_role()
    {
        await SetUpAsync();
        var lena = await AddPersonAsync("Acme Ltd", "lena", "Lena Fischer", PersonRole.Rep);

        var result = await AddAccountAsync("lena", "lena@acme.example", "a different passphrase");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Contains("Created an account for Lena Fischer (@lena, rep) in 'Acme Ltd'.", result.OutputLines);
        await using var db = _database.Open();
        var account = await db.Users.SingleAsync(u => u.Email == "lena@acme.example");
        Assert.Equal(lena, account.PersonId);
        Assert.True(await PasswordVerifiesAsync("lena@acme.example", "a different passphrase"));
    }

    [Fact]
    public async Task An_unknown_handle_exits_with_1_and_creates_nothing()
    {
        await SetUpAsync();

        var result = await AddAccountAsync("nobody", "nobody@acme.example");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Equal("error: there is nobody with the handle 'nobody' in the database.", Assert.Single(result.ErrorLines));
        await using var db = _database.Open();
        Assert.Equal(1, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Without_admin_an_empty_database_explains_how_to_set_up()
    {
        var result = await AddAccountAsync("ada", "ada@acme.example");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("No account exists yet: to set Gameplan up, add --admin with --organization and --name.", result.Error);
    }

    [Fact]
    public async Task A_person_who_already_has_an_account_is_refused_with_1()
    {
        await SetUpAsync();

        var result = await AddAccountAsync("ada", "ada.second@acme.example");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Equal("error: Ada Admin already has an account.", Assert.Single(result.ErrorLines));
        await using var db = _database.Open();
        Assert.Equal(1, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Setting_up_again_once_an_account_exists_is_refused_and_adds_no_organisation()
    {
        await SetUpAsync();

        var result = await SetUpAsync(organization: "Other Ltd");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("already has accounts", result.Error);
        await using var db = _database.Open();
        Assert.Equal(1, await db.Organizations.CountAsync());
    }

    [Fact]
    public async Task An_e_mail_address_already_in_use_is_refused_with_1()
    {
        await SetUpAsync();
        await AddPersonAsync("Acme Ltd", "lena", "Lena Fischer", PersonRole.Rep);

        var result = await AddAccountAsync("lena", "ADA@acme.example");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("is already taken", result.Error);
    }

    [Fact]
    public async Task Without_a_password_the_command_is_a_usage_error_that_touches_no_database()
    {
        var result = await Cli.RunAsync("user", "add", "--db", _database.Path, "--admin", "--organization", "Acme Ltd",
            "--name", "Ada Admin", "--handle", "ada", "--email", "ada@acme.example");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("--password-stdin", line);
        Assert.Contains(PasswordInput.EnvironmentVariable, line);
        Assert.False(File.Exists(_database.Path));
    }

    [Fact]
    public async Task Password_stdin_with_nothing_on_standard_input_is_a_usage_error()
    {
        var result = await SetUpAsync(stdin: "");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("found no password on standard input", result.Error);
        Assert.False(File.Exists(_database.Path));
    }

    [Fact]
    public async Task There_is_no_password_option_so_a_password_on_the_command_line_is_rejected()
    {
        var result = await Cli.RunAsync("user", "add", "--db", _database.Path, "--handle", "ada", "--email", "ada@acme.example", "--password", Password);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.False(File.Exists(_database.Path));
    }

    [Fact]
    public async Task First_run_setup_without_an_organisation_name_is_a_usage_error()
    {
        var result = await Cli.RunAsync(new CliSetup { Input = Password }, "user", "add", "--db", _database.Path, "--admin",
            "--name", "Ada Admin", "--handle", "ada", "--email", "ada@acme.example", "--password-stdin");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--organization", result.Error);
        await using var db = _database.Open();
        Assert.Equal(0, await db.Organizations.CountAsync());
    }

    [Fact]
    public async Task A_password_shorter_than_eight_characters_is_refused_without_being_printed()
    {
        var result = await SetUpAsync(stdin: "sh0rt!");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("minimum length of 8", result.Error);
        Assert.DoesNotContain("sh0rt!", result.Error + result.Output);
        await using var db = _database.Open();
        Assert.Equal(0, await db.Organizations.CountAsync());
    }

    [Fact]
    public async Task The_password_never_appears_in_the_output_of_success_or_failure()
    {
        var outcomes = new[]
        {
            await SetUpAsync(),
            await AddAccountAsync("ada", "ada.second@acme.example"),
            await AddAccountAsync("nobody", "nobody@acme.example"),
            await SetUpAsync(),
        };

        Assert.Contains(outcomes, r => r.ExitCode == ExitCodes.Success);
        Assert.Contains(outcomes, r => r.ExitCode != ExitCodes.Success);
        Assert.All(outcomes, r => Assert.DoesNotContain(Password, r.Output + r.Error));
    }

    [Fact]
    public async Task Admin_for_a_person_who_is_not_an_admin_is_refused_and_creates_no_account()
    {
        await SetUpAsync();
        await AddPersonAsync("Acme Ltd", "lena", "Lena Fischer", PersonRole.Rep);

        var result = await AddAccountAsync("lena", "lena@acme.example", extra: ["--admin"]);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("@lena has the role 'rep', not 'admin'", result.Error);
        await using var db = _database.Open();
        Assert.Equal(1, await db.Users.CountAsync());
    }

    [Fact]
    public async Task A_handle_used_in_two_organisations_needs_the_organisation_named()
    {
        await SetUpAsync();
        await AddPersonAsync("Acme Ltd", "lena", "Lena Fischer", PersonRole.Rep);
        var otherLena = await AddPersonAsync("Globex", "lena", "Lena Olsen", PersonRole.Manager);

        var ambiguous = await AddAccountAsync("lena", "lena@globex.example");
        var chosen = await AddAccountAsync("lena", "lena@globex.example", extra: ["--organization", "globex"]);

        Assert.Equal(ExitCodes.Failure, ambiguous.ExitCode);
        Assert.Contains("the handle 'lena' exists in several organisations ('Acme Ltd', 'Globex'); choose one with --organization NAME.", ambiguous.Error);
        Assert.Equal(ExitCodes.Success, chosen.ExitCode);
        Assert.Contains("Created an account for Lena Olsen (@lena, manager) in 'Globex'.", chosen.OutputLines);
        await using var db = _database.Open();
        Assert.Equal(otherLena, (await db.Users.SingleAsync(u => u.Email == "lena@globex.example")).PersonId);
    }

    private Task<CliResult> SetUpAsync(string stdin = Password, string organization = "Acme Ltd") =>
        Cli.RunAsync(new CliSetup { Input = stdin }, "user", "add", "--db", _database.Path, "--admin", "--organization", organization,
            "--name", "Ada Admin", "--handle", "ada", "--email", "ada@acme.example", "--password-stdin");

    private Task<CliResult> AddAccountAsync(string handle, string email, string password = Password, params string[] extra) =>
        Cli.RunAsync(new CliSetup { Input = password }, ["user", "add", "--db", _database.Path, "--handle", handle, "--email", email, "--password-stdin", .. extra]);

    /// <summary>A person without an account, in the named organisation (created when missing); returns the person's id.</summary>
    private async Task<int> AddPersonAsync(string organization, string handle, string name, PersonRole role)
    {
        await using var db = _database.Open();
        var organizationId = await db.Organizations.Where(o => o.Name == organization).Select(o => (int?)o.Id).FirstOrDefaultAsync();
        if (organizationId is null)
        {
            var created = new Organization(organization);
            db.Organizations.Add(created);
            await db.SaveChangesAsync();
            organizationId = created.Id;
        }
        var person = new Person(organizationId.Value, handle, name, role, null, null);
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    }

    /// <summary>Checks the password as the web app's sign-in does: Identity's user manager, wired as in the CLI.</summary>
    private async Task<bool> PasswordVerifiesAsync(string email, string password)
    {
        await using var services = CliServices.Create(DatabaseSettings.Sqlite(_database.Path), TimeProvider.System);
        var users = services.Get<UserManager<UserAccount>>();
        var account = await users.FindByEmailAsync(email);
        return account is not null && await users.CheckPasswordAsync(account, password);
    }
}
