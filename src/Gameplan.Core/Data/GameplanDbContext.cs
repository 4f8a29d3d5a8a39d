using Gameplan.Domain.Activities;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Data;

/// <summary>
/// The one database context. Each provider has a subclass only so that it owns its own
/// hand-written migrations (see docs/decisions/0002-hand-written-migrations.md).
/// </summary>
public abstract class GameplanDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>
    /// The organisation every query is limited to. Set once per request (web) or command (CLI);
    /// null only for whole-database work such as migrations and seeding.
    /// </summary>
    public int? OrganizationScope { get; set; }

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<StrategicPlan> Plans => Set<StrategicPlan>();

    public DbSet<Metric> Metrics => Set<Metric>();

    public DbSet<ActivityEntry> Activities => Set<ActivityEntry>();

    /// <summary>The organisation in scope; throws when none is (a programming error, not user input).</summary>
    public int RequireOrganization() =>
        OrganizationScope ?? throw new InvalidOperationException("No organisation is in scope for this operation.");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ModelConfiguration.Apply(modelBuilder, Database.IsSqlite());

        // Tenancy in one place: rows of another organisation are invisible to every query.
        modelBuilder.Entity<Team>().HasQueryFilter(t => OrganizationScope == null || t.OrganizationId == OrganizationScope);
        modelBuilder.Entity<Person>().HasQueryFilter(p => OrganizationScope == null || p.OrganizationId == OrganizationScope);
        modelBuilder.Entity<StrategicPlan>().HasQueryFilter(p => OrganizationScope == null || p.OrganizationId == OrganizationScope);
        modelBuilder.Entity<Metric>().HasQueryFilter(m => OrganizationScope == null || m.OrganizationId == OrganizationScope);
        modelBuilder.Entity<ActivityEntry>().HasQueryFilter(a => OrganizationScope == null || a.OrganizationId == OrganizationScope);
        modelBuilder.Entity<Organization>().HasQueryFilter(o => OrganizationScope == null || o.Id == OrganizationScope);
    }
}
