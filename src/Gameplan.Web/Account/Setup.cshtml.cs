using Gameplan.Core.Accounts;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Gameplan.Web.Account;

/// <summary>First run: with no account anywhere, creates the organisation and its admin, then signs them in.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Credentials)]
public sealed class SetupModel(AccountCommands accounts, SignInManager<UserAccount> signIn) : GameplanPageModel
{
    [BindProperty]
    public SetupRequest Input { get; set; } = new();

    public int RecommendedLength => PasswordRules.RecommendedLength;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await accounts.NeedsSetupAsync(ct) ? Page() : Redirect("/account/sign-in");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await accounts.NeedsSetupAsync(ct))
        {
            return Redirect("/account/sign-in");
        }
        return await SaveOrShowAsync(
            async () =>
            {
                var admin = await accounts.SetupAsync(Input, ct);
                await signIn.SignInAsync((await signIn.UserManager.FindByIdAsync(admin.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture)))!, isPersistent: false);
                return Done("/people", $"Welcome, {admin.Name}. Add your people and teams, then write your first plan.");
            },
            () => Task.CompletedTask);
    }
}
