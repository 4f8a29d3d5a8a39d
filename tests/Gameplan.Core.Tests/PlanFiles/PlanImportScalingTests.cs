using Gameplan.Core.PlanFiles;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.PlanFiles;

/// <summary>
/// A plan import's work grows in proportion to the plan, counted rather than timed (issue 11: a
/// 10,000-goal plan took 136 s because every audit line scanned all tracked elements for changes).
/// </summary>
public sealed class PlanImportScalingTests
{
    [DbFact]
    public async Task Ten_times_the_goals_cost_no_more_change_scans_and_at_most_ten_times_the_sql_commands()
    {
        var small = await ImportAsync(goals: 30);
        var large = await ImportAsync(goals: 300);

        Assert.Equal((30, 30, 3), (small.Goals, small.Measurements, small.Acknowledged));
        Assert.Equal((300, 300, 30), (large.Goals, large.Measurements, large.Acknowledged));
        // A scan of the whole change tracker is a pass over every element: their number must not grow
        // with the plan (it grew from 128 to 1,100 here when each audit line scanned), and the elements
        // checked for changes in all may grow tenfold at most (they grew 86-fold: 13,494 to 1,167,987).
        Assert.Equal(small.WholeScans, large.WholeScans);
        Assert.InRange(large.ElementScans, small.ElementScans, 10 * small.ElementScans);
        Assert.InRange(large.Commands, small.Commands, 10 * small.Commands);
    }

    private static async Task<Counts> ImportAsync(int goals)
    {
        await using var database = await TestDatabase.CreateAsync();
        int organization;
        await using (var setup = await database.MigratedAsync())
        {
            var created = new Organization("Imported");
            setup.Organizations.Add(created);
            await setup.SaveChangesAsync();
            organization = created.Id;
        }
        var counter = new CommandCounter();
        await using var db = database.OpenWith(counter, organization);
        var (wholeScans, elementScans) = (0, 0);
        db.ChangeTracker.DetectingAllChanges += (_, _) => wholeScans++;
        db.ChangeTracker.DetectingEntityChanges += (_, _) => elementScans++;

        var planId = (await new PlanFileImporter(db, Seeded.Clock).ImportAsync(Plan(goals))).PlanId;

        var commands = counter.Commands;
        db.ChangeTracker.Clear();
        var plan = await db.Plans.Where(p => p.Id == planId).Include(p => p.Goals).Include(p => p.Tactics).ThenInclude(t => t.Commitments).ThenInclude(c => c.Acknowledgements).SingleAsync();
        return new Counts(
            plan.Goals.Count, await db.GoalMeasurements.CountAsync(), plan.Tactics.SelectMany(t => t.Commitments).Sum(c => c.Acknowledgements.Count),
            wholeScans, elementScans, commands);
    }

    /// <summary>Per 10 goals a strategy serving them with one tactic, its activity acknowledged by its owner; a measurement per goal.</summary>
    private static PlanFile Plan(int goals) => new()
    {
        People = [new PlanFilePerson { Handle = "ana", Name = "Ana Silva", Role = "rep" }],
        Plan = new PlanFilePlan
        {
            Name = $"{goals} goals",
            Scope = "organization",
            Period = new PlanFilePeriod(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31)),
            Goals = Enumerable.Range(1, goals).Select(g => new PlanFileGoal
            {
                Id = $"g{g}",
                Title = $"Reach {g} clinics",
                Target = g,
                Dri = ["ana"],
                Measurements = [new PlanFileMeasurement { Date = new DateOnly(2027, 3, 31), Value = g / 2m }],
            }).ToList(),
            Strategies = Enumerable.Range(0, goals / 10).Select(s => new PlanFileStrategy
            {
                Id = $"s{s + 1}",
                Statement = $"Win clinic group {s + 1} on claim savings.",
                Goals = Enumerable.Range((s * 10) + 1, 10).Select(g => $"g{g}").ToList(),
                Tactics =
                [
                    new PlanFileTactic
                    {
                        Id = $"t{s + 1}", Action = $"Call 5 clinics of group {s + 1} a day.", Owner = "ana", Authors = ["ana"],
                        Activities = [new PlanFileActivity { Metric = "calls", Unit = "count", Target = 5, Per = "day" }],
                        AcknowledgedBy = ["ana"],
                    },
                ],
            }).ToList(),
        },
    };

    private sealed record Counts(int Goals, int Measurements, int Acknowledged, int WholeScans, int ElementScans, int Commands);
}
