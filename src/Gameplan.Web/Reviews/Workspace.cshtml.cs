using Gameplan.Core;
using Gameplan.Core.Reviews;
using Gameplan.Domain;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Reviews;

/// <summary>
/// A review's workspace: its agenda (the held snapshot once held), participants, talking points, notes, decisions and
/// action items. htmx posts the small forms and swaps the workspace in place; without JavaScript each form comes back to
/// the page (POST-redirect-GET). A broken rule is shown beside the forms with role=alert; a refusal is a 403, which the
/// layout's alert region announces (never silent).
/// </summary>
public sealed class ReviewWorkspaceModel(ReviewWorkspaceQueries queries, ReviewWorkspaceCommands commands, CurrentUser me) : GameplanPageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int ReviewId { get; set; }

    public ReviewWorkspace Workspace { get; private set; } = null!;

    /// <summary>Whether the reader may change anything at all (a read-only token may not).</summary>
    public bool CanWrite { get; private set; }

    /// <summary>A rule the last form broke, shown beside the forms.</summary>
    public string? Error { get; private set; }

    public string Here => $"/plans/{Id}/reviews/{ReviewId}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            await LoadAsync(ct);
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
        return Page();
    }

    public Task<IActionResult> OnPostTalkingPointAsync(string? text, CancellationToken ct) =>
        ChangeAsync(actor => commands.AddTalkingPointAsync(Id, ReviewId, new TalkingPointRequest { Text = text }, actor, ct), "talking-points", ct);

    public Task<IActionResult> OnPostDiscussedAsync(int pointId, bool discussed, CancellationToken ct) =>
        ChangeAsync(actor => commands.ChangeTalkingPointAsync(Id, ReviewId, pointId, new TalkingPointChange { Discussed = discussed }, actor, ct), "talking-points", ct);

    public Task<IActionResult> OnPostParticipantAsync(string? person, CancellationToken ct) =>
        ChangeAsync(actor => commands.AddParticipantAsync(Id, ReviewId, new ParticipantRequest { Person = person }, actor, ct), "participants", ct);

    public Task<IActionResult> OnPostNotesAsync(string? notes, CancellationToken ct) =>
        ChangeAsync(actor => commands.SaveNotesAsync(Id, ReviewId, notes, actor, ct), "notes", ct);

    public Task<IActionResult> OnPostDecisionAsync(string? text, CancellationToken ct) =>
        ChangeAsync(actor => commands.AddDecisionAsync(Id, ReviewId, new DecisionRequest { Text = text }, actor, ct), "decisions", ct);

    public Task<IActionResult> OnPostActionItemAsync(string? text, string? owner, DateOnly? due, CancellationToken ct) =>
        ChangeAsync(actor => commands.AddActionItemAsync(Id, ReviewId, new ActionItemRequest { Text = text, Owner = owner, Due = due }, actor, ct), "action-items", ct);

    public Task<IActionResult> OnPostTickAsync(int itemId, bool done, CancellationToken ct) =>
        ChangeAsync(actor => commands.ChangeActionItemAsync(Id, ReviewId, itemId, new ActionItemChange { Done = done }, actor, ct), "action-items", ct);

    public Task<IActionResult> OnPostHeldAsync(CancellationToken ct) =>
        ChangeAsync(actor => commands.MarkHeldAsync(Id, ReviewId, new HeldRequest(), actor, ct), "agenda", ct);

    private bool IsHtmx => Request.Headers["HX-Request"] == "true" && Request.Headers["HX-Boosted"] != "true";

    private async Task<IActionResult> ChangeAsync<T>(Func<Domain.Access.Actor, Task<T>> change, string anchor, CancellationToken ct)
    {
        if (!User.CanWrite())
        {
            return Forbid();
        }
        try
        {
            await change(await me.ActorAsync(ct));
        }
        catch (DomainRuleException rule)
        {
            Error = rule.Message;
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
        if (!IsHtmx)
        {
            return Error is null ? SavedAt(Here, anchor) : Refused($"{Here}#{anchor}", Error);
        }
        await LoadAsync(ct);
        return Partial("_Workspace", this);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Workspace = await queries.GetAsync(Id, ReviewId, await me.ActorAsync(ct), ct);
        CanWrite = User.CanWrite();
    }
}
