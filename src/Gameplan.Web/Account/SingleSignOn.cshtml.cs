using System.ComponentModel.DataAnnotations;
using Gameplan.Core.SingleSignOn;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Hosting.SingleSignOn;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;

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

    /// <summary>Where the browser goes next once the e-mail has found a provider: <c>/account/sso/go</c>, which hands over to it.</summary>
    public string? ContinueUrl { get; private set; }

    /// <summary>The provider's host, named on the button that goes there.</summary>
    public string? ProviderHost { get; private set; }

    /// <summary>
    /// Finds the e-mail's provider and answers with a page whose link (followed at once by site.js)
    /// goes on to <c>/account/sso/go</c>: the policy's <c>form-action 'self'</c> stops a form's answer
    /// from redirecting to another site, a link's navigation is not a form's.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var email = Input.Email.Trim();
        if (await ProviderOfAsync(email, ct) is not { } provider)
        {
            return Page();
        }
        ProviderHost = provider.Host;
        ContinueUrl = QueryHelpers.AddQueryString("/account/sso/go", new Dictionary<string, string?> { ["email"] = email, ["ReturnUrl"] = Back() });
        return Page();
    }

    /// <summary>Hands the browser over to the provider of <paramref name="email"/>'s organisation (a redirect there).</summary>
    public async Task<IActionResult> OnGetGoAsync(string? email, CancellationToken ct)
    {
        Input = new SingleSignOnStart { Email = email?.Trim() ?? "" };
        if (!TryValidateModel(Input, nameof(Input)) || await ProviderOfAsync(Input.Email, ct) is not { } provider)
        {
            return Page();
        }
        var properties = new AuthenticationProperties { RedirectUri = $"/account/sso/complete?ReturnUrl={Uri.EscapeDataString(Back())}" };
        properties.Items[SingleSignOnOptions.LoginHint] = Input.Email;
        try
        {
            // Reads the provider's discovery document first: an unreachable or wrong issuer fails here.
            await HttpContext.ChallengeAsync(provider.Scheme, properties);
            return new EmptyResult();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Unreachable, not an OpenID provider, or a discovery document the handler cannot use: the form says so, never a 500.
            log.LogWarning(e, "The identity provider of organisation {Organization} did not answer", provider.Organization);
            ModelState.AddModelError("", "Your organisation's identity provider did not answer. Try again in a minute; if it keeps failing, ask your admin to check the issuer in the single sign-on settings.");
            return Page();
        }
    }

    private string Back() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";

    /// <summary>The organisation's provider for the e-mail, or null with the reason on the form.</summary>
    private async Task<(int Organization, string Scheme, string Host)?> ProviderOfAsync(string email, CancellationToken ct)
    {
        if (await commands.FindOrganizationAsync(email, ct) is { } organization && await schemes.PrepareAsync(organization, ct) is { } scheme)
        {
            var issuer = (await commands.ProviderAsync(organization, ct))?.Issuer;
            return (organization, scheme, Uri.TryCreate(issuer, UriKind.Absolute, out var uri) ? uri.Authority : "your identity provider");
        }
        ModelState.AddModelError("Input.Email", "Single sign-on is not set up for this e-mail address. Sign in with your password, or ask your organisation's admin.");
        return null;
    }
}

/// <summary>What the single sign-on form posts: the e-mail that finds the organisation (and is sent to the provider as a hint).</summary>
public sealed record SingleSignOnStart
{
    [Required, EmailAddress, StringLength(254), Display(Name = "E-mail")]
    public string Email { get; init; } = "";
}
