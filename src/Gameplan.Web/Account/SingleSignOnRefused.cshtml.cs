using Gameplan.Core.SingleSignOn;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gameplan.Web.Account;

/// <summary>Why a sign-in through the organisation's identity provider did not sign anyone in, in words a person can act on.</summary>
[AllowAnonymous]
public sealed class SingleSignOnRefusedModel : PageModel
{
    private static readonly Dictionary<string, (string Title, string Text)> Reasons = new(StringComparer.Ordinal)
    {
        ["unknown"] = ("You are not in this organisation's Gameplan",
            "Your identity provider signed you in, but its e-mail address belongs to nobody in your organisation's Gameplan. Ask an admin of your organisation to add you with that e-mail (as your work e-mail or your sign-in e-mail), then sign in again."),
        ["deactivated"] = ("Your account is deactivated",
            "Your identity provider signed you in, but you are deactivated in your organisation's Gameplan, so you cannot sign in. Ask an admin of your organisation to reactivate you."),
        ["suspended"] = ("Your organisation is suspended",
            "Your identity provider signed you in, but your organisation is suspended on this Gameplan installation, so nobody of it can sign in. Ask your system administrator."),
        ["no-email"] = ("Your identity provider did not say your e-mail",
            "The identity provider's answer held no e-mail address in the claim your organisation chose (or said the address is not verified), so Gameplan cannot tell who you are. Ask your admin to check the e-mail claim in the single sign-on settings."),
        ["off"] = ("Single sign-on is off",
            "Your organisation has no single sign-on switched on (or switched it off while you were signing in). Sign in with your password, or ask your admin."),
        ["issuer"] = ("The answer came from the wrong issuer",
            "The identity provider's answer names another issuer than the one your organisation configured, so Gameplan did not trust it and signed nobody in. Ask your admin to check the issuer in the single sign-on settings."),
        ["audience"] = ("The answer was meant for another application",
            "The identity provider's answer was issued for another client than Gameplan's client id, so Gameplan did not trust it and signed nobody in. Ask your admin to check the client id in the single sign-on settings."),
        ["token"] = ("The answer could not be verified",
            "The identity provider's answer was not signed by the provider's keys, or its times were wrong, so Gameplan did not trust it and signed nobody in. Try again; if it keeps failing, ask your admin."),
        ["code"] = ("The sign-in code was refused",
            "The identity provider refused the code it had given for this sign-in: it was used already, or it expired before Gameplan could redeem it. Nobody was signed in. Start again."),
        ["expired"] = ("This sign-in cannot be finished",
            "This sign-in was finished already, took too long, or was started in another browser, so Gameplan signed nobody in. Start again."),
        ["provider"] = ("Your identity provider refused the sign-in",
            "The identity provider answered with an error instead of signing you in (you may have cancelled, or Gameplan's client is not allowed there). Start again, or ask your admin."),
    };

    private static readonly (string Title, string Text) Failed = ("Signing in through your identity provider did not work",
        "Gameplan could not finish the sign-in with your organisation's identity provider, and signed nobody in. Start again; if it keeps failing, ask your admin to check the single sign-on settings.");

    [BindProperty(SupportsGet = true)]
    public string? Reason { get; set; }

    public string Title { get; private set; } = "";

    public string Text { get; private set; } = "";

    public void OnGet()
    {
        (Title, Text) = Reasons.GetValueOrDefault(Reason ?? "", Failed);
        Response.StatusCode = StatusCodes.Status403Forbidden;
    }

    /// <summary>The reason a Core outcome that signed nobody in is shown with.</summary>
    public static string ReasonOf(SingleSignOnOutcome outcome) => outcome switch
    {
        SingleSignOnOutcome.Unknown => "unknown",
        SingleSignOnOutcome.Deactivated => "deactivated",
        SingleSignOnOutcome.Suspended => "suspended",
        SingleSignOnOutcome.NoEmail => "no-email",
        SingleSignOnOutcome.Off => "off",
        _ => "failed",
    };
}
