using Gameplan.Core.Data;
using Gameplan.Domain.Versions;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Versions;

/// <summary>Reads a plan's versions and compares any two of them, or one with the plan as it is now, element by element.</summary>
public sealed class VersionQueries(GameplanDbContext db)
{
    /// <summary>The plan's versions, oldest first.</summary>
    public async Task<IReadOnlyList<PlanVersionSummary>> ListAsync(int planId, CancellationToken ct = default)
    {
        await EnsurePlanAsync(planId, ct);
        return await db.PlanVersions.Where(v => v.PlanId == planId).OrderBy(v => v.Number)
            .Select(v => new PlanVersionSummary(v.Number, v.Kind, v.By, v.At, v.Reason))
            .ToListAsync(ct);
    }

    /// <summary>One version with its plan file.</summary>
    public async Task<PlanVersionDetails> GetAsync(int planId, int number, CancellationToken ct = default)
    {
        var v = await FindAsync(planId, number, ct);
        return new PlanVersionDetails(v.Number, v.Kind, v.By, v.At, v.Reason, v.File);
    }

    /// <summary>What changed from version <paramref name="from"/> to <paramref name="to"/> (null: the plan now), as <c>gameplan diff --format json</c> says it.</summary>
    public async Task<VersionDiff> DiffAsync(int planId, int from, int? to, CancellationToken ct = default)
    {
        var (older, _, newer, _) = await PairAsync(planId, from, to, ct);
        return VersionDiff.Of(PlanDiff.Compare(older, newer));
    }

    /// <summary>The same comparison for people: each change with its element in words and its title.</summary>
    public async Task<VersionComparison> CompareAsync(int planId, int from, int? to, CancellationToken ct = default)
    {
        var (older, fromVersion, newer, toVersion) = await PairAsync(planId, from, to, ct);
        return Comparison(older, fromVersion, newer, toVersion, PlanDiff.Compare(older, newer).Changes);
    }

    /// <summary>
    /// What changed in the plan since it was last approved (since its first submitted version when it never was),
    /// observations left out (measurements, acknowledgements: see <see cref="ReapprovalRule.Changes"/>); null when
    /// the plan has no version to compare with. The approver reads it before approving; an approved plan that
    /// changed shows it.
    /// </summary>
    public async Task<VersionComparison?> SinceApprovalAsync(int planId, CancellationToken ct = default)
    {
        var versions = db.PlanVersions.Where(v => v.PlanId == planId);
        var baseline = await versions.Where(v => v.Kind == PlanVersionKind.Approved).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct)
            ?? await versions.OrderBy(v => v.Number).FirstOrDefaultAsync(ct);
        if (baseline is null)
        {
            return null;
        }
        var older = PlanVersions.Tree(baseline.File, baseline.Number);
        var newer = PlanVersions.Tree(await PlanVersions.CurrentFileAsync(db, planId, ct), null);
        return Comparison(older, PlanVersions.Summary(baseline), newer, null, ReapprovalRule.Changes(PlanDiff.Compare(older, newer)));
    }

    private static VersionComparison Comparison(PlanNode older, PlanVersionSummary from, PlanNode newer, PlanVersionSummary? to, IEnumerable<PlanChange> changes)
    {
        var titles = VersionTitles.Of(older, newer);
        return new VersionComparison(from, to, [.. changes.Select(c => VersionTitles.Line(c, titles))]);
    }

    private async Task<(PlanNode Older, PlanVersionSummary From, PlanNode Newer, PlanVersionSummary? To)> PairAsync(int planId, int from, int? to, CancellationToken ct)
    {
        var older = await FindAsync(planId, from, ct);
        var newer = to is { } number ? await FindAsync(planId, number, ct) : null;
        var newerFile = newer?.File ?? await PlanVersions.CurrentFileAsync(db, planId, ct);
        return (PlanVersions.Tree(older.File, older.Number), PlanVersions.Summary(older),
            PlanVersions.Tree(newerFile, newer?.Number), newer is null ? null : PlanVersions.Summary(newer));
    }

    private async Task<PlanVersion> FindAsync(int planId, int number, CancellationToken ct)
    {
        await EnsurePlanAsync(planId, ct);
        return await db.PlanVersions.AsNoTracking().FirstOrDefaultAsync(v => v.PlanId == planId && v.Number == number, ct)
            ?? throw new NotFoundException($"Version {number} of plan {planId}");
    }

    // Versions are filtered by organisation too; asking for the plan first makes an unknown plan 404 before an empty list.
    private async Task EnsurePlanAsync(int planId, CancellationToken ct)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == planId, ct))
        {
            throw new NotFoundException($"Plan {planId}");
        }
    }
}
