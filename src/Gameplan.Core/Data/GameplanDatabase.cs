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
    public static async Task<IReadOnlyList<string>> MigrateAsync(GameplanDbContext db, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }

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
