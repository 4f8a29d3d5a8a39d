using Gameplan.Domain.Organizations;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Data;

/// <summary>
/// A review's workspace (ADR 0036): participants, talking points, decisions, action items and the snapshot kept when it
/// is held. Beside the plan aggregate like comments (recording them changes no plan version), scoped by organisation,
/// gone with their review or plan; the people they name are kept (people are deactivated, not deleted).
/// </summary>
internal static class ReviewWorkspaceConfiguration
{
    public static void Apply(ModelBuilder model)
    {
        model.Entity<ReviewParticipant>(p =>
        {
            p.ToTable("ReviewParticipants");
            p.HasIndex(x => new { x.ReviewId, x.PersonId }).IsUnique();
            Belongs(p);
            p.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.ClientNoAction);
        });
        model.Entity<TalkingPoint>(t =>
        {
            t.ToTable("TalkingPoints");
            t.Property(x => x.Text).HasMaxLength(TalkingPoint.MaxTextLength);
            Belongs(t);
            t.HasOne<Person>().WithMany().HasForeignKey(x => x.AuthorId).OnDelete(DeleteBehavior.ClientNoAction);
        });
        model.Entity<ReviewDecision>(d =>
        {
            d.ToTable("ReviewDecisions");
            d.Property(x => x.Text).HasMaxLength(ReviewDecision.MaxTextLength);
            Belongs(d);
            d.HasOne<Person>().WithMany().HasForeignKey(x => x.AuthorId).OnDelete(DeleteBehavior.ClientNoAction);
        });
        model.Entity<ActionItem>(a =>
        {
            a.ToTable("ActionItems");
            a.Property(x => x.Text).HasMaxLength(ActionItem.MaxTextLength);
            a.Ignore(x => x.IsDone);
            Belongs(a);
            a.HasOne<Person>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.ClientNoAction);
            a.HasOne<Person>().WithMany().HasForeignKey(x => x.RaisedById).OnDelete(DeleteBehavior.ClientNoAction);
            a.HasOne<Person>().WithMany().HasForeignKey(x => x.DoneById).OnDelete(DeleteBehavior.ClientNoAction);
        });
        model.Entity<ReviewSnapshot>(s =>
        {
            s.ToTable("ReviewSnapshots");
            s.HasKey(x => x.ReviewId);
            s.Property(x => x.ReviewId).ValueGeneratedNever();
            s.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
            s.HasOne<StrategicPlan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
            s.HasOne<Review>().WithOne().HasForeignKey<ReviewSnapshot>(x => x.ReviewId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private static void Belongs<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> entity)
        where T : class
    {
        entity.HasOne<Organization>().WithMany().HasForeignKey("OrganizationId").OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<StrategicPlan>().WithMany().HasForeignKey("PlanId").OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Review>().WithMany().HasForeignKey("ReviewId").OnDelete(DeleteBehavior.Cascade);
    }
}
