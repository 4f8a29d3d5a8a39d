using Gameplan.Core.Accounts;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Account;

/// <summary>Who you are, and your personal access tokens: create one (its secret is shown once), list, revoke.</summary>
public sealed class ProfileModel(AccountCommands accounts, TokenCommands tokens) : GameplanPageModel
{
    [BindProperty]
    public TokenRequest Input { get; set; } = new();

    public SignedInUser? Me { get; private set; }

    public IReadOnlyList<TokenSummary> Tokens { get; private set; } = [];

    /// <summary>The secret of a token just created, shown on this one response only.</summary>
    public string? NewSecret { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var created = await tokens.CreateAsync(User.UserId()!.Value, Input, ct);
            NewSecret = created.Secret;
            Input = new TokenRequest();
            ModelState.Clear();
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int tokenId, CancellationToken ct)
    {
        await tokens.RevokeAsync(User.UserId()!.Value, tokenId, ct);
        return Done("/account/profile", "Token revoked; it no longer works.");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Me = await accounts.FindAsync(User.UserId()!.Value, ct);
        Tokens = await tokens.ListAsync(User.UserId()!.Value, ct);
    }
}
