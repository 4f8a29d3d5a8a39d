using Gameplan.Core.Data;
using Gameplan.Core.Plans;
using Gameplan.Domain.Comments;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Comments;

/// <summary>Turns stored comments into threads as people read them: handles and names, each element where it is now.</summary>
internal static class CommentMapping
{
    /// <summary>The threads among <paramref name="comments"/>, oldest first, each with its replies in order.</summary>
    public static async Task<IReadOnlyList<CommentDetails>> ThreadsAsync(GameplanDbContext db, PlanDetails plan, IReadOnlyList<Comment> comments, CancellationToken ct)
    {
        var map = await ForAsync(db, plan, comments, ct);
        var replies = comments.Where(c => c.ThreadId is not null).ToLookup(c => c.ThreadId!.Value);
        return [.. comments.Where(c => c.IsThread).OrderBy(c => c.Id).Select(t => map(t, [.. replies[t.Id].OrderBy(r => r.Id).Select(r => map(r, []))]))];
    }

    /// <summary>One comment; the start of a thread with its replies.</summary>
    public static async Task<CommentDetails> OneAsync(GameplanDbContext db, PlanDetails plan, Comment comment, CancellationToken ct)
    {
        var replies = comment.IsThread
            ? await db.Comments.Include(c => c.Mentions).Where(c => c.ThreadId == comment.Id).OrderBy(c => c.Id).ToListAsync(ct)
            : [];
        var map = await ForAsync(db, plan, [comment, .. replies], ct);
        return map(comment, [.. replies.Select(r => map(r, []))]);
    }

    private static async Task<Func<Comment, IReadOnlyList<CommentDetails>, CommentDetails>> ForAsync(
        GameplanDbContext db, PlanDetails plan, IReadOnlyList<Comment> comments, CancellationToken ct)
    {
        var ids = comments.SelectMany(c => c.Mentions.Select(m => (int?)m.PersonId).Append(c.AuthorId).Append(c.ResolvedById)).OfType<int>().Distinct().ToList();
        var people = ids.Count == 0 ? [] : await db.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => (p.Handle, p.Name), ct);
        var elements = new CommentElements(plan);
        return (c, replies) =>
        {
            var now = elements.PathOf(c.ElementKind, c.ElementId, c.ElementPath);
            var author = people.GetValueOrDefault(c.AuthorId, ("", "a deleted person"));
            return new CommentDetails(
                c.Id, c.ThreadId, now ?? c.ElementPath, now is null, c.Purpose, author.Item1, author.Item2, c.Body,
                [.. c.Mentions.Select(m => people.GetValueOrDefault(m.PersonId).Handle).OfType<string>()],
                c.CreatedAt, c.EditedAt, c.IsDeleted, c.IsResolved,
                c.ResolvedById is { } by ? people.GetValueOrDefault(by).Handle : null, c.ResolvedAt, replies);
        };
    }
}
