using Gameplan.Core.Data;
using Gameplan.Core.Versions;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gameplan.Core.Plans;

/// <summary>
/// One change to one plan, serialised with every other change to it: the plan is locked before it is
/// read, so two writers never start from the same version. SQLite's write transaction begins
/// IMMEDIATE (Microsoft.Data.Sqlite's default), taking the database's write lock before the read;
/// PostgreSQL locks the plan's row (FOR UPDATE) and lets other plans change meanwhile. Both hold across
/// processes, so several app instances on one database are serialised too. A version the caller
/// expects (If-Match) is checked here, inside the lock. See docs/decisions/0022-optimistic-concurrency.md.
/// </summary>
internal sealed class PlanChange : IAsyncDisposable
{
    private readonly GameplanDbContext _db;
    private readonly IDbContextTransaction? _own;

    // An approved plan that is changed is checked against its last approved version when saved.
    private readonly bool _wasActive;

    private PlanChange(GameplanDbContext db, IDbContextTransaction? own, StrategicPlan plan)
    {
        _db = db;
        _own = own;
        Plan = plan;
        _wasActive = plan.Status == PlanStatus.Active;
    }

    /// <summary>The plan, as it is now that no one else may change it until this change ends.</summary>
    public StrategicPlan Plan { get; }

    public static async Task<PlanChange> BeginAsync(GameplanDbContext db, int planId, CancellationToken ct)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlAsync($"""SELECT 1 FROM "Plans" WHERE "Id" = {planId} FOR UPDATE""", ct);
            }
            return new PlanChange(db, own, await db.LoadPlanAsync(planId, ct));
        }
        catch
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
            throw;
        }
    }

    /// <summary>Refuses the change when the caller read another version of the plan's header than the current one.</summary>
    public void ExpectPlan(IReadOnlyCollection<string>? ifMatch) => ElementTags.Expect(ifMatch, ElementTags.Of(Plan), "plan");

    /// <summary>
    /// Saves and ends the change (the lock is released with the commit). A change to an approved plan that the
    /// organisation's reapproval rule counts sends it back to review, in the same transaction (<see cref="ApprovalWatch"/>).
    /// </summary>
    public async Task SaveAsync(CancellationToken ct)
    {
        await _db.SaveAsync(ct);
        if (_wasActive && Plan.Status == PlanStatus.Active && _db.Entry(Plan).State != EntityState.Detached
            && await ApprovalWatch.CheckAsync(_db, Plan, ct))
        {
            await _db.SaveAsync(ct);
        }
        if (_own is not null)
        {
            await _own.CommitAsync(ct);
        }
    }

    /// <summary>Ends a change that was not saved: nothing is written and the lock is released at once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_own is not null)
        {
            await _own.DisposeAsync();
        }
    }
}
