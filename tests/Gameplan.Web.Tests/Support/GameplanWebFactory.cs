using System.Net.Http.Headers;
using Gameplan.Core.Accounts;
using Gameplan.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gameplan.Web.Tests.Support;

/// <summary>
/// The real web app on its own temporary SQLite file, migrated and seeded with the demo organisation
/// exactly as on a user's first start. One factory per test keeps tests independent. The demo database
/// is seeded once per test run and copied for each factory (<see cref="DemoDatabaseTemplate"/>).
/// </summary>
public sealed class GameplanWebFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gameplan-web-tests", Guid.NewGuid().ToString("N"));
    private readonly string? _databasePath;
    private readonly IReadOnlyDictionary<string, string>? _settings;

    /// <param name="settings">More configuration, e.g. <c>["Security:HttpsOnly"] = "true"</c>; it wins over the defaults set here.</param>
    /// <param name="databasePath">Another factory's <see cref="DatabasePath"/> to run a second app on the same database (a restart); that factory keeps and deletes the file.</param>
    public GameplanWebFactory(bool seedDemo = true, string? signedInAs = "alex", int credentialAttemptsPerMinute = 1000, string? databasePath = null,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        _databasePath = databasePath;
        _settings = settings;
        SeedDemo = seedDemo;
        SignedInAs = signedInAs;
        CredentialAttemptsPerMinute = credentialAttemptsPerMinute;
        if (seedDemo && databasePath is null)
        {
            DemoDatabaseTemplate.CopyTo(DatabasePath);
        }
    }

    // The factory that builds the demo template itself: it seeds through the app's start-up instead of copying.
    private GameplanWebFactory(string templatePath)
    {
        _databasePath = templatePath;
        SeedDemo = true;
        CredentialAttemptsPerMinute = 1000;
    }

    internal static GameplanWebFactory ForTemplate(string path) => new(path);

    public bool SeedDemo { get; }

    /// <summary>The demo handle whose write token <see cref="WebApplicationFactory{T}.CreateClient()"/> sends; alex is the demo admin. Null: anonymous.</summary>
    public string? SignedInAs { get; }

    public int CredentialAttemptsPerMinute { get; }

    /// <summary>A client acting as the demo person <paramref name="handle"/> through a fresh personal access token.</summary>
    public HttpClient CreateClientAs(string handle, bool canWrite = true)
    {
        var client = CreateDefaultClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(handle, canWrite));
        return client;
    }

    /// <summary>A client that has not signed in.</summary>
    public HttpClient CreateAnonymousClient()
    {
        var client = CreateDefaultClient();
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    /// <summary>Creates a personal access token for the account of <paramref name="handle"/> and returns its secret.</summary>
    public string TokenFor(string handle, bool canWrite = true)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GameplanDbContext>();
        var user = db.Users.Join(db.People.IgnoreQueryFilters(), u => u.PersonId, p => p.Id, (u, p) => new { u.Id, p.Handle })
            .First(x => x.Handle == handle);
        var tokens = scope.ServiceProvider.GetRequiredService<TokenCommands>();
        return tokens.CreateAsync(user.Id, new TokenRequest { Name = $"test {handle}", CanWrite = canWrite }).GetAwaiter().GetResult().Secret;
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        if (SignedInAs is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(SignedInAs));
        }
    }

    public string DatabasePath => _databasePath ?? Path.Combine(_folder, "gameplan.db");

    /// <summary>A context on the same database, scoped to the first organisation, for arranging and checking data.</summary>
    public GameplanDbContext OpenDatabase()
    {
        var db = Services.CreateScope().ServiceProvider.GetRequiredService<GameplanDbContext>();
        db.UseAllOrganizations();
        db.OrganizationScope = db.Organizations.OrderBy(o => o.Id).Select(o => (int?)o.Id).FirstOrDefault();
        return db;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:Path", DatabasePath);
        builder.UseSetting("Demo:SeedWhenEmpty", SeedDemo ? "true" : "false");
        // Tests run the digest and webhook jobs themselves, never on the background timer.
        builder.UseSetting("Notifications:Scheduler", "false");
        builder.UseSetting("Security:CredentialAttemptsPerMinute", CredentialAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in _settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_databasePath is not null)
        {
            return;
        }
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
