using Gameplan.Core.Accounts;
using Gameplan.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Gameplan.Core.Tests.Support;

/// <summary>
/// A fresh, empty database for one test, on the provider chosen by GAMEPLAN_TEST_PROVIDER
/// (<c>sqlite</c>, the default, or <c>postgres</c>). SQLite uses a temporary file; PostgreSQL a new
/// database on the server named by GAMEPLAN_TEST_POSTGRES, dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFolder;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseSettings settings, string? sqliteFolder, string? postgresName)
    {
        Settings = settings;
        _sqliteFolder = sqliteFolder;
        _postgresName = postgresName;
    }

    public DatabaseSettings Settings { get; }

    public bool IsPostgres => Settings.Provider == DatabaseProvider.Postgres;

    public static async Task<TestDatabase> CreateAsync()
    {
        if (!TestProvider.IsPostgres)
        {
            var folder = Path.Combine(Path.GetTempPath(), "gameplan-core-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return new TestDatabase(DatabaseSettings.Sqlite(Path.Combine(folder, "gameplan.db")), folder, null);
        }
        var name = "gameplan_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var admin = new NpgsqlConnection(TestProvider.PostgresServer))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(TestProvider.PostgresServer) { Database = name };
        return new TestDatabase(DatabaseSettings.Postgres(builder.ConnectionString), null, name);
    }

    /// <summary>A context on this database, unscoped (whole database) unless an organisation is given.</summary>
    public GameplanDbContext Open(int? organization = null)
    {
        var db = GameplanDatabase.Open(Settings);
        Scope(db, organization);
        return db;
    }

    /// <summary>A context on this database whose commands and transactions pass through <paramref name="interceptor"/>.</summary>
    public GameplanDbContext OpenWith(IInterceptor interceptor, int? organization = null)
    {
        GameplanDbContext db;
        if (IsPostgres)
        {
            var postgres = new DbContextOptionsBuilder<PostgresGameplanDbContext>();
            GameplanDatabase.Configure(postgres, Settings);
            db = new PostgresGameplanDbContext(postgres.AddInterceptors(interceptor).Options);
        }
        else
        {
            var sqlite = new DbContextOptionsBuilder<SqliteGameplanDbContext>();
            GameplanDatabase.Configure(sqlite, Settings);
            db = new SqliteGameplanDbContext(sqlite.AddInterceptors(interceptor).Options);
        }
        Scope(db, organization);
        return db;
    }

    // No organisation given: the whole database, said explicitly (a context nobody scoped sees nothing).
    private static void Scope(GameplanDbContext db, int? organization)
    {
        if (organization is null)
        {
            db.UseAllOrganizations();
        }
        else
        {
            db.OrganizationScope = organization;
        }
    }

    /// <summary>A context on a freshly migrated database.</summary>
    public async Task<GameplanDbContext> MigratedAsync(int? organization = null)
    {
        var db = Open(organization);
        await GameplanDatabase.MigrateAsync(db);
        return db;
    }

    /// <summary>Migrates the database and returns the services accounts need on it (Identity, sessions, tokens, organisations, data protection).</summary>
    public async Task<ServiceProvider> AccountServicesAsync()
    {
        await using (await MigratedAsync())
        {
        }
        var services = new ServiceCollection().AddLogging();
        services.AddGameplanDatabase(Settings);
        services.AddSingleton(TimeProvider.System);
        services.AddGameplanAccounts();
        services.AddGameplanDataProtection();
        return services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_sqliteFolder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the temp cleaner if a handle is still open.
            }
        }
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(TestProvider.PostgresServer);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Runs raw SQL (arranging data the way an older version of the app left it).</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var db = Open();
        await db.Database.ExecuteSqlRawAsync(sql);
    }
}
