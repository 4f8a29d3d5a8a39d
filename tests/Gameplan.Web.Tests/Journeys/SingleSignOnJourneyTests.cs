using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>
/// Single sign-on in a real browser against a real OpenID provider (OpenIddict on 127.0.0.1): the admin
/// reads the redirect URI off the settings page, registers it at the provider and fills the form; a rep on
/// a phone follows "Sign in with single sign-on" to the provider and back to her home; the admin switches
/// password sign-in off and the password form says why it refuses. The settings are the admin's alone:
/// a manager and an executive neither see them in the menu nor open them.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class SingleSignOnJourneyTests
{
    [ChromiumFact]
    public async Task An_admin_sets_up_single_sign_on_and_a_rep_on_a_phone_signs_in_through_the_provider()
    {
        await using var journey = new BrowserJourney();
        await journey.StartAsync();
        var shots = Environment.GetEnvironmentVariable("GAMEPLAN_SHOTS");
        var alex = await journey.SignedInPageAsync("alex", width: 1400);

        await alex.GotoAsync("/organization/settings#single-sign-on");
        await Expect(alex.GetByRole(AriaRole.Heading, new() { Name = "Single sign-on", Exact = true })).ToBeVisibleAsync();
        var redirectUri = (await alex.Locator("#sso-redirect-uri").InnerTextAsync()).Trim();
        Assert.Matches(new Regex(@"^http://127\.0\.0\.1:\d+/signin-oidc/\d+$"), redirectUri);
        await using var provider = await OpenIdProvider.StartAsync(redirectUri);
        provider.NextUser = new("lena@northwind.example", "Lena Fischer");

        await alex.GetByLabel("Offer \"Sign in with single sign-on\"").CheckAsync();
        await alex.GetByLabel("Issuer").FillAsync(provider.Issuer);
        await alex.GetByLabel("Client id").FillAsync(OpenIdProvider.ClientId);
        await alex.GetByLabel("Client secret").FillAsync(OpenIdProvider.ClientSecret);
        await alex.GetByRole(AriaRole.Button, new() { Name = "Save single sign-on" }).ClickAsync();
        await Expect(alex.GetByRole(AriaRole.Status)).ToContainTextAsync("Single sign-on saved.");
        await Expect(alex.GetByText("(one is stored; blank keeps it)")).ToBeVisibleAsync();
        await Expect(alex.GetByRole(AriaRole.Textbox, new() { Name = "Client secret" })).ToHaveValueAsync("");
        if (shots is { Length: > 0 })
        {
            var section = alex.Locator("form[aria-labelledby='single-sign-on']");
            await section.ScreenshotAsync(new() { Path = Path.Combine(shots, "sso-settings-1400.png") });
            await alex.SetViewportSizeAsync(390, 844);
            await section.ScreenshotAsync(new() { Path = Path.Combine(shots, "sso-settings-390.png") });
            await alex.SetViewportSizeAsync(1400, 900);
        }

        var lena = await journey.NewPageAsync(width: 390, height: 844);
        await lena.GotoAsync("/account/sign-in");
        await lena.GetByRole(AriaRole.Link, new() { Name = "Sign in with single sign-on" }).ClickAsync();
        await Expect(lena.GetByRole(AriaRole.Heading, new() { Name = "Sign in with single sign-on" })).ToBeVisibleAsync();
        await Expect(lena.GetByLabel("Work e-mail")).ToBeFocusedAsync();
        if (shots is { Length: > 0 })
        {
            await lena.ScreenshotAsync(new() { Path = Path.Combine(shots, "sso-start-390.png"), FullPage = true });
        }
        await lena.GetByLabel("Work e-mail").FillAsync("lena@northwind.example");
        await lena.GetByLabel("Work e-mail").PressAsync("Enter");
        // The form's answer links on to the provider (followed at once by the page's script), the provider answers, and she is home.
        await BrowserJourney.WaitForHomeAsync(lena);
        await Expect(lena.Locator("body")).ToContainTextAsync("Lena Fischer");
        Assert.Equal(1, provider.Redeemed);

        // Password sign-in off: the password form refuses the right password and points at single sign-on.
        await alex.GotoAsync("/organization/settings#single-sign-on");
        await alex.GetByLabel("Allow password sign-in").UncheckAsync();
        await alex.GetByRole(AriaRole.Button, new() { Name = "Save single sign-on" }).ClickAsync();
        await Expect(alex.GetByRole(AriaRole.Status)).ToContainTextAsync("Password sign-in is off");
        var mateo = await journey.NewPageAsync(width: 390, height: 844);
        await BrowserJourney.SignInAsync(mateo, "mateo@northwind.example", Core.Demo.DemoOrganization.Password);
        await Expect(mateo.GetByText("Your organisation has switched password sign-in off")).ToBeVisibleAsync();
        Assert.True(await mateo.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the sign-in page scrolls sideways on a phone");
        if (shots is { Length: > 0 })
        {
            await mateo.ScreenshotAsync(new() { Path = Path.Combine(shots, "sso-password-off-390.png"), FullPage = true });
        }
        await mateo.GetByRole(AriaRole.Link, new() { Name = "Sign in with single sign-on" }).ClickAsync();
        provider.NextUser = new("mateo@northwind.example", "Mateo Alvarez");
        await mateo.GetByLabel("Work e-mail").FillAsync("mateo@northwind.example");
        await mateo.GetByRole(AriaRole.Button, new() { Name = "Continue to your identity provider" }).ClickAsync();
        await BrowserJourney.WaitForHomeAsync(mateo);
        await Expect(mateo.Locator("body")).ToContainTextAsync("Mateo Alvarez");
    }

    [ChromiumFact]
    public async Task Only_the_admin_is_offered_the_single_sign_on_settings()
    {
        await using var journey = new BrowserJourney();
        await journey.StartAsync();

        foreach (var handle in new[] { "rosa", "omar", "lena" })
        {
            var page = await journey.SignedInPageAsync(handle, width: 1400);
            await Expect(page.Locator("a[href='/organization/settings']")).ToHaveCountAsync(0);
            var response = await page.GotoAsync("/organization/settings");
            Assert.Equal(403, response!.Status);
            await Expect(page.GetByLabel("Issuer")).ToHaveCountAsync(0);
        }
        var alex = await journey.SignedInPageAsync("alex", width: 390);
        await alex.GotoAsync("/plans");
        await Expect(alex.Locator("a[href='/organization/settings']")).Not.ToHaveCountAsync(0);
    }
}
