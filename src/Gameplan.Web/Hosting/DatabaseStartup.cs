using Gameplan.Core.Data;
using Gameplan.Core.Demo;

namespace Gameplan.Web.Hosting;

/// <summary>Upgrades the database at start-up and, on an empty database, seeds the demo organisation.</summary>
internal static class DatabaseStartup
{
    /// <summary>The <c>Database</c> section; when it names nothing, GAMEPLAN_DB (as the CLI reads it), else the default file.</summary>
    public static DatabaseSettings Settings(IConfiguration configuration)
    {
        string? provider = configuration["Database:Provider"], connection = configuration["Database:ConnectionString"], path = configuration["Database:Path"];
        var shared = Environment.GetEnvironmentVariable("GAMEPLAN_DB");
        return string.IsNullOrWhiteSpace(connection) && string.IsNullOrWhiteSpace(path) && !string.IsNullOrWhiteSpace(shared)
            && !string.Equals(provider, "Postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseSettings.FromArgument(shared)
            : DatabaseSettings.FromConfiguration(provider, connection, path);
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GameplanDbContext>();
        var applied = await GameplanDatabase.MigrateAsync(db);
        var log = app.Logger;
        if (applied.Count > 0)
        {
            log.LogInformation("Database upgraded with {Count} migration(s): {Migrations}", applied.Count, string.Join(", ", applied));
        }
        if (app.Configuration.GetValue("Demo:SeedWhenEmpty", true)
            && await scope.ServiceProvider.GetRequiredService<DemoOrganization>().SeedIfEmptyAsync() is { } organization)
        {
            log.LogInformation("Seeded the demo organisation (id {Id}) into the empty database.", organization);
        }
    }

    /// <summary>Prints where Gameplan is listening, once it is.</summary>
    public static void AnnounceUrls(this WebApplication app, DatabaseSettings database) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls)
            {
                Console.WriteLine($"Gameplan is running at {url}  (database: {database.Describe()}; Ctrl+C stops it)");
            }
        });
}
