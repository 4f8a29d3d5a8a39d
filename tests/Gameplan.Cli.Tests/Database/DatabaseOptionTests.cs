using Gameplan.Cli.Database;

namespace Gameplan.Cli.Tests.Database;

public sealed class DatabaseOptionTests : IDisposable
{
    private const string UnreachablePostgres = "Host=127.0.0.1;Port=1;Database=x;Username=x;Password=not-to-be-printed;Timeout=2";

    private readonly TempDatabase _fromEnvironment = new();
    private readonly TempDatabase _fromOption = new();

    public void Dispose()
    {
        _fromEnvironment.Dispose();
        _fromOption.Dispose();
    }

    [Fact]
    public async Task GAMEPLAN_DB_chooses_the_database_when_there_is_no_db_option()
    {
        var environment = new Dictionary<string, string> { [DatabaseOption.EnvironmentVariable] = _fromEnvironment.Path };

        var result = await Cli.RunAsync(environment, "migrate");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.True(File.Exists(_fromEnvironment.Path));
        Assert.Contains($"Database: SQLite {_fromEnvironment.Path}", result.OutputLines);
    }

    [Fact]
    public async Task The_db_option_wins_over_GAMEPLAN_DB()
    {
        var environment = new Dictionary<string, string> { [DatabaseOption.EnvironmentVariable] = _fromEnvironment.Path };

        var result = await Cli.RunAsync(environment, "migrate", "--db", _fromOption.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.True(File.Exists(_fromOption.Path));
        Assert.False(File.Exists(_fromEnvironment.Path));
    }

    [Fact]
    public async Task The_db_option_may_come_before_the_command()
    {
        var result = await Cli.RunAsync("--db", _fromOption.Path, "migrate");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.True(File.Exists(_fromOption.Path));
    }

    [Fact]
    public async Task An_unreachable_PostgreSQL_server_fails_with_one_readable_line_and_no_password()
    {
        var result = await Cli.RunAsync("migrate", "--db", UnreachablePostgres);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: could not use the database PostgreSQL Host=127.0.0.1;Port=1", line);
        Assert.Contains("Failed to connect to 127.0.0.1:1", line);
        Assert.DoesNotContain("not-to-be-printed", result.Error);
        Assert.DoesNotContain(" at ", result.Error);
    }

    [Theory]
    [InlineData("postgres://user@host:port/db")]
    [InlineData("Host=127.0.0.1;NoSuchKeyword=1")]
    [InlineData("Data Source=gameplan.db;NoSuchKeyword=1")]
    public async Task A_db_value_that_cannot_be_read_is_a_usage_error_in_one_line(string value)
    {
        var result = await Cli.RunAsync("migrate", "--db", value);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: The database '", line);
        Assert.Contains("is not a valid", line);
    }
}
