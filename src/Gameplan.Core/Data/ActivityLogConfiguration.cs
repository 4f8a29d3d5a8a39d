using Gameplan.Domain.Activities;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Data;

/// <summary>
/// The activity log is built for tens of millions of rows: integer ids instead of names, the day
/// as an integer day number on SQLite (3 bytes instead of 10 of text), the quantity as a float
/// (8 bytes instead of decimal text), and one read index, person+day within an organisation (My
/// day corrections, the person foreign key). Reads for pace and dashboards go to the
/// per person x metric x day and x month aggregates (ActivityDays, ActivityMonths), which the
/// ActivityWriter keeps in the same transaction as every insert.
/// </summary>
internal static class ActivityLogConfiguration
{
    public static void Apply(ModelBuilder model, bool isSqlite)
    {
        model.Entity<Metric>(m =>
        {
            m.Property(x => x.Name).HasMaxLength(100);
            m.Property(x => x.Unit).HasMaxLength(40);
            m.HasIndex(x => new { x.OrganizationId, x.Name }).IsUnique();
            m.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<ActivityEntry>(a =>
        {
            a.ToTable("ActivityLog");
            if (isSqlite)
            {
                a.Property(x => x.Date).HasConversion(d => d.DayNumber, n => DateOnly.FromDayNumber(n));
            }
            a.Property(x => x.Quantity).HasConversion<double>();
            a.Property(x => x.ExternalId).HasMaxLength(100);
            a.Property(x => x.Note).HasMaxLength(500);
            a.HasIndex(x => new { x.OrganizationId, x.PersonId, x.Date });
            a.HasIndex(x => new { x.OrganizationId, x.ExternalId }).IsUnique().HasFilter("\"ExternalId\" IS NOT NULL");
            a.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
            // Composite keys: a row can only name a person or metric of its own organisation. The
            // person index above doubles as that key's index; the metric key has none on purpose
            // (UnindexedForeignKeys: nothing reads the log by metric and metrics are never deleted).
            a.HasOne<Person>().WithMany().HasForeignKey(x => new { x.OrganizationId, x.PersonId })
                .HasPrincipalKey(p => new { p.OrganizationId, p.Id }).OnDelete(DeleteBehavior.ClientNoAction);
            a.HasOne<Metric>().WithMany().HasForeignKey(x => new { x.OrganizationId, x.MetricId })
                .HasPrincipalKey(m => new { m.OrganizationId, m.Id }).OnDelete(DeleteBehavior.ClientNoAction);
        });

        // The aggregates are derived from the log (which already guarantees the person, metric and
        // organisation exist and belong together), so they have no foreign key: each one cost a
        // check per upserted row and organisations are never deleted. The primary key is the one
        // index: it serves the writer's upserts and every read by person.
        model.Entity<ActivityDayTotal>(d =>
        {
            d.ToTable("ActivityDays");
            d.HasKey(x => new { x.OrganizationId, x.PersonId, x.MetricId, x.Date });
            if (isSqlite)
            {
                d.Property(x => x.Date).HasConversion(day => day.DayNumber, n => DateOnly.FromDayNumber(n));
            }
            d.Property(x => x.Quantity).HasConversion<double>();
        });

        model.Entity<ActivityMonthTotal>(m =>
        {
            m.ToTable("ActivityMonths");
            m.HasKey(x => new { x.OrganizationId, x.PersonId, x.MetricId, x.Month });
            if (isSqlite)
            {
                m.Property(x => x.Month).HasConversion(day => day.DayNumber, n => DateOnly.FromDayNumber(n));
            }
            m.Property(x => x.Quantity).HasConversion<double>();
        });
    }
}
