using Gameplan.Core.Calendar;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Data;

/// <summary>Calendar feeds: one per person at most, found by the hash of their secret, gone with the person or organisation.</summary>
internal static class CalendarFeedConfiguration
{
    public static void Apply(ModelBuilder model)
    {
        model.Entity<CalendarFeed>(f =>
        {
            f.Property(x => x.Prefix).HasMaxLength(16);
            f.Property(x => x.Hash).HasMaxLength(32);
            f.HasIndex(x => x.Hash).IsUnique();
            f.HasIndex(x => x.PersonId).IsUnique();
            f.HasIndex(x => x.OrganizationId);
            f.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
            f.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
