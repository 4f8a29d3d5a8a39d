using Gameplan.Domain.Organizations;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Versions;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Data;

/// <summary>Plan versions: beside the plan aggregate (never loaded with it), scoped by organisation, gone with their plan.</summary>
internal static class PlanVersionConfiguration
{
    public static void Apply(ModelBuilder model)
    {
        model.Entity<PlanVersion>(v =>
        {
            v.ToTable("PlanVersions");
            v.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            v.Property(x => x.By).HasMaxLength(200);
            v.Property(x => x.Reason).HasMaxLength(PlanVersion.MaxReasonLength);
            v.HasIndex(x => new { x.PlanId, x.Number }).IsUnique();
            v.HasIndex(x => x.OrganizationId);
            v.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
            v.HasOne<StrategicPlan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
