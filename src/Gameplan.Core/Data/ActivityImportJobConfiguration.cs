using Gameplan.Core.Activities.Import;
using Gameplan.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Data;

/// <summary>Uploaded activity files' jobs and the files' pieces (docs/decisions/0050-import-jobs-live-in-the-database.md).</summary>
internal static class ActivityImportJobConfiguration
{
    public static void Apply(ModelBuilder model)
    {
        model.Entity<ActivityImportJob>(j =>
        {
            j.Property(x => x.Id).HasMaxLength(32);
            j.Property(x => x.FileName).HasMaxLength(255);
            j.Property(x => x.MappingName).HasMaxLength(300);
            j.Property(x => x.Mapping).HasMaxLength(300_000);
            j.Property(x => x.Stage).HasConversion<string>().HasMaxLength(20);
            j.Property(x => x.Preview).HasMaxLength(2_000_000);
            j.Property(x => x.Summary).HasMaxLength(2_000_000);
            j.Property(x => x.Error).HasMaxLength(1000);
            j.Property(x => x.Holder).HasMaxLength(200);
            j.HasIndex(x => new { x.OrganizationId, x.UserId });
            j.HasIndex(x => x.Stage);
            j.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<ActivityImportFileChunk>(c =>
        {
            c.ToTable("ActivityImportFileChunks");
            c.HasKey(x => new { x.JobId, x.Index });
            c.HasOne<ActivityImportJob>().WithMany().HasForeignKey(x => x.JobId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
