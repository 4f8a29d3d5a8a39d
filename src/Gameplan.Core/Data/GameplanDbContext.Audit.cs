using Gameplan.Core.Audit;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Teams;
using Gameplan.Domain.Versions;

namespace Gameplan.Core.Data;

// Every save writes its audit lines in the same transaction: a change is never saved unrecorded.
public abstract partial class GameplanDbContext
{
    /// <summary>Who the audit log names for changes saved through this context (set per request or command).</summary>
    public string AuditActor { get; set; } = "system";

    /// <summary>The clock for audit times; tests may fix it.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Orphans are deleted at save time (see the constructor); cascade now so the audit sees them.
        ChangeTracker.DetectChanges();
        ChangeTracker.CascadeChanges();
        var pending = AuditTrail.Collect(ChangeTracker);
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            var now = Clock.GetUtcNow();
            // Indexed once, after the save gave every element its id (see TrackedElements). Nothing
            // changes while the lines are written, so Entry() need not detect changes for each one
            // (on a plan's entry that walks all its elements: n^2 on a large import).
            var tracked = new TrackedElements(ChangeTracker.Entries());
            var detect = ChangeTracker.AutoDetectChangesEnabled;
            ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                AuditLog.AddRange(pending.Select(p => ToEntry(p, tracked, now)).OfType<AuditEntry>().ToList());
            }
            finally
            {
                ChangeTracker.AutoDetectChangesEnabled = detect;
            }
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
            return saved;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    private AuditEntry? ToEntry(PendingAudit audit, TrackedElements tracked, DateTimeOffset now)
    {
        var planId = AuditTrail.PlanIdOf(tracked, audit.Entity);
        var organization = audit.Entity switch
        {
            Person person => person.OrganizationId,
            Team team => team.OrganizationId,
            StrategicPlan plan => plan.OrganizationId,
            GoalMeasurement measurement => measurement.OrganizationId,
            Domain.Comments.Comment comment => comment.OrganizationId,
            PlanVersion version => version.OrganizationId,
            _ => tracked.OrganizationOfPlan(planId) ?? OrganizationScope,
        };
        if (organization is not { } org)
        {
            return null;
        }
        var id = (int)(Entry(audit.Entity).Property("Id").CurrentValue ?? 0);
        return new AuditEntry(org, now, AuditActor, audit.Action, audit.EntityType, id, planId, AuditTrail.Describe(audit.Entity), AuditTrail.Serialize(audit));
    }
}
