using Gameplan.Core.Accounts;
using Gameplan.Core.Data;
using Gameplan.Core.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gameplan.Bench.Instances;

/// <summary>
/// The benchmark's data: the schema migrated and the demo organisation seeded through Core (as the
/// first start of the app does: ten people, the year's plan, its activities, check-ins, reviews and
/// next year's cycle), and two personal access tokens made through <see cref="TokenCommands"/>: a
/// read-only one of the manager Omar for API reads and a writing one of the rep Lena, who logs her
/// own activities. Pages are read by Omar and Lena signed in through the sign-in form (<see cref="MixedLoad"/>).
/// </summary>
public static class InstancesSeeder
{
    public const string Manager = "omar";
    public const string Rep = "lena";

    /// <param name="Plan">The demo plan's id.</param>
    /// <param name="Metric">A metric Lena logs.</param>
    public sealed record Seeded(int Plan, string Metric, string ReadToken, string WriteToken, int Activities);

    public static async Task<Seeded> SeedAsync(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddGameplanDatabase(DatabaseSettings.Postgres(connectionString));
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddGameplanAccounts();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GameplanDbContext>();
        await GameplanDatabase.MigrateAsync(db);
        var (organization, _) = await new DemoOrganization(db, TimeProvider.System).SeedAsync();
        db.OrganizationScope = organization;
        db.ChangeTracker.Clear();

        var plan = await db.Plans.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var metric = await db.Metrics.OrderBy(m => m.Id).Select(m => m.Name).FirstAsync();
        var people = await db.People.Where(p => p.Handle == Manager || p.Handle == Rep).ToDictionaryAsync(p => p.Handle, p => p.Id);
        var accounts = scope.ServiceProvider.GetRequiredService<AccountCommands>();
        var tokens = scope.ServiceProvider.GetRequiredService<TokenCommands>();
        var read = await tokens.CreateAsync(await accounts.UserIdOfPersonAsync(people[Manager]), new TokenRequest { Name = "bench reads", ExpiresInDays = 1 });
        var write = await tokens.CreateAsync(await accounts.UserIdOfPersonAsync(people[Rep]), new TokenRequest { Name = "bench writes", CanWrite = true, ExpiresInDays = 1 });
        return new Seeded(plan, metric, read.Secret, write.Secret, await db.Activities.CountAsync());
    }

    /// <summary>A demo account's e-mail (every demo account has <see cref="DemoOrganization.Password"/>).</summary>
    public static string Email(string handle) => $"{handle}@{DemoOrganization.EmailDomain}";
}
