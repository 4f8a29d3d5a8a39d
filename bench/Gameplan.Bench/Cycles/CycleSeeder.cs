using System.Globalization;
using Gameplan.Bench.Activities;
using Gameplan.Core.Cycles;
using Gameplan.Core.Data;
using Gameplan.Core.PlanFiles;
using Gameplan.Core.Plans;
using Gameplan.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Bench.Cycles;

/// <summary>
/// A planning cycle under way, built through the product's own Core commands: 500 reps in 10 teams of 50 (as the
/// activity benchmarks seed them) with a manager each and an executive; a cycle for the period that starts in
/// two to three months, open for three weeks; one organisation plan (5 goals, 5 strategies), 10 team plans each
/// carrying out one of its strategies with goals that contribute to its goals, and 49 rep plans under the team
/// plans contributing to theirs: 60 plans, imported as plan files (<see cref="PlanFileImporter"/>) and moved
/// through review with <see cref="PlanCommands.TransitionAsync(int, PlanTransition, CancellationToken)"/>, so
/// their versions and states are the real ones: the rep plans a quarter each draft, in review, returned and
/// approved.
/// </summary>
internal static class CycleSeeder
{
    public const int Reps = 500;
    public const int RepPlans = 49;
    public const string Executive = "exec";
    public const string OrganizationPlan = "Bench Field Sales plan";

    private const int Teams = Reps / BenchOptions.TeamSize;

    /// <summary>What the benchmark needs from the seed: the organisation, the cycle, the executive and a manager, the organisation plan.</summary>
    public sealed record Seeded(int Organization, int Cycle, int Executive, int Manager, int OrganizationPlan);

    public static async Task<Seeded> SeedAsync(DatabaseSettings settings, DateOnly today)
    {
        await using var db = GameplanDatabase.Open(settings);
        var organization = await OrganizationSeeder.SeedAsync(db, Reps);
        var teams = await db.Teams.OrderBy(t => t.Name).ToListAsync();
        db.People.AddRange(teams.Select((t, i) => new Person(organization, Manager(i + 1), $"Manager {i + 1:00}", PersonRole.Manager, t.Id, 40)));
        db.People.Add(new Person(organization, Executive, "Bench Executive", PersonRole.Executive, null, 45));
        await db.SaveChangesAsync();

        // The period starts on the first of the month three months on (two to three months from today): the cycle is open.
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(3);
        var end = start.AddYears(1).AddDays(-1);
        var cycle = await new CycleCommands(db, TimeProvider.System).CreateAsync(new CycleRequest
        {
            Name = "Bench cycle",
            PeriodStart = start,
            PeriodEnd = end,
            Opens = today.AddDays(-21),
            DraftsDue = today.AddDays(14),
            ReviewsDue = today.AddDays(35),
        }, null);

        var plans = new PlanCommands(db, TimeProvider.System);
        var top = await ImportAsync(db, CyclePlanFiles.Organization(start, end));
        await ApproveAsync(plans, top);
        for (var t = 1; t <= Teams; t++)
        {
            var team = await ImportAsync(db, CyclePlanFiles.Team(t, start, end));
            // Seven team plans approved, two in review, one still a draft.
            if (t <= 9)
            {
                await plans.TransitionAsync(team, PlanTransition.Submit);
            }
            if (t <= 7)
            {
                await plans.TransitionAsync(team, PlanTransition.Approve);
            }
        }
        for (var r = 0; r < RepPlans; r++)
        {
            // Five reps of each team but the last, which has four: rep (team - 1) * 50 + k.
            var (team, k) = ((r / 5) + 1, r % 5);
            var rep = await ImportAsync(db, CyclePlanFiles.Rep(((team - 1) * BenchOptions.TeamSize) + k, team, start, end));
            switch (r % 4)
            {
                case 1:
                    await plans.TransitionAsync(rep, PlanTransition.Submit);
                    break;
                case 2:
                    await plans.TransitionAsync(rep, PlanTransition.Submit);
                    await plans.TransitionAsync(rep, PlanTransition.Return);
                    break;
                case 3:
                    await ApproveAsync(plans, rep);
                    break;
            }
        }
        var people = await db.People.Where(p => p.Handle == Executive || p.Handle == Manager(1)).ToDictionaryAsync(p => p.Handle, p => p.Id);
        return new Seeded(organization, cycle.Id, people[Executive], people[Manager(1)], top);
    }

    public static string Manager(int team) => string.Create(CultureInfo.InvariantCulture, $"mgr{team:00}");

    private static async Task<int> ImportAsync(GameplanDbContext db, PlanFile file)
    {
        var id = (await new PlanFileImporter(db, TimeProvider.System).ImportAsync(file)).PlanId;
        db.ChangeTracker.Clear();
        return id;
    }

    private static async Task ApproveAsync(PlanCommands plans, int plan)
    {
        await plans.TransitionAsync(plan, PlanTransition.Submit);
        await plans.TransitionAsync(plan, PlanTransition.Approve);
    }
}
