using System.ComponentModel.DataAnnotations;
using Gameplan.Core.SingleSignOn;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Hosting.SingleSignOn;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Gameplan.Web.Account;

/// <summary>
/// "Sign in with single sign-on": the e-mail says which organisation's provider to go to (its account's
/// organisation, else the one that names its domain); the provider's answer comes back to
/// <c>/signin-oidc/{organisation}</c> and then to <c>/account/sso/complete</c>.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Credentials)]
public sealed class SingleSignOnModel(SingleSignOnCommands commands, SingleSignOnSchemes schemes, ILogger<SingleSignOnModel> log) : GameplanPageModel
{
    [BindProperty]
    public SingleSignOnStart Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var email = Input.Email.Trim();
        if (await commands.FindOrganizationAsync(email, ct) is not { } organization || await schemes.PrepareAsync(organization, ct) is not { } scheme)
        {
            ModelState.AddModelError("Input.Email", "Single sign-on is not set up for this e-mail address. Sign in with your password, or ask your organisation's admin.");
            return Page();
        }
        var back = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
        var properties = new AuthenticationProperties { RedirectUri = $"/account/sso/complete?ReturnUrl={Uri.EscapeDataString(back)}" };
        properties.Items[SingleSignOnOptions.LoginHint] = email;
        try
        {
            // Reads the provider's discovery document first: an unreachable or wrong issuer fails here.
            await HttpContext.ChallengeAsync(scheme, properties);
            return new EmptyResult();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Unreachable, not an OpenID provider, or a discovery document the handler cannot use: the form says so, never a 500.
            log.LogWarning(e, "The identity provider of organisation {Organization} did not answer", organization);
            ModelState.AddModelError("", "Your organisation's identity provider did not answer. Try again in a minute; if it keeps failing, ask your admin to check the issuer in the single sign-on settings.");
            return Page();
        }
    }
}

/// <summary>What the single sign-on form posts: the e-mail that finds the organisation (and is sent to the provider as a hint).</summary>
public sealed record SingleSignOnStart
{
    [Required, EmailAddress, StringLength(254), Display(Name = "E-mail")]
    public string Email { get; init; } = "";
}
