using Gameplan.Core.Activities;
using Gameplan.Core.Data;
using Gameplan.Core.Goals;
using Gameplan.Core.Pace;
using Gameplan.Core.Plans;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Goals;

/// <summary>
/// The seeded organisation's East team plan (owner dana, the team's manager) with one goal, 40 clinics
/// now and 80 by the end of 2027, and the commands and queries of its measurements. Today is 2026-11-22.
/// </summary>
internal sealed record GoalMeasurementArrangement(GameplanDbContext Db, int PlanId, int GoalId)
{
    public static async Task<GoalMeasurementArrangement> CreateAsync(GameplanDbContext db)
    {
        await Seeded.OrganizationAsync(db);
        var plan = await new PlanCommands(db, Seeded.Clock).CreateAsync(Seeded.TeamPlan());
        var goal = await new GoalCommands(db, Seeded.Clock).CreateAsync(plan.Id, new GoalRequest
        {
            Title = "Serve 80 clinics",
            Metric = "clinics",
            Unit = "count",
            Baseline = 40,
            Target = 80,
            Due = new DateOnly(2027, 12, 31),
            Dri = "dana",
        });
        db.ChangeTracker.Clear();
        return new GoalMeasurementArrangement(db, plan.Id, goal.Id);
    }

    public GoalMeasurementCommands Commands => new(Db, Seeded.Clock);

    public GoalMeasurementQueries Queries => new(Db, Pace);

    public PaceQueries Pace => new(Db, new PlanQueries(Db), new ActivityQueries(Db), Seeded.Clock);

    public async Task<Actor> ActorAsync(string handle)
    {
        var person = await Db.People.SingleAsync(p => p.Handle == handle);
        var teams = await Db.Teams.ToDictionaryAsync(t => t.Id, t => t.ParentTeamId);
        return Actor.For(person.Id, person.Role, person.TeamId, teams);
    }

    public Task<MeasurementDetails> RecordAsync(string date, decimal value, string by = "dana", string? note = null) =>
        RecordAsync(new MeasurementRequest { Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Value = value, Note = note }, by);

    public async Task<MeasurementDetails> RecordAsync(MeasurementRequest request, string by = "dana") =>
        await Commands.RecordAsync(GoalId, request, await ActorAsync(by));
}
