using System.ComponentModel.DataAnnotations;
using Gameplan.Core.Accounts;
using Gameplan.Core.Demo;
using Gameplan.Core.SingleSignOn;
using Gameplan.Domain;
using Gameplan.Domain.People;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Gameplan.Web.Account;

/// <summary>
/// Sign-in with e-mail and password (unless the account's organisation switched it off for single sign-on);
/// lockout after repeated failures; the demo accounts listed while the demo exists.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Credentials)]
public sealed class SignInModel(SignInManager<UserAccount> signIn, AccountCommands accounts, SingleSignOnCommands singleSignOn, DemoOrganization demo) : GameplanPageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IReadOnlyList<(string Email, string Name, PersonRole Role)> DemoAccounts { get; private set; } = [];

    public string DemoPassword => DemoOrganization.Password;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await accounts.NeedsSetupAsync(ct))
        {
            return Redirect("/account/setup");
        }
        DemoAccounts = await demo.AccountsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var user = await signIn.UserManager.FindByEmailAsync(Input.Email.Trim());
            Microsoft.AspNetCore.Identity.SignInResult result;
            if (user is not null && await accounts.SuspendedOrganizationAsync(user.Id, ct) is { } suspended)
            {
                // Said only to someone who knows the password, so it tells a stranger nothing.
                result = await signIn.CheckPasswordSignInAsync(user, Input.Password, lockoutOnFailure: true);
                if (result.Succeeded)
                {
                    ModelState.AddModelError("", $"{suspended} is suspended on this installation, so nobody of it can sign in. Ask your system administrator.");
                    DemoAccounts = await demo.AccountsAsync(ct);
                    return Page();
                }
            }
            else
            {
                result = user is null || await accounts.FindAsync(user.Id, ct) is null
                    ? Nobody(Input.Password)
                    : await signIn.CheckPasswordSignInAsync(user, Input.Password, lockoutOnFailure: true);
            }
            if (result.Succeeded && !await singleSignOn.PasswordSignInAllowedAsync(user!.OrganizationId, ct))
            {
                // Said only after the right password, so it tells a guesser nothing about the account.
                ModelState.AddModelError("", "Your organisation has switched password sign-in off: use \"Sign in with single sign-on\" below.");
                DemoAccounts = await demo.AccountsAsync(ct);
                return Page();
            }
            if (result.Succeeded)
            {
                await signIn.SignInAsync(user!, Input.RememberMe, authenticationMethod: "pwd");
                // Without a page to return to, the home page sends the person where they land (reps: their inbox).
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
            }
            ModelState.AddModelError("", result.IsLockedOut
                ? $"Too many failed attempts: this account is locked for {Numbers.Format((decimal)PasswordRules.Lockout.TotalMinutes, 0)} minutes. Try again later, or ask an admin."
                : "The e-mail or password is not right.");
        }
        DemoAccounts = await demo.AccountsAsync(ct);
        return Page();
    }

    /// <summary>An unknown or deactivated account fails after the same password check a real one gets.</summary>
    private Microsoft.AspNetCore.Identity.SignInResult Nobody(string password)
    {
        accounts.CheckPasswordOfNobody(password);
        return Microsoft.AspNetCore.Identity.SignInResult.Failed;
    }
}

/// <summary>What the sign-in form posts.</summary>
public sealed record SignInInput
{
    [Required, EmailAddress, Display(Name = "E-mail")]
    public string Email { get; init; } = "";

    [Required, DataType(DataType.Password)]
    public string Password { get; init; } = "";

    [Display(Name = "Keep me signed in")]
    public bool RememberMe { get; init; }
}
