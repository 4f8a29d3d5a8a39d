using Gameplan.Core;
using Gameplan.Core.Comments;
using Gameplan.Domain;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Comments;

/// <summary>
/// The threads of one plan element (or, without <c>element</c>, of the whole plan). htmx asks for them as the
/// block beside the element on the plan page and posts its forms here, getting the block back; without
/// JavaScript this is a page of its own and its forms come back to it (POST-redirect-GET).
/// </summary>
public sealed class CommentsPageModel(CommentQueries queries, CommentCommands commands, CurrentUser me) : GameplanPageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Element { get; set; }

    public CommentBlock Block { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(bool collapsed, CancellationToken ct)
    {
        await LoadAsync(ct);
        return IsHtmx ? Partial(collapsed ? "_CommentToggle" : "_Comments", collapsed ? Block with { Board = null } : Block) : Page();
    }

    public Task<IActionResult> OnPostAddAsync(string? body, CancellationToken ct) =>
        ChangeAsync(async actor => await commands.StartAsync(Id, new CommentRequest { Element = Element, Body = body ?? "" }, actor, ct), body, ct);

    public Task<IActionResult> OnPostReplyAsync(int commentId, string? body, CancellationToken ct) =>
        ChangeAsync(async actor => await commands.ReplyAsync(Id, commentId, new CommentBodyRequest { Body = body ?? "" }, actor, ct), body, ct);

    public Task<IActionResult> OnPostEditAsync(int commentId, string? body, CancellationToken ct) =>
        ChangeAsync(async actor => await commands.EditAsync(Id, commentId, new CommentBodyRequest { Body = body ?? "" }, actor, ct), body, ct);

    public Task<IActionResult> OnPostDeleteAsync(int commentId, CancellationToken ct) =>
        ChangeAsync(actor => commands.DeleteAsync(Id, commentId, actor, ct), null, ct);

    public Task<IActionResult> OnPostResolveAsync(int commentId, CancellationToken ct) =>
        ChangeAsync(async actor => await commands.ResolveAsync(Id, commentId, actor, ct), null, ct);

    public Task<IActionResult> OnPostReopenAsync(int commentId, CancellationToken ct) =>
        ChangeAsync(async actor => await commands.ReopenAsync(Id, commentId, actor, ct), null, ct);

    private bool IsHtmx => Request.Headers["HX-Request"] == "true" && Request.Headers["HX-Boosted"] != "true";

    /// <summary>
    /// Makes the change and answers with the element's threads (htmx) or the page again. A broken rule is shown in
    /// the block with the text kept; a refusal is a 403, which the layout's alert region announces (never silent).
    /// </summary>
    private async Task<IActionResult> ChangeAsync(Func<Domain.Access.Actor, Task> change, string? body, CancellationToken ct)
    {
        string? error = null;
        try
        {
            await change(await me.ActorAsync(ct));
        }
        catch (DomainRuleException rule)
        {
            error = rule.Message;
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
        if (!IsHtmx)
        {
            var back = $"/plans/{Id}/comments?element={Uri.EscapeDataString(Element ?? "")}";
            return error is null ? Done(back, "Saved.") : Refused(back, error);
        }
        await LoadAsync(ct);
        return Partial("_Comments", Block with { Error = error, Draft = error is null ? null : body });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var board = await queries.BoardAsync(Id, Element, await me.ActorAsync(ct), ct);
        // A read-only token reads the threads but is offered no form (its posts are refused anyway).
        board = board with { MayComment = board.MayComment && User.CanWrite() };
        Block = new CommentBlock(Id, board.Element, CommentBlock.CountOf(board), board);
    }
}
