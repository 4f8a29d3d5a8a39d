using Gameplan.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gameplan.Web.Tests.Support;

/// <summary>
/// The real web app on its own temporary SQLite file, migrated and seeded with the demo organisation
/// exactly as on a user's first start. One factory per test keeps tests independent.
/// </summary>
public sealed class GameplanWebFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gameplan-web-tests", Guid.NewGuid().ToString("N"));

    public GameplanWebFactory(bool seedDemo = true)
    {
        SeedDemo = seedDemo;
    }

    public bool SeedDemo { get; }

    public string DatabasePath => Path.Combine(_folder, "gameplan.db");

    /// <summary>A context on the same database, scoped to the first organisation, for arranging and checking data.</summary>
    public GameplanDbContext OpenDatabase()
    {
        var db = Services.CreateScope().ServiceProvider.GetRequiredService<GameplanDbContext>();
        db.OrganizationScope = db.Organizations.OrderBy(o => o.Id).Select(o => (int?)o.Id).FirstOrDefault();
        return db;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:Path", DatabasePath);
        builder.UseSetting("Demo:SeedWhenEmpty", SeedDemo ? "true" : "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine is left for the OS temp cleaner.
        }
    }
}
