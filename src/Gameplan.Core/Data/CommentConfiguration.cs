using Gameplan.Domain.Comments;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Data;

/// <summary>
/// Comments: beside the plan aggregate, scoped by organisation, gone with their plan. The element is named by
/// kind and id without a foreign key, so removing an element keeps its comments (ADR 0026).
/// </summary>
internal static class CommentConfiguration
{
    public static void Apply(ModelBuilder model)
    {
        model.Entity<Comment>(c =>
        {
            c.ToTable("Comments");
            c.Property(x => x.ElementKind).HasConversion<string>().HasMaxLength(20);
            c.Property(x => x.ElementPath).HasMaxLength(ElementPaths.MaxLength);
            c.Property(x => x.Purpose).HasConversion<string>().HasMaxLength(20);
            c.Property(x => x.Body).HasMaxLength(Comment.MaxBodyLength);
            c.HasIndex(x => new { x.PlanId, x.ElementKind, x.ElementId });
            c.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
            c.HasOne<StrategicPlan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
            c.HasOne<Comment>().WithMany().HasForeignKey(x => x.ThreadId).OnDelete(DeleteBehavior.Cascade);
            c.HasOne<Person>().WithMany().HasForeignKey(x => x.AuthorId).OnDelete(DeleteBehavior.ClientNoAction);
            c.HasOne<Person>().WithMany().HasForeignKey(x => x.ResolvedById).OnDelete(DeleteBehavior.ClientNoAction);
            c.HasMany(x => x.Mentions).WithOne().HasForeignKey(x => x.CommentId).OnDelete(DeleteBehavior.Cascade);
            c.Ignore(x => x.IsThread);
            c.Ignore(x => x.IsDeleted);
            c.Ignore(x => x.IsResolved);
        });
        model.Entity<CommentMention>(m =>
        {
            m.ToTable("CommentMentions");
            m.HasKey(x => new { x.CommentId, x.PersonId });
            m.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.ClientNoAction);
        });
    }
}
