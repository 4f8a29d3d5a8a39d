using Gameplan.Bench.Activities;
using Gameplan.Bench.Cycles;
using Gameplan.Core.Data;
using Gameplan.Core.PlanFiles;
using Gameplan.Core.Plans;
using Gameplan.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Bench.Digest;

/// <summary>
/// An organisation of 10,000 reps in 200 teams of 50 (as the activity benchmarks seed them), a manager each and an
/// executive, everyone with an e-mail address, and a year of plans running since the first of the month two months
/// ago, built through Core as <see cref="CycleSeeder"/> builds its cycle (plan files imported, then moved through
/// review): the organisation plan; a team plan per team whose 18 commitments bind the whole team, approved but every
/// tenth still in review (the executive approves it); two rep plans per team, a quarter each draft, in review,
/// returned and approved. So a rep's inbox holds the team's commitments to acknowledge, this week's check-in, and
/// for the plan owners the plan's findings, returns and approvals.
/// </summary>
internal static class DigestSeeder
{
    public const int Reps = 10_000;
    public const int RepPlansPerTeam = 2;

    private const int Teams = Reps / BenchOptions.TeamSize;

    public sealed record Seeded(int Organization, int People, int Plans);

    public static async Task<Seeded> SeedAsync(DatabaseSettings settings, DateOnly today, Action<string> progress)
    {
        await using var db = GameplanDatabase.Open(settings);
        var organization = await OrganizationSeeder.SeedAsync(db, Reps);
        var teams = await db.Teams.OrderBy(t => t.Name).ToListAsync();
        db.People.AddRange(teams.Select((t, i) => new Person(organization, CycleSeeder.Manager(i + 1), $"Manager {i + 1:000}", PersonRole.Manager, t.Id, 40)));
        db.People.Add(new Person(organization, CycleSeeder.Executive, "Bench Executive", PersonRole.Executive, null, 45));
        await db.SaveChangesAsync();
        var people = await db.People.ToListAsync();
        foreach (var person in people)
        {
            person.ChangeEmail($"{person.Handle}@bench.example");
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        progress($"{people.Count:N0} people");

        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-2);
        var end = start.AddYears(1).AddDays(-1);
        var plans = new PlanCommands(db, TimeProvider.System);
        var count = 1;
        await ApproveAsync(plans, await ImportAsync(db, CyclePlanFiles.Organization(start, end)));
        for (var t = 1; t <= Teams; t++)
        {
            var team = await ImportAsync(db, CyclePlanFiles.Team(t, start, end));
            await plans.TransitionAsync(team, PlanTransition.Submit);
            if (t % 10 != 0)
            {
                await plans.TransitionAsync(team, PlanTransition.Approve);
            }
            for (var k = 0; k < RepPlansPerTeam; k++)
            {
                var rep = await ImportAsync(db, CyclePlanFiles.Rep(((t - 1) * BenchOptions.TeamSize) + k, t, start, end));
                switch ((t * RepPlansPerTeam + k) % 4)
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
            count += 1 + RepPlansPerTeam;
            if (t % 50 == 0)
            {
                progress($"{count} plans");
            }
        }
        return new Seeded(organization, people.Count, count);
    }

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
