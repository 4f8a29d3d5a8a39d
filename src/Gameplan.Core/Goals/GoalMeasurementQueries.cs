using Gameplan.Core.Data;
using Gameplan.Core.Pace;
using Gameplan.Domain.Access;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Goals;

/// <summary>Reads a goal's measurements with its progress, and a plan's measurements for pace, critique and export.</summary>
public sealed class GoalMeasurementQueries(GameplanDbContext db, PaceQueries pace)
{
    /// <summary>The goal's measurements and its progress as of <paramref name="today"/> (default: today), as the plan's pace report has it.</summary>
    public async Task<GoalMeasurementsDetails> ListAsync(int goalId, Actor actor, DateOnly? today = null, CancellationToken ct = default)
    {
        var target = await GoalMeasurementAccess.RequireAsync(db, goalId, actor, PlanPermission.Read, ct);
        var goal = target.Goal;
        var rows = await db.GoalMeasurements.AsNoTracking().Where(m => m.GoalId == goalId).OrderBy(m => m.Date).ThenBy(m => m.Id).ToListAsync(ct);
        var report = await pace.GetReportAsync(goal.PlanId, today, ct);
        var progress = report.Goals.FirstOrDefault(line => string.Equals(line.Id, goal.Key, StringComparison.OrdinalIgnoreCase));
        return new GoalMeasurementsDetails(goal.Id, goal.PlanId, goal.Key, goal.Title, goal.Metric, goal.Unit, report.Today, rows.Select(ToDetails).ToList(), progress);
    }

    /// <summary>One of the goal's measurements.</summary>
    public async Task<MeasurementDetails> GetAsync(int goalId, int measurementId, Actor actor, CancellationToken ct = default)
    {
        await GoalMeasurementAccess.RequireAsync(db, goalId, actor, PlanPermission.Read, ct);
        var measurement = await db.GoalMeasurements.AsNoTracking().FirstOrDefaultAsync(m => m.Id == measurementId && m.GoalId == goalId, ct)
            ?? throw new NotFoundException($"Measurement {measurementId} of goal {goalId}");
        return ToDetails(measurement);
    }

    /// <summary>Every measurement of the plan's goals by goal id, oldest first and on one day in the order recorded (the later wins a tie).</summary>
    internal static async Task<IReadOnlyDictionary<int, IReadOnlyList<GoalMeasurement>>> ForPlanAsync(GameplanDbContext db, int planId, CancellationToken ct)
    {
        var goals = db.Plans.Where(p => p.Id == planId).SelectMany(p => p.Goals).Select(g => g.Id);
        var rows = await db.GoalMeasurements.AsNoTracking().Where(m => goals.Contains(m.GoalId)).OrderBy(m => m.Date).ThenBy(m => m.Id).ToListAsync(ct);
        return rows.GroupBy(m => m.GoalId).ToDictionary(g => g.Key, g => (IReadOnlyList<GoalMeasurement>)g.ToList());
    }

    /// <summary>The measurements of several plans' goals, by goal id, as the pace engine reads them (one query).</summary>
    internal static async Task<IReadOnlyDictionary<int, IReadOnlyList<MeasurementDocument>>> DocumentsForPlansAsync(GameplanDbContext db, IReadOnlyList<int> planIds, CancellationToken ct)
    {
        var goals = db.Plans.Where(p => planIds.Contains(p.Id)).SelectMany(p => p.Goals).Select(g => g.Id);
        var rows = await db.GoalMeasurements.AsNoTracking().Where(m => goals.Contains(m.GoalId)).OrderBy(m => m.Date).ThenBy(m => m.Id)
            .Select(m => new { m.GoalId, m.Date, m.Value }).ToListAsync(ct);
        return rows.GroupBy(m => m.GoalId).ToDictionary(g => g.Key, g => (IReadOnlyList<MeasurementDocument>)[.. g.Select(m => new MeasurementDocument(m.Date, m.Value))]);
    }

    internal static MeasurementDetails ToDetails(GoalMeasurement m) => new(m.Id, m.Date, m.Value, m.Note, m.Source, m.RecordedBy, m.RecordedAt);
}
