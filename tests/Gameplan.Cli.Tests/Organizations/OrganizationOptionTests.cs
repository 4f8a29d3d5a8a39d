using System.CommandLine;

namespace Gameplan.Cli.Tests.Organizations;

/// <summary>
/// An installation holds several organisations, so every command that reads or changes one
/// organisation's data takes <c>--organization</c>. A new command must take it or say here why not.
/// </summary>
public sealed class OrganizationOptionTests : IDisposable
{
    /// <summary>Commands that work on the whole database or on files, never inside one organisation.</summary>
    private static readonly HashSet<string> NoOrganization = new(StringComparer.Ordinal)
    {
        "migrate", "backup", "restore", "seed", "version", "serve",
        "lint", "classify", "diff", "model", "templates", "new", "pace",
        "organization create", "organization list", "organization suspend", "organization resume", "organization delete",
        "system-admin grant", "system-admin revoke", "system-admin list",
    };

    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Every_command_inside_an_organisation_takes_organization()
    {
        var root = GameplanCli.Build(new CliContext(TextWriter.Null, TextWriter.Null, TimeProvider.System, _ => null));
        var missing = Leaves(root, "").Where(c => !NoOrganization.Contains(c.Path) && !NoOrganization.Contains(c.Command.Name)
            && !c.Command.Options.Any(o => o.Name == "--organization")).Select(c => c.Path).ToList();

        Assert.True(missing.Count == 0, "without --organization: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task With_two_organisations_a_command_asks_which_one_and_answers_for_the_one_named()
    {
        await Cli.RunAsync("seed", "--demo", "--db", _database.Path);
        await Cli.RunAsync(new CliSetup { Input = "rival passphrase 1" }, "organization", "create", "Rival Field Sales",
            "--admin-email", "vera@rival.example", "--admin-handle", "vera", "--admin-name", "Vera Rival", "--password-stdin", "--db", _database.Path);

        var unnamed = await Cli.RunAsync("plans", "list", "--db", _database.Path);
        var rival = await Cli.RunAsync("plans", "list", "--organization", "Rival Field Sales", "--db", _database.Path);
        var settings = await Cli.RunAsync("organization", "settings", "--organization", "Rival Field Sales", "--db", _database.Path);

        Assert.Equal(ExitCodes.Failure, unnamed.ExitCode);
        Assert.Contains("choose one with --organization", unnamed.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, rival.ExitCode);
        Assert.DoesNotContain("Sales Plan", rival.Output, StringComparison.Ordinal);
        Assert.StartsWith("'Rival Field Sales': time zone UTC", settings.Output, StringComparison.Ordinal);
    }

    private static IEnumerable<(string Path, Command Command)> Leaves(Command command, string path)
    {
        if (command.Subcommands.Count == 0)
        {
            yield return (path, command);
            yield break;
        }
        foreach (var sub in command.Subcommands)
        {
            foreach (var leaf in Leaves(sub, path.Length == 0 ? sub.Name : path + " " + sub.Name))
            {
                yield return leaf;
            }
        }
    }
}
