using Gameplan.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gameplan.Web.Account;

/// <summary>Signs out (POST only, with antiforgery, so a link on another site cannot sign anyone out).</summary>
public sealed class SignOutModel(SignInManager<UserAccount> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/plans");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/account/sign-in");
    }
}
