using Gameplan.Core.Data;
using Gameplan.Core.PlanFiles;
using Gameplan.Domain;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Versions;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Versions;

/// <summary>Stores versions and reads them back as plan trees: a version is the plan file text, compared as <c>gameplan diff</c> compares files.</summary>
internal static class PlanVersions
{
    /// <summary>The plan as it is now, as the plan file <c>gameplan export</c> writes.</summary>
    public static async Task<string> CurrentFileAsync(GameplanDbContext db, int planId, CancellationToken ct) =>
        PlanFileWriter.Write(await new PlanFileExporter(db).ExportAsync(planId, ct));

    /// <summary>Adds the plan's next version (saved with the caller's change); <paramref name="file"/> defaults to the plan as it is now.</summary>
    public static async Task<PlanVersion> RecordAsync(
        GameplanDbContext db, StrategicPlan plan, PlanVersionKind kind, string? reason, DateTimeOffset now, CancellationToken ct, string? file = null)
    {
        file ??= await CurrentFileAsync(db, plan.Id, ct);
        var last = await db.PlanVersions.Where(v => v.PlanId == plan.Id).MaxAsync(v => (int?)v.Number, ct) ?? 0;
        var version = new PlanVersion(plan.OrganizationId, plan.Id, last + 1, kind, file, db.AuditActor, now, reason);
        db.PlanVersions.Add(version);
        return version;
    }

    /// <summary>A stored plan file as the comparison reads it.</summary>
    public static PlanNode Tree(string file, int? number)
    {
        var read = PlanFileReader.Read(file);
        if (read.HasErrors)
        {
            // Versions are written by the exporter; one that no longer reads is a fault of the format, said plainly.
            var what = number is { } n ? $"Version {n}" : "The current plan";
            throw new DomainRuleException($"{what} could not be read as a plan file: {read.Errors.First()}");
        }
        return PlanFileTree.From(read.Plan!);
    }

    public static PlanDiffResult Compare(string older, int? olderNumber, string newer, int? newerNumber) =>
        PlanDiff.Compare(Tree(older, olderNumber), Tree(newer, newerNumber));

    public static PlanVersionSummary Summary(PlanVersion v) => new(v.Number, v.Kind, v.By, v.At, v.Reason);
}
