using System.Net;
using Gameplan.Core.Demo;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;
using Microsoft.Net.Http.Headers;

namespace Gameplan.Web.Tests.Account;

/// <summary>
/// Sessions end on the server: a sign-in cookie saved before sign-out, "sign out everywhere", a
/// password change or a deactivation is refused when it is sent again.
/// </summary>
public sealed class SessionEndTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_cookie_saved_before_sign_out_is_refused_afterwards()
    {
        var (browser, saved) = await SignedInAsync("rosa");
        Assert.True(await AcceptedAsync(saved), "the saved cookie should work while the session lasts");

        var signedOut = await browser.PostAsync("/account/sign-out", Form(await TokenAsync(browser)));

        Assert.Equal("/account/sign-in", AccountForms.RedirectTarget(signedOut));
        Assert.False(await AcceptedAsync(saved));
    }

    [Fact]
    public async Task Sign_out_everywhere_ends_every_session_of_the_account_and_no_other()
    {
        var (laptop, laptopCookie) = await SignedInAsync("rosa");
        var (_, phoneCookie) = await SignedInAsync("rosa");
        var (_, colleague) = await SignedInAsync("lena");

        var response = await laptop.PostAsync("/account/profile?handler=SignOutEverywhere", Form(await TokenAsync(laptop)));

        Assert.Equal("/account/sign-in", AccountForms.RedirectTarget(response));
        Assert.False(await AcceptedAsync(laptopCookie));
        Assert.False(await AcceptedAsync(phoneCookie));
        Assert.True(await AcceptedAsync(colleague));
    }

    [Fact]
    public async Task A_password_change_ends_every_session_and_the_new_password_signs_in()
    {
        var (laptop, laptopCookie) = await SignedInAsync("rosa");
        var (_, phoneCookie) = await SignedInAsync("rosa");

        var changed = await laptop.SubmitAsync("/account/profile", [
            ("Password.CurrentPassword", DemoOrganization.Password), ("Password.NewPassword", "a much longer passphrase")], handler: "Password");

        Assert.Equal("/account/sign-in", AccountForms.RedirectTarget(changed));
        Assert.False(await AcceptedAsync(phoneCookie));
        Assert.False(await AcceptedAsync(laptopCookie));
        Assert.Contains("Password changed", await laptop.GetPageAsync("/account/sign-in"));
        var withNew = await _factory.AnonymousBrowser().SignInAsync(AccountForms.DemoEmail("rosa"), "a much longer passphrase");
        Assert.Equal("/", AccountForms.RedirectTarget(withNew));
    }

    [Fact]
    public async Task A_wrong_current_password_changes_nothing_and_says_so_beside_the_field()
    {
        var (laptop, cookie) = await SignedInAsync("rosa");

        var refused = await laptop.SubmitAsync("/account/profile", [
            ("Password.CurrentPassword", "not the password"), ("Password.NewPassword", "a much longer passphrase")], handler: "Password");

        var html = await refused.ExpectFormAgainAsync();
        Assert.Equal("The current password is not right.", PageForms.MessageBeside(html, "Password.CurrentPassword"));
        Assert.True(await AcceptedAsync(cookie));
    }

    [Fact]
    public async Task Deactivation_ends_the_persons_sessions_and_reactivation_does_not_revive_them()
    {
        var (_, saved) = await SignedInAsync("lena");
        var admin = _factory.CreateClient();
        var lena = (await admin.GetOkAsync("/api/v1/people")).EnumerateArray().Single(p => p.Text("handle") == "lena");
        var url = $"/api/v1/people/{lena.Id()}";
        object Body(bool active) => new { handle = "lena", name = lena.Text("name"), role = lena.Text("role"), team = lena.Text("team"), active };

        await admin.PutOkAsync(url, Body(active: false));
        await admin.PutOkAsync(url, Body(active: true));

        Assert.False(await AcceptedAsync(saved));
    }

    /// <summary>A browser signed in as the demo person, and a copy of its session cookie as an attacker would save it.</summary>
    private async Task<(HttpClient Browser, SetCookieHeaderValue Cookie)> SignedInAsync(string handle)
    {
        var browser = _factory.AnonymousBrowser();
        var response = await browser.SignInAsync(AccountForms.DemoEmail(handle));
        return (browser, AccountForms.SessionCookieOf(response) ?? throw new InvalidOperationException($"Signing in as {handle} set no session cookie."));
    }

    /// <summary>Whether a fresh client sending only this cookie is let into a page that needs a session.</summary>
    private async Task<bool> AcceptedAsync(SetCookieHeaderValue cookie)
    {
        using var replay = _factory.AnonymousBrowser(handleCookies: false);
        replay.DefaultRequestHeaders.Add("Cookie", $"{cookie.Name}={cookie.Value}");
        var response = await replay.GetAsync("/account/profile");
        return response.StatusCode == HttpStatusCode.OK;
    }

    private static async Task<string> TokenAsync(HttpClient browser) => PageForms.TokenIn(await browser.GetPageAsync("/account/profile"));

    private static FormUrlEncodedContent Form(string antiforgery) => new([new("__RequestVerificationToken", antiforgery)]);
}
