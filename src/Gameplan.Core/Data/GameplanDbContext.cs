using Gameplan.Core.Accounts;
using Gameplan.Core.Audit;
using Gameplan.Domain.Activities;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Teams;
using Gameplan.Domain.Versions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gameplan.Core.Data;

/// <summary>
/// The one database context, including the sign-in accounts (ASP.NET Core Identity). Each provider
/// has a subclass only so that it owns its own hand-written migrations
/// (see docs/decisions/0002-hand-written-migrations.md).
/// </summary>
public abstract partial class GameplanDbContext : IdentityUserContext<UserAccount, int>
{
    protected GameplanDbContext(DbContextOptions options)
        : base(options)
    {
        // An element moved between parents (a tactic to another strategy) is briefly an orphan;
        // it must not be deleted, with its commitments, before it is attached to its new parent.
        ChangeTracker.DeleteOrphansTiming = CascadeTiming.OnSaveChanges;
    }

    private int? _organizationScope;

    /// <summary>
    /// The organisation every query is limited to. Set once per request (web) or command (CLI). Null is
    /// no organisation: a context nobody scoped sees no organisation's rows, so a forgotten scope shows
    /// nothing rather than everything. Whole-database work says so with <see cref="AcrossOrganizations"/>.
    /// Setting a scope ends an across-organisations mode.
    /// </summary>
    public int? OrganizationScope
    {
        get => _organizationScope;
        set
        {
            _organizationScope = value;
            AllOrganizations = false;
        }
    }

    /// <summary>Whether queries see every organisation (set only through <see cref="AcrossOrganizations"/> or <see cref="UseAllOrganizations"/>).</summary>
    public bool AllOrganizations { get; private set; }

    /// <summary>
    /// Lets queries see every organisation (and none is "the" organisation) until the result is disposed, then
    /// puts the previous scope back: for the few reads that come before an organisation is known (a token,
    /// a session, the first-run check).
    /// </summary>
    public IDisposable AcrossOrganizations()
    {
        var (organization, all) = (_organizationScope, AllOrganizations);
        (_organizationScope, AllOrganizations) = (null, true);
        return new ScopeRestore(() => (_organizationScope, AllOrganizations) = (organization, all));
    }

    /// <summary>Every organisation for the rest of this context's life: migrations, seeding, whole-database tools and tests.</summary>
    public void UseAllOrganizations() => (_organizationScope, AllOrganizations) = (null, true);

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<StrategicPlan> Plans => Set<StrategicPlan>();

    public DbSet<Metric> Metrics => Set<Metric>();

    public DbSet<ActivityEntry> Activities => Set<ActivityEntry>();

    public DbSet<ActivityDayTotal> ActivityDays => Set<ActivityDayTotal>();

    public DbSet<ActivityMonthTotal> ActivityMonths => Set<ActivityMonthTotal>();

    public DbSet<ActivityImportMapping> ImportMappings => Set<ActivityImportMapping>();

    public DbSet<Activities.Import.ActivityImportJob> ActivityImportJobs => Set<Activities.Import.ActivityImportJob>();

    public DbSet<GoalMeasurement> GoalMeasurements => Set<GoalMeasurement>();

    public DbSet<Domain.Cycles.PlanningCycle> Cycles => Set<Domain.Cycles.PlanningCycle>();
    public DbSet<Domain.Comments.Comment> Comments => Set<Domain.Comments.Comment>();
    public DbSet<PlanVersion> PlanVersions => Set<PlanVersion>();

    public DbSet<Domain.Reviews.ActionItem> ActionItems => Set<Domain.Reviews.ActionItem>();

    public DbSet<Domain.Reviews.TalkingPoint> TalkingPoints => Set<Domain.Reviews.TalkingPoint>();

    public DbSet<Domain.Reviews.ReviewDecision> ReviewDecisions => Set<Domain.Reviews.ReviewDecision>();

    public DbSet<Domain.Reviews.ReviewParticipant> ReviewParticipants => Set<Domain.Reviews.ReviewParticipant>();

    public DbSet<Domain.Reviews.ReviewSnapshot> ReviewSnapshots => Set<Domain.Reviews.ReviewSnapshot>();

    public DbSet<Domain.Templates.OrganizationTemplate> Templates => Set<Domain.Templates.OrganizationTemplate>();

    public DbSet<Domain.CheckIns.CheckIn> CheckIns => Set<Domain.CheckIns.CheckIn>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<Calendar.CalendarFeed> CalendarFeeds => Set<Calendar.CalendarFeed>();

    public DbSet<Notifications.EmailSettings> EmailSettings => Set<Notifications.EmailSettings>();

    public DbSet<SingleSignOn.SingleSignOnSettings> SingleSignOnSettings => Set<SingleSignOn.SingleSignOnSettings>();

    public DbSet<Notifications.DigestSubscription> DigestSubscriptions => Set<Notifications.DigestSubscription>();

    public DbSet<Notifications.DigestLogEntry> DigestLog => Set<Notifications.DigestLogEntry>();

    public DbSet<Scheduling.SchedulerLease> SchedulerLeases => Set<Scheduling.SchedulerLease>();

    public DbSet<Webhooks.Webhook> Webhooks => Set<Webhooks.Webhook>();

    public DbSet<Webhooks.WebhookDelivery> WebhookDeliveries => Set<Webhooks.WebhookDelivery>();

    public DbSet<Funnels.SalesFunnel> Funnels => Set<Funnels.SalesFunnel>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<SignInSession> Sessions => Set<SignInSession>();

    public DbSet<Demo.DemoSignIn> DemoSignIns => Set<Demo.DemoSignIn>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Fixed, so the model (and so the schema) is the same with or without the web host's Identity options.</summary>
    protected override Version SchemaVersion => IdentitySchemaVersions.Version3;

    /// <summary>The organisation in scope; throws when none is (a programming error, not user input).</summary>
    public int RequireOrganization() =>
        OrganizationScope ?? throw new InvalidOperationException("No organisation is in scope for this operation.");

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Conventions.Replace<ForeignKeyIndexConvention>(
            services => new UnindexedForeignKeys(services.GetRequiredService<ProviderConventionSetBuilderDependencies>()));
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        ModelConfiguration.Apply(modelBuilder, Database.IsSqlite());
        AccountConfiguration.Apply(modelBuilder);
        CalendarFeedConfiguration.Apply(modelBuilder);
        NotificationConfiguration.Apply(modelBuilder);
        ReviewWorkspaceConfiguration.Apply(modelBuilder);
        FunnelConfiguration.Apply(modelBuilder);
        ActivityImportJobConfiguration.Apply(modelBuilder);

        // Tenancy in one place: rows of another organisation are invisible to every query.
        modelBuilder.Entity<Team>().HasQueryFilter(t => AllOrganizations || t.OrganizationId == OrganizationScope);
        modelBuilder.Entity<Person>().HasQueryFilter(p => AllOrganizations || p.OrganizationId == OrganizationScope);
        modelBuilder.Entity<StrategicPlan>().HasQueryFilter(p => AllOrganizations || p.OrganizationId == OrganizationScope);
        modelBuilder.Entity<Metric>().HasQueryFilter(m => AllOrganizations || m.OrganizationId == OrganizationScope);
        modelBuilder.Entity<ActivityEntry>().HasQueryFilter(a => AllOrganizations || a.OrganizationId == OrganizationScope);
        modelBuilder.Entity<ActivityDayTotal>().HasQueryFilter(a => AllOrganizations || a.OrganizationId == OrganizationScope);
        modelBuilder.Entity<ActivityMonthTotal>().HasQueryFilter(a => AllOrganizations || a.OrganizationId == OrganizationScope);
        modelBuilder.Entity<ActivityImportMapping>().HasQueryFilter(m => AllOrganizations || m.OrganizationId == OrganizationScope);
        modelBuilder.Entity<Activities.Import.ActivityImportJob>().HasQueryFilter(j => AllOrganizations || j.OrganizationId == OrganizationScope);
        modelBuilder.Entity<GoalMeasurement>().HasQueryFilter(m => AllOrganizations || m.OrganizationId == OrganizationScope);
        modelBuilder.Entity<Domain.Cycles.PlanningCycle>().HasQueryFilter(c => AllOrganizations || c.OrganizationId == OrganizationScope);
        modelBuilder.Entity<Domain.Comments.Comment>().HasQueryFilter(c => AllOrganizations || c.OrganizationId == OrganizationScope);
        modelBuilder.Entity<PlanVersion>().HasQueryFilter(v => AllOrganizations || v.OrganizationId == OrganizationScope);
        modelBuilder.Entity<Domain.Templates.OrganizationTemplate>().HasQueryFilter(t => AllOrganizations || t.OrganizationId == OrganizationScope);
        modelBuilder.Entity<Domain.Reviews.ActionItem>().HasQueryFilter(a => AllOrganizations || a.OrganizationId == OrganizationScope);
        modelBuilder.Entity<Domain.Reviews.TalkingPoint>().HasQueryFilter(t => AllOrganizations || t.OrganizationId == OrganizationScope);
        modelBuilder.Entity<Domain.Reviews.ReviewDecision>().HasQueryFilter(d => AllOrganizations || d.OrganizationId == OrganizationScope);
        modelBuilder.Entity<Domain.Reviews.ReviewParticipant>().HasQueryFilter(p => AllOrganizations || p.OrganizationId == OrganizationScope);
        modelBuilder.Entity<Domain.Reviews.ReviewSnapshot>().HasQueryFilter(s => AllOrganizations || s.OrganizationId == OrganizationScope);
        modelBuilder.Entity<Organization>().HasQueryFilter(o => AllOrganizations || o.Id == OrganizationScope);
        modelBuilder.Entity<ApiToken>().HasQueryFilter(t => AllOrganizations || t.OrganizationId == OrganizationScope);
        modelBuilder.Entity<Domain.CheckIns.CheckIn>().HasQueryFilter(c => AllOrganizations || c.OrganizationId == OrganizationScope);
        modelBuilder.Entity<Calendar.CalendarFeed>().HasQueryFilter(f => AllOrganizations || f.OrganizationId == OrganizationScope);
        modelBuilder.Entity<Notifications.EmailSettings>().HasQueryFilter(e => AllOrganizations || e.OrganizationId == OrganizationScope);
        modelBuilder.Entity<SingleSignOn.SingleSignOnSettings>().HasQueryFilter(s => AllOrganizations || s.OrganizationId == OrganizationScope);
        modelBuilder.Entity<Notifications.DigestSubscription>().HasQueryFilter(s => AllOrganizations || s.OrganizationId == OrganizationScope);
        modelBuilder.Entity<Notifications.DigestLogEntry>().HasQueryFilter(l => AllOrganizations || l.OrganizationId == OrganizationScope);
        modelBuilder.Entity<Webhooks.Webhook>().HasQueryFilter(w => AllOrganizations || w.OrganizationId == OrganizationScope);
        modelBuilder.Entity<Webhooks.WebhookDelivery>().HasQueryFilter(d => AllOrganizations || d.OrganizationId == OrganizationScope);
        modelBuilder.Entity<Demo.DemoSignIn>().HasQueryFilter(d => AllOrganizations || d.OrganizationId == OrganizationScope);
        modelBuilder.Entity<SignInSession>().HasQueryFilter(s => AllOrganizations || s.OrganizationId == OrganizationScope);
        modelBuilder.Entity<Funnels.SalesFunnel>().HasQueryFilter(f => AllOrganizations || f.OrganizationId == OrganizationScope);
        modelBuilder.Entity<AuditEntry>().HasQueryFilter(a => AllOrganizations || a.OrganizationId == OrganizationScope);
    }
}
