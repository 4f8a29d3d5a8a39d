using Gameplan.Core.Accounts;
using Gameplan.Core.Data;
using Gameplan.Core.PlanFiles;
using Gameplan.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gameplan.Bench.Activities;

/// <summary>
/// Gives the imported database what a team dashboard needs: an active plan for Team 001 whose one
/// tactic commits every member to each of the five metrics per working day all year, and an admin
/// account with a read-only personal access token for wrk. Run once per database (idempotent).
/// </summary>
public static class DashboardSetup
{
    private const string Admin = "bench-admin";

    private static readonly string PlanYaml = $$"""
        version: 1
        plan:
          name: Bench Team 001 2026
          scope: team
          team: Team 001
          owner: rep00000
          period: { start: 2026-01-01, end: 2026-12-31 }
          drafted: 2025-11-01
          mission: Keep the daily activity that wins deals visible.
          strategies:
            - id: s1
              statement: Win more deals through daily outbound activity.
              dri: rep00000
              tactics:
                - id: t1
                  action: Do the daily activity set every working day.
                  owner: team
                  start: 2026-01-01
                  due: 2026-12-31
                  status: active
                  activities:
        {{string.Join("\n", ActivityCsvGenerator.Metrics.Select(m =>
            $"            - {{ metric: {m.Name}, unit: {m.Unit}, target: {m.Max / 2}, per: day, assignees: team }}"))}}
        """;

    /// <summary>Adds the active plan of Team 001 unless it is there; returns the team's id. The organisation must be in scope.</summary>
    public static async Task<int> EnsureTeamPlanAsync(GameplanDbContext db)
    {
        var team = await db.Teams.Where(t => t.Name == "Team 001").Select(t => t.Id).SingleAsync();
        if (!await db.Plans.AnyAsync(p => p.Name == "Bench Team 001 2026"))
        {
            var read = PlanFileReader.Read(PlanYaml);
            if (read.HasErrors)
            {
                throw new InvalidOperationException(string.Join("; ", read.Errors));
            }
            var imported = await new PlanFileImporter(db, TimeProvider.System).ImportAsync(read.Plan!);
            // Reviewing and approving through the workflow is beside the point here: the plan is made active directly.
            await db.Database.ExecuteSqlAsync($"UPDATE \"Plans\" SET \"Status\" = 'Active' WHERE \"Id\" = {imported.PlanId}");
        }
        return team;
    }

    /// <summary>Returns the team's id and a bearer token.</summary>
    public static async Task<(int Team, string Token)> PrepareAsync(DatabaseSettings settings)
    {
        var services = new ServiceCollection();
        services.AddGameplanDatabase(settings);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddGameplanAccounts();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GameplanDbContext>();
        var organization = await OrganizationSeeder.ScopeAsync(db);
        var team = await EnsureTeamPlanAsync(db);
        if (!await db.People.AnyAsync(p => p.Handle == Admin))
        {
            db.People.Add(new Person(organization, Admin, "Bench Admin", PersonRole.Admin, null, 40));
            await db.SaveChangesAsync();
        }
        var accounts = scope.ServiceProvider.GetRequiredService<AccountCommands>();
        var person = await db.People.Where(p => p.Handle == Admin).Select(p => p.Id).SingleAsync();
        if (!await accounts.HasAccountAsync(person))
        {
            await accounts.AddAccountAsync(new AccountRequest { Handle = Admin, Email = "bench-admin@example.com", Password = "bench-only-Passw0rd!" });
        }
        var user = await accounts.UserIdOfPersonAsync(person);
        var token = await scope.ServiceProvider.GetRequiredService<TokenCommands>().CreateAsync(user, new TokenRequest { Name = $"bench {DateTime.UtcNow:HHmmss}", ExpiresInDays = 1 });
        return (team, token.Secret);
    }
}
