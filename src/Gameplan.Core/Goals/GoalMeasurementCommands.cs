using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Domain;
using Gameplan.Domain.Access;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Goals;

/// <summary>Records and deletes a goal's measurements (entered by people; plan files import theirs through the importer).</summary>
public sealed class GoalMeasurementCommands(GameplanDbContext db, TimeProvider clock)
{
    public async Task<MeasurementDetails> RecordAsync(int goalId, MeasurementRequest request, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = await GoalMeasurementAccess.RequireAsync(db, goalId, actor, PlanPermission.Edit, ct);
        GoalMeasurement.EnsurePlanOpen(target.PlanStatus, target.PlanName);
        var now = clock.GetUtcNow();
        // The latest day begun anywhere in the organisation, as for activities.
        var latest = await new OrganizationClock(db, clock).LatestAsync(ct);
        var measurement = new GoalMeasurement(
            target.OrganizationId,
            goalId,
            request.Date ?? throw new DomainRuleException("The date is required (YYYY-MM-DD).", "date"),
            request.Value ?? throw new DomainRuleException("The value is required: a number in the goal's unit.", "value"),
            request.Note,
            MeasurementSource.Entered,
            db.AuditActor,
            now,
            latest);
        db.GoalMeasurements.Add(measurement);
        await db.SaveChangesAsync(ct);
        return GoalMeasurementQueries.ToDetails(measurement);
    }

    public async Task DeleteAsync(int goalId, int measurementId, Actor actor, CancellationToken ct = default)
    {
        var target = await GoalMeasurementAccess.RequireAsync(db, goalId, actor, PlanPermission.Edit, ct);
        var measurement = await db.GoalMeasurements.FirstOrDefaultAsync(m => m.Id == measurementId && m.GoalId == goalId, ct)
            ?? throw new NotFoundException($"Measurement {measurementId} of goal {goalId}");
        GoalMeasurement.EnsurePlanOpen(target.PlanStatus, target.PlanName);
        db.GoalMeasurements.Remove(measurement);
        await db.SaveChangesAsync(ct);
    }
}
