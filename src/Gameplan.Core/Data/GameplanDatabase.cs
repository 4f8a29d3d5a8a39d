using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Gameplan.Core.Data;

/// <summary>Opens and upgrades the database for either provider; shared by the web app, the CLI and tests.</summary>
public static class GameplanDatabase
{
    public static IServiceCollection AddGameplanDatabase(this IServiceCollection services, DatabaseSettings settings)
    {
        PrepareLocation(settings);
        return settings.Provider == DatabaseProvider.Sqlite
            ? services.AddDbContext<GameplanDbContext, SqliteGameplanDbContext>(options => Configure(options, settings))
            : services.AddDbContext<GameplanDbContext, PostgresGameplanDbContext>(options => Configure(options, settings));
    }

    /// <summary>A context outside dependency injection (CLI commands, tests, tools).</summary>
    public static GameplanDbContext Open(DatabaseSettings settings)
    {
        PrepareLocation(settings);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            var builder = new DbContextOptionsBuilder<SqliteGameplanDbContext>();
            Configure(builder, settings);
            return new SqliteGameplanDbContext(builder.Options);
        }
        var postgres = new DbContextOptionsBuilder<PostgresGameplanDbContext>();
        Configure(postgres, settings);
        return new PostgresGameplanDbContext(postgres.Options);
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            options.UseSqlite(settings.ConnectionString).AddInterceptors(new SqlitePragmas());
        }
        else
        {
            options.UseNpgsql(settings.ConnectionString);
        }
        // The migrations are hand-written SQL; a test proves they build exactly the model's schema.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>Applies every pending migration; returns the ids of those applied.</summary>
    /// <remarks>
    /// Several instances may start at once on one PostgreSQL database: they take turns on a session-level
    /// advisory lock, so the first applies the migrations and the others find none pending (EF Core's own
    /// lock does not cover a database whose history table does not exist yet). SQLite serialises writers itself.
    /// </remarks>
    public static async Task<IReadOnlyList<string>> MigrateAsync(GameplanDbContext db, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsNpgsql())
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            return pending;
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync(LockSql, cancellationToken);
            try
            {
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                if (pending.Count > 0)
                {
                    await db.Database.MigrateAsync(cancellationToken);
                }
                return pending;
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync(UnlockSql, CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // The advisory lock's key is "gameplan" in ASCII (0x67616d65706c616e), so it does not collide with another application's by chance.
    private const string LockSql = "SELECT pg_advisory_lock(7449355541092786542)";

    private const string UnlockSql = "SELECT pg_advisory_unlock(7449355541092786542)";

    private static void PrepareLocation(DatabaseSettings settings)
    {
        if (settings.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }
        var file = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder) && file != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
