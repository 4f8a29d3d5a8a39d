using Gameplan.Domain.CheckIns;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Data;

/// <summary>
/// Weekly check-ins: beside the plan aggregate, scoped by organisation, one a plan, person and week, gone with
/// their plan. A line names its commitment by id without a foreign key, so removing a commitment keeps the
/// weeks already written about it (as comments keep a removed element's threads, ADR 0026).
/// </summary>
internal static class CheckInConfiguration
{
    public static void Apply(ModelBuilder model)
    {
        model.Entity<CheckIn>(c =>
        {
            c.ToTable("CheckIns");
            c.Property(x => x.Wins).HasMaxLength(CheckIn.MaxTextLength);
            c.Property(x => x.Blockers).HasMaxLength(CheckIn.MaxTextLength);
            c.Property(x => x.NextFocus).HasMaxLength(CheckIn.MaxTextLength);
            c.HasIndex(x => new { x.PlanId, x.PersonId, x.Week }).IsUnique();
            c.HasIndex(x => new { x.PersonId, x.Week });
            c.HasIndex(x => x.OrganizationId);
            c.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
            c.HasOne<StrategicPlan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
            c.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.ClientNoAction);
            c.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.CheckInId).OnDelete(DeleteBehavior.Cascade);
            c.Navigation(x => x.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        model.Entity<CheckInLine>(l =>
        {
            l.ToTable("CheckInLines");
            l.Property(x => x.Actual).HasPrecision(18, 4);
            l.Property(x => x.Confidence).HasConversion<string>().HasMaxLength(20);
            l.Property(x => x.Why).HasMaxLength(CheckIn.MaxTextLength);
        });
    }
}
