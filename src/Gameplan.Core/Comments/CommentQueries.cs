using Gameplan.Core.Data;
using Gameplan.Core.Plans;
using Gameplan.Domain.Access;
using Gameplan.Domain.Comments;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Comments;

/// <summary>Reads a plan's comment threads: all, one element's, one comment, and the counts its page shows.</summary>
public sealed class CommentQueries(GameplanDbContext db)
{
    /// <summary>
    /// The plan's threads, oldest first; with <paramref name="element"/>, only that element's (a removed
    /// element's by the path it had). <c>plan</c> is the plan's own threads; none is every thread.
    /// </summary>
    public async Task<IReadOnlyList<CommentDetails>> ListAsync(int planId, string? element, Actor actor, CancellationToken ct = default) =>
        (await BoardAsync(planId, element, actor, ct)).Threads;

    /// <summary>The same threads for the plan page, with what the reader may do there.</summary>
    public async Task<CommentBoard> BoardAsync(int planId, string? element, Actor actor, CancellationToken ct = default)
    {
        var target = await CommentTarget.RequireAsync(db, planId, actor, ct);
        var comments = await db.Comments.Include(c => c.Mentions).Where(c => c.PlanId == planId).OrderBy(c => c.Id).ToListAsync(ct);
        var threads = await CommentMapping.ThreadsAsync(db, target.Plan, comments, ct);
        string? path = null;
        if (!string.IsNullOrWhiteSpace(element))
        {
            path = Path(target.Plan, element);
            threads = [.. threads.Where(t => string.Equals(t.Element, path, StringComparison.OrdinalIgnoreCase))];
        }
        var me = await db.People.Where(p => p.Id == target.PersonId).Select(p => p.Handle).FirstOrDefaultAsync(ct);
        return new CommentBoard(planId, path ?? "", threads, me, true, CommentAccess.MayModerate(actor, target.Facts));
    }

    public async Task<CommentDetails> GetAsync(int planId, int commentId, Actor actor, CancellationToken ct = default)
    {
        var target = await CommentTarget.RequireAsync(db, planId, actor, ct);
        return await CommentMapping.OneAsync(db, target.Plan, await target.CommentAsync(db, commentId, ct), ct);
    }

    /// <summary>How many comments and open threads each element of a plan has (the caller has read the plan).</summary>
    public async Task<CommentSummary> SummaryAsync(PlanDetails plan, CancellationToken ct = default)
    {
        var rows = await db.Comments.Where(c => c.PlanId == plan.Id)
            .Select(c => new { c.Id, c.ThreadId, c.ElementKind, c.ElementId, c.ElementPath, Deleted = c.DeletedAt != null, Resolved = c.ResolvedAt != null })
            .ToListAsync(ct);
        var elements = new CommentElements(plan);
        var byElement = new Dictionary<string, CommentCount>(StringComparer.OrdinalIgnoreCase);
        var removed = 0;
        foreach (var row in rows)
        {
            var path = elements.PathOf(row.ElementKind, row.ElementId, row.ElementPath);
            var open = row.ThreadId is null && !row.Resolved ? 1 : 0;
            removed += path is null && row.ThreadId is null ? 1 : 0;
            var count = byElement.GetValueOrDefault(path ?? row.ElementPath) ?? new CommentCount(0, 0);
            byElement[path ?? row.ElementPath] = new CommentCount(count.Comments + (row.Deleted ? 0 : 1), count.OpenThreads + open);
        }
        return new CommentSummary(byElement, rows.Count(r => r.ThreadId is null && !r.Resolved), removed);
    }

    /// <summary>An element's path as the plan spells it now; a path the plan no longer has is taken as written (a removed element).</summary>
    private static string Path(PlanDetails plan, string element)
    {
        try
        {
            return new CommentElements(plan).Anchor(element).Path;
        }
        catch (Domain.DomainRuleException) when (ElementPaths.Parse(element) is { } address)
        {
            return ElementPaths.Format(address);
        }
    }
}
