using Microsoft.EntityFrameworkCore;

namespace Gameplan.Cli.Tests.Database;

public sealed class MigrateCommandTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Migrating_a_new_file_creates_the_schema_and_reports_each_migration()
    {
        var result = await Cli.RunAsync("migrate", "--db", _database.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Contains($"Database: SQLite {_database.Path}", result.OutputLines);
        await using var db = _database.Open();
        var migrations = db.Database.GetMigrations().ToList();
        Assert.Equal(migrations.Select(id => $"Applied {id}"), result.OutputLines.Where(line => line.StartsWith("Applied ", StringComparison.Ordinal)));
        Assert.Equal(0, await db.Organizations.CountAsync());
        Assert.Equal(migrations.Count, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"__EFMigrationsHistory\"").SingleAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Migrating_twice_reports_the_database_is_up_to_date()
    {
        await Cli.RunAsync("migrate", "--db", _database.Path);

        var second = await Cli.RunAsync("migrate", "--db", _database.Path);

        Assert.Equal(ExitCodes.Success, second.ExitCode);
        Assert.Contains("Database is up to date.", second.OutputLines);
        Assert.DoesNotContain(second.OutputLines, line => line.StartsWith("Applied", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Redirected_output_is_plain_text_without_markup_or_escape_codes()
    {
        var result = await Cli.RunAsync("migrate", "--db", _database.Path);

        Assert.DoesNotContain("[green]", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", result.Output, StringComparison.Ordinal);
    }
}
