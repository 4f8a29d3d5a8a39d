using Gameplan.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Gameplan.Core.Tests.Data;

public sealed class SqliteDurabilityTests
{
    [Fact]
    public async Task SQLite_runs_in_WAL_mode_with_full_synchronous_writes_and_foreign_keys()
    {
        var folder = Path.Combine(Path.GetTempPath(), "gameplan-core-tests", Guid.NewGuid().ToString("N"));
        await using var db = GameplanDatabase.Open(DatabaseSettings.Sqlite(Path.Combine(folder, "nested", "gameplan.db")));
        await GameplanDatabase.MigrateAsync(db);
        await db.Database.OpenConnectionAsync();

        Assert.Equal("wal", await ScalarAsync(db, "PRAGMA journal_mode"));
        Assert.Equal("2", await ScalarAsync(db, "PRAGMA synchronous"));
        Assert.Equal("1", await ScalarAsync(db, "PRAGMA foreign_keys"));
        Assert.True(File.Exists(Path.Combine(folder, "nested", "gameplan.db")));
    }

    [Fact]
    public async Task Another_instance_can_start_on_a_file_just_created_and_not_yet_in_WAL_mode()
    {
        // Several instances starting at once: one has created the file (still in the default rollback
        // journal), another asks whether the database exists, which EF Core does on a read-only connection.
        var folder = Path.Combine(Path.GetTempPath(), "gameplan-core-tests", Guid.NewGuid().ToString("N"));
        var file = Path.Combine(folder, "gameplan.db");
        Directory.CreateDirectory(folder);
        await using (var first = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await first.OpenAsync();
            await using var create = first.CreateCommand();
            create.CommandText = "CREATE TABLE started (id INTEGER)";
            await create.ExecuteNonQueryAsync();
        }

        await using var db = GameplanDatabase.Open(DatabaseSettings.Sqlite(file));
        Assert.True(await db.Database.GetService<Microsoft.EntityFrameworkCore.Storage.IRelationalDatabaseCreator>().ExistsAsync());
        await GameplanDatabase.MigrateAsync(db);
        await db.Database.OpenConnectionAsync();
        Assert.Equal("wal", await ScalarAsync(db, "PRAGMA journal_mode"));
    }

    [Theory]
    [InlineData("/data/gp.db", DatabaseProvider.Sqlite)]
    [InlineData("Host=db;Database=gameplan;Username=app", DatabaseProvider.Postgres)]
    [InlineData("postgres://app:s3cret@db:5433/gameplan", DatabaseProvider.Postgres)]
    public void A_db_argument_names_its_provider(string argument, DatabaseProvider provider) =>
        Assert.Equal(provider, DatabaseSettings.FromArgument(argument).Provider);

    [Fact]
    public void A_postgres_url_becomes_a_connection_string_and_its_password_is_never_printed()
    {
        var settings = DatabaseSettings.FromArgument("postgres://app:s3cret@db:5433/gameplan");

        Assert.Equal("Host=db;Database=gameplan;Port=5433;Username=app;Password=s3cret", settings.ConnectionString);
        Assert.DoesNotContain("s3cret", settings.Describe());
    }

    [Theory]
    [InlineData("Host=db;Database=gameplan;Username=app;Password=s3cret")]
    [InlineData("Host=db;Database=gameplan;Username=app;PWD=s3cret")]
    [InlineData("Host=db;Database=gameplan;Username=app;PSW=s3cret")]
    public void A_postgres_password_is_never_printed_whatever_its_keyword(string connectionString) =>
        Assert.DoesNotContain("s3cret", DatabaseSettings.Postgres(connectionString).Describe());

    private static async Task<string> ScalarAsync(GameplanDbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
