using Gameplan.Domain.Activities;
using Gameplan.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Data;

/// <summary>Saved CSV column mappings: one name per organisation, compared ignoring case through NormalizedName.</summary>
internal static class ImportMappingConfiguration
{
    public static void Apply(ModelBuilder model)
    {
        model.Entity<ActivityImportMapping>(m =>
        {
            m.ToTable("ImportMappings");
            m.Property(x => x.Name).HasMaxLength(100);
            m.Property(x => x.NormalizedName).HasMaxLength(100);
            m.Property(x => x.Definition).HasMaxLength(ActivityImportMapping.MaxDefinitionLength);
            m.HasIndex(x => new { x.OrganizationId, x.NormalizedName }).IsUnique();
            m.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
