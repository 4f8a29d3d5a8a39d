using Gameplan.Core.Audit;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Teams;

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
            AuditLog.AddRange(pending.Select(p => ToEntry(p, now)).OfType<AuditEntry>());
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

    private AuditEntry? ToEntry(PendingAudit audit, DateTimeOffset now)
    {
        var planId = AuditTrail.PlanIdOf(ChangeTracker, audit.Entity);
        var organization = audit.Entity switch
        {
            Person person => person.OrganizationId,
            Team team => team.OrganizationId,
            StrategicPlan plan => plan.OrganizationId,
            GoalMeasurement measurement => measurement.OrganizationId,
            _ => ChangeTracker.Entries<StrategicPlan>().FirstOrDefault(e => e.Entity.Id == planId)?.Entity.OrganizationId ?? OrganizationScope,
        };
        if (organization is not { } org)
        {
            return null;
        }
        var id = (int)(Entry(audit.Entity).Property("Id").CurrentValue ?? 0);
        return new AuditEntry(org, now, AuditActor, audit.Action, audit.EntityType, id, planId, AuditTrail.Describe(audit.Entity), AuditTrail.Serialize(audit));
    }
}
