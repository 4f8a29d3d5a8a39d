using Gameplan.Domain.Organizations;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Data;

/// <summary>Goal measurements: beside the plan aggregate, scoped by organisation, gone with their goal.</summary>
internal static class GoalMeasurementConfiguration
{
    public static void Apply(ModelBuilder model)
    {
        model.Entity<GoalMeasurement>(m =>
        {
            m.ToTable("GoalMeasurements");
            m.Property(x => x.Value).HasPrecision(18, 4);
            m.Property(x => x.Note).HasMaxLength(GoalMeasurement.MaxNoteLength);
            m.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
            m.Property(x => x.RecordedBy).HasMaxLength(200);
            m.HasIndex(x => new { x.GoalId, x.Date });
            m.HasIndex(x => x.OrganizationId);
            m.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
            m.HasOne<Goal>().WithMany().HasForeignKey(x => x.GoalId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
