using Gameplan.Core.Accounts;
using Gameplan.Core.SingleSignOn;
using Gameplan.Web.Hosting.SingleSignOn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gameplan.Web.Account;

/// <summary>
/// After the provider: matches the e-mail it gave to a person of the organisation it signed in for
/// (or makes a rep, when the organisation allows it) and starts their session; anything else ends on
/// the refusal page with the reason. The external cookie is removed either way.
/// </summary>
[AllowAnonymous]
public sealed class SingleSignOnCompleteModel(SingleSignOnCommands commands, SignInManager<UserAccount> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded || !int.TryParse(external.Principal.FindFirst(SingleSignOnOptions.OrganizationClaim)?.Value, System.Globalization.CultureInfo.InvariantCulture, out var organization))
        {
            return Redirect("/account/sso/refused?reason=expired");
        }
        var result = await commands.SignInAsync(
            organization,
            external.Principal.FindFirst(SingleSignOnOptions.EmailClaim)?.Value,
            external.Principal.FindFirst(SingleSignOnOptions.NameClaim)?.Value,
            ct);
        if (result.UserId is not { } userId || await signIn.UserManager.FindByIdAsync(userId.ToString(System.Globalization.CultureInfo.InvariantCulture)) is not { } account)
        {
            return Redirect($"/account/sso/refused?reason={SingleSignOnRefusedModel.ReasonOf(result.Outcome)}");
        }
        await signIn.SignInAsync(account, isPersistent: false, authenticationMethod: "sso");
        if (result.Outcome == SingleSignOnOutcome.CreatedAsRep)
        {
            TempData[Shared.Flash.Message] = "Welcome to Gameplan: your organisation added you as a rep. Your manager or an admin puts you in your team.";
        }
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
