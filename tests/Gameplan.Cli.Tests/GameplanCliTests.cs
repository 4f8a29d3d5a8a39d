using System.Text.RegularExpressions;
using Gameplan.Core;
using Gameplan.Domain;

namespace Gameplan.Cli.Tests;

public sealed class GameplanCliTests
{
    [Fact]
    public async Task Version_prints_the_gameplan_version_not_the_test_runners()
    {
        var result = await Cli.RunAsync("--version");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var line = Assert.Single(result.OutputLines);
        var version = typeof(GameplanCli).Assembly.GetName().Version!;
        Assert.StartsWith($"{version.Major}.{version.Minor}.{version.Build}", line);
        Assert.Matches(new Regex(@"^\d+\.\d+\.\d+"), line);
    }

    [Fact]
    public async Task Help_lists_every_command_with_its_description_and_the_db_option()
    {
        var result = await Cli.RunAsync("--help");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("gameplan [command] [options]", result.Output);
        Assert.Contains(result.OutputLines, line => line.StartsWith("migrate", StringComparison.Ordinal) && line.Contains("upgrade it to the current schema", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, line => line.StartsWith("seed", StringComparison.Ordinal) && line.Contains("sample data", StringComparison.Ordinal));
        Assert.Contains("--db", result.Output);
        Assert.Contains("GAMEPLAN_DB", result.Output);
    }

    [Fact]
    public async Task Help_lists_the_account_and_plan_commands_and_the_server_options_with_their_variables()
    {
        var result = await Cli.RunAsync("--help");

        Assert.Contains(result.OutputLines, line => line.StartsWith("user", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, line => line.StartsWith("plans", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, line => line.StartsWith("--server <url>", StringComparison.Ordinal) && line.Contains("GAMEPLAN_SERVER", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, line => line.StartsWith("--token <token>", StringComparison.Ordinal) && line.Contains("GAMEPLAN_TOKEN", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_of_user_add_says_why_there_is_no_password_option()
    {
        var result = await Cli.RunAsync("user", "add", "--help");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains(result.OutputLines, line => line.StartsWith("--password-stdin", StringComparison.Ordinal) && line.Contains("GAMEPLAN_PASSWORD", StringComparison.Ordinal));
        Assert.Contains("no --password option", result.Output);
        Assert.DoesNotContain(result.OutputLines, line => line.StartsWith("--password ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_of_a_command_shows_the_inherited_db_option()
    {
        var result = await Cli.RunAsync("seed", "--help");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("--demo", result.Output);
        Assert.Contains("--db", result.Output);
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("migrate", "--no-such-option")]
    [InlineData("seed", "--demo", "extra")]
    public async Task Input_that_cannot_be_parsed_exits_with_2(params string[] args)
    {
        var result = await Cli.RunAsync(args);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(args[^1], result.Error);
    }

    [Fact]
    public async Task No_command_shows_the_help_and_exits_with_2()
    {
        var result = await Cli.RunAsync();

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("Commands:", result.Output);
    }

    [Theory]
    [MemberData(nameof(UserErrors))]
    public async Task Broken_rules_and_missing_records_exit_with_1_and_only_the_message(Exception failure, string message)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var cli = new CliContext(output, error, TimeProvider.System, _ => null);
        var parse = GameplanCli.Build(cli).Parse(["migrate"]);

        var exitCode = await CliActions.RunAsync(cli, parse, () => throw failure);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Equal($"error: {message}", error.ToString().Trim());
        Assert.Equal("", output.ToString());
    }

    public static TheoryData<Exception, string> UserErrors() => new()
    {
        { new DomainRuleException("A plan must end after it starts."), "A plan must end after it starts." },
        { new NotFoundException("Plan 42"), "Plan 42 was not found." },
    };
}
