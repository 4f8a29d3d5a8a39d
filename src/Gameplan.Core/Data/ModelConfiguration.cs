using Gameplan.Core.Organizations;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gameplan.Core.Data;

/// <summary>
/// Maps the domain types onto tables. Enums are stored as their names (readable, safe to reorder);
/// people and teams are referenced without any cascade or silent nulling (ClientNoAction) so history is never lost by accident.
/// </summary>
internal static class ModelConfiguration
{
    public static void Apply(ModelBuilder model, bool isSqlite)
    {
        model.Entity<Organization>(o =>
        {
            o.Property(x => x.Name).HasMaxLength(200);
            o.Property(x => x.TimeZone).HasMaxLength(Organization.MaxTimeZoneLength);
            o.Property(x => x.DateLocale).HasMaxLength(Domain.DateStyle.MaxLocaleLength);
            o.Property(x => x.Reapproval).HasConversion<string>().HasMaxLength(30);
            o.Property(x => x.CheckInDay).HasConversion<string>().HasMaxLength(10);
            o.Ignore(x => x.PaceThresholds);
            o.Property(x => x.Settings).HasConversion(PlanningSettingsColumn.Converter, PlanningSettingsColumn.Comparer).HasMaxLength(8000);
        });

        model.Entity<Team>(t =>
        {
            t.Property(x => x.Name).HasMaxLength(120);
            t.HasIndex(x => new { x.OrganizationId, x.Name }).IsUnique();
            t.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
            t.HasOne<Team>().WithMany().HasForeignKey(x => x.ParentTeamId).OnDelete(DeleteBehavior.ClientNoAction);
        });

        model.Entity<Domain.Cycles.PlanningCycle>(c =>
        {
            c.ToTable("PlanningCycles");
            c.Property(x => x.Name).HasMaxLength(200);
            c.HasIndex(x => new { x.OrganizationId, x.PeriodStart });
            c.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<Domain.Templates.OrganizationTemplate>(t =>
        {
            t.ToTable("PlanTemplates");
            t.Property(x => x.Name).HasMaxLength(Domain.Templates.OrganizationTemplate.MaxNameLength);
            t.Property(x => x.Title).HasMaxLength(200);
            t.Property(x => x.Description).HasMaxLength(1000);
            t.Property(x => x.Scope).HasConversion<string>().HasMaxLength(20);
            t.Property(x => x.Fits).HasMaxLength(100);
            t.Property(x => x.Text).HasMaxLength(Domain.Templates.OrganizationTemplate.MaxTextLength);
            t.Property(x => x.AddedBy).HasMaxLength(200);
            t.HasIndex(x => new { x.OrganizationId, x.Name }).IsUnique();
            t.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<Person>(p =>
        {
            p.Property(x => x.Handle).HasMaxLength(40);
            p.Property(x => x.Name).HasMaxLength(120);
            p.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
            p.Property(x => x.CapacityHoursPerWeek).HasPrecision(6, 2);
            p.HasIndex(x => new { x.OrganizationId, x.Handle }).IsUnique();
            p.Property(x => x.Email).HasMaxLength(254);
            p.Property(x => x.TimeZone).HasMaxLength(Organization.MaxTimeZoneLength);
            p.Property(x => x.Home).HasConversion<string>().HasMaxLength(20);
            p.Ignore(x => x.LandsOn);
            p.HasIndex(x => new { x.OrganizationId, x.Email }).IsUnique().HasFilter("\"Email\" IS NOT NULL");
            p.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
            p.HasOne<Team>().WithMany().HasForeignKey(x => x.TeamId).OnDelete(DeleteBehavior.ClientNoAction);
        });

        model.Entity<StrategicPlan>(ConfigurePlan);
        model.Entity<Goal>(ConfigureGoal);
        model.Entity<Strategy>(ConfigureStrategy);
        model.Entity<Tactic>(ConfigureTactic);
        model.Entity<ActivityCommitment>(ConfigureCommitment);
        model.Entity<Review>(r =>
        {
            r.ToTable("Reviews");
            r.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            r.Property(x => x.Notes).HasMaxLength(4000);
            r.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.ClientNoAction);
            r.HasIndex(x => new { x.PlanId, x.Date });
        });

        ConfigureLinks(model);
        ActivityLogConfiguration.Apply(model, isSqlite);
        ImportMappingConfiguration.Apply(model);
        GoalMeasurementConfiguration.Apply(model);
        CommentConfiguration.Apply(model);
        CheckInConfiguration.Apply(model);
        PlanVersionConfiguration.Apply(model);
    }

    private static void ConfigurePlan(EntityTypeBuilder<StrategicPlan> p)
    {
        p.ToTable("Plans");
        p.Property(x => x.Name).HasMaxLength(200);
        p.Property(x => x.Scope).HasConversion<string>().HasMaxLength(20);
        p.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        foreach (var text in new[] { "Mission", "BackgroundCurrent", "BackgroundDesired", "CustomerWho", "CustomerValues", "DesiredResults" })
        {
            p.Property(text).HasMaxLength(2000);
        }
        p.Property(x => x.Settings).HasConversion(PlanningSettingsColumn.Converter, PlanningSettingsColumn.Comparer).HasMaxLength(8000);
        p.Property(x => x.Version).IsConcurrencyToken();
        p.Property(x => x.ParentPlanName).HasMaxLength(200);
        p.Property(x => x.ParentStrategyKey).HasMaxLength(40);
        p.Property(x => x.ParentGoalKey).HasMaxLength(40);
        p.Ignore(x => x.Parent);
        p.HasIndex(x => new { x.OrganizationId, x.Status });
        // A deleted parent: PlanCommands first turns its children's link into its name (GP603 then says so).
        p.HasOne<StrategicPlan>().WithMany().HasForeignKey(x => x.ParentPlanId).OnDelete(DeleteBehavior.SetNull);
        p.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        p.HasOne<Team>().WithMany().HasForeignKey(x => x.TeamId).OnDelete(DeleteBehavior.ClientNoAction);
        p.HasOne<Person>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.ClientNoAction);
        p.HasMany(x => x.Goals).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        p.HasMany(x => x.Strategies).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        p.HasMany(x => x.Reviews).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        // Every tactic belongs to its plan; the strategy link is optional (an unplaced tactic has none).
        p.HasMany(x => x.Tactics).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        p.Ignore(x => x.UnplacedTactics);
    }

    private static void ConfigureGoal(EntityTypeBuilder<Goal> g)
    {
        g.ToTable("Goals");
        g.Property(x => x.Key).HasMaxLength(40);
        g.Property(x => x.Title).HasMaxLength(300);
        g.Property(x => x.Metric).HasMaxLength(100);
        g.Property(x => x.Unit).HasMaxLength(40);
        g.Property(x => x.Baseline).HasPrecision(18, 4);
        g.Property(x => x.Target).HasPrecision(18, 4);
        g.Property(x => x.Weight).HasPrecision(9, 4);
        g.Property(x => x.Direction).HasConversion<string>().HasMaxLength(20);
        g.Property(x => x.ContributesTo).HasMaxLength(40);
        g.Property(x => x.ContributionAmount).HasPrecision(18, 4);
        g.HasIndex(x => new { x.PlanId, x.Key }).IsUnique();
        g.HasOne<Person>().WithMany().HasForeignKey(x => x.DriId).OnDelete(DeleteBehavior.ClientNoAction);
    }

    private static void ConfigureStrategy(EntityTypeBuilder<Strategy> s)
    {
        s.ToTable("Strategies");
        s.Property(x => x.Key).HasMaxLength(40);
        s.Property(x => x.Statement).HasMaxLength(500);
        s.HasIndex(x => new { x.PlanId, x.Key }).IsUnique();
        s.HasOne<Person>().WithMany().HasForeignKey(x => x.DriId).OnDelete(DeleteBehavior.ClientNoAction);
        s.HasMany(x => x.Tactics).WithOne().HasForeignKey(x => x.StrategyId).IsRequired(false).OnDelete(DeleteBehavior.Cascade);
        s.HasMany(x => x.GoalLinks).WithOne().HasForeignKey(x => x.StrategyId).OnDelete(DeleteBehavior.Cascade);
        s.Ignore(x => x.Goals);
    }

    private static void ConfigureTactic(EntityTypeBuilder<Tactic> t)
    {
        t.ToTable("Tactics");
        t.Property(x => x.Key).HasMaxLength(40);
        t.Property(x => x.Action).HasMaxLength(500);
        t.Property(x => x.EffortHours).HasPrecision(9, 2);
        t.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        t.HasIndex(x => new { x.PlanId, x.Key }).IsUnique();
        t.HasOne<Person>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.ClientNoAction);
        t.HasMany(x => x.Authors).WithOne().HasForeignKey(x => x.TacticId).OnDelete(DeleteBehavior.Cascade);
        t.HasMany(x => x.Commitments).WithOne().HasForeignKey(x => x.TacticId).OnDelete(DeleteBehavior.Cascade);
        t.Ignore(x => x.Owner);
    }

    private static void ConfigureCommitment(EntityTypeBuilder<ActivityCommitment> c)
    {
        c.ToTable("Commitments");
        c.Property(x => x.Metric).HasMaxLength(100);
        c.Property(x => x.Unit).HasMaxLength(40);
        c.Property(x => x.Target).HasPrecision(18, 4);
        c.Property(x => x.Per).HasConversion<string>().HasMaxLength(20);
        c.Property(x => x.Assignees).HasConversion<string>().HasMaxLength(20);
        c.HasMany(x => x.NamedAssignees).WithOne().HasForeignKey(x => x.CommitmentId).OnDelete(DeleteBehavior.Cascade);
        c.HasMany(x => x.Acknowledgements).WithOne().HasForeignKey(x => x.CommitmentId).OnDelete(DeleteBehavior.Cascade);
    }

    /// <summary>Link tables: composite keys, and people referenced without cascade.</summary>
    private static void ConfigureLinks(ModelBuilder model)
    {
        model.Entity<StrategyGoal>(l =>
        {
            l.ToTable("StrategyGoals");
            l.HasKey(x => new { x.StrategyId, x.GoalId });
            l.HasOne(x => x.Goal).WithMany().HasForeignKey(x => x.GoalId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<TacticAuthor>(a =>
        {
            a.ToTable("TacticAuthors");
            a.HasKey(x => new { x.TacticId, x.PersonId });
            a.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.ClientNoAction);
        });
        model.Entity<CommitmentAssignee>(a =>
        {
            a.ToTable("CommitmentAssignees");
            a.HasKey(x => new { x.CommitmentId, x.PersonId });
            a.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.ClientNoAction);
        });
        model.Entity<Acknowledgement>(a =>
        {
            a.ToTable("Acknowledgements");
            a.HasKey(x => new { x.CommitmentId, x.PersonId });
            a.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.ClientNoAction);
        });
    }
}
