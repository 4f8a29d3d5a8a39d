using System.Text.RegularExpressions;
using Gameplan.Core.Comments;

namespace Gameplan.Web.Comments;

/// <summary>
/// The comments beside one element of the plan page: collapsed (a count that expands them with htmx, or opens
/// the comments page without JavaScript) or expanded (its threads and forms).
/// </summary>
/// <param name="Board">The threads, when expanded; null when collapsed.</param>
/// <param name="Error">Why the last change was refused, shown in the block.</param>
/// <param name="Draft">The text the refused form held, given back.</param>
public sealed partial record CommentBlock(int PlanId, string Element, CommentCount Count, CommentBoard? Board = null, string? Error = null, string? Draft = null)
{
    /// <summary>The block's element id, one per element on the page (<c>comments-strategies-s1-tactics-t2</c>).</summary>
    public string DomId => "comments-" + NotWord().Replace(Element.Length == 0 ? "all" : Element, "-").Trim('-');

    /// <summary>The comments page for this element, which htmx asks for the block.</summary>
    public string Url => $"/plans/{PlanId}/comments?element={Uri.EscapeDataString(Element)}";

    /// <summary>"2 comments, 1 open"; "Comment" when there are none.</summary>
    public string Label => Count.Comments == 0 && Count.OpenThreads == 0
        ? "Comment"
        : Shared.Display.Count(Count.Comments, "comment", "comments") + (Count.OpenThreads > 0 ? $", {Count.OpenThreads} open" : "");

    /// <summary>The view-data key under which the plan page keeps its <see cref="CommentSummary"/> for its partials.</summary>
    public const string SummaryKey = "comment-summary";

    /// <summary>The collapsed block of an element of the plan page, counted from the page's summary.</summary>
    public static CommentBlock On(int planId, object? summary, string path) =>
        new(planId, path, (summary as CommentSummary)?.For(path) ?? new CommentCount(0, 0));

    /// <summary>The counts of an expanded board (what its collapsed toggle says).</summary>
    public static CommentCount CountOf(CommentBoard board) => new(
        board.Threads.Sum(t => (t.Deleted ? 0 : 1) + t.Replies.Count(r => !r.Deleted)),
        board.Threads.Count(t => !t.Resolved));

    [GeneratedRegex("[^A-Za-z0-9_]+")]
    private static partial Regex NotWord();
}
