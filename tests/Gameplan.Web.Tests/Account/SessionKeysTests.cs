using System.Net;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Account;

/// <summary>The data-protection key ring lives in the database, so sign-in cookies survive a restart and work on every instance.</summary>
public sealed class SessionKeysTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Issuing_a_sign_in_cookie_stores_the_key_that_protects_it_in_the_database()
    {
        var response = await _factory.AnonymousBrowser().SignInAsync(AccountForms.DemoEmail("rosa"));

        Assert.NotNull(AccountForms.SessionCookieOf(response));
        using var db = _factory.OpenDatabase();
        var keys = db.DataProtectionKeys.Select(k => k.Xml).ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml => Assert.StartsWith("<key ", xml, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_app_on_the_same_database_accepts_the_first_apps_sign_in_cookie()
    {
        var signIn = await _factory.AnonymousBrowser().SignInAsync(AccountForms.DemoEmail("rosa"));
        var cookie = AccountForms.SessionCookieOf(signIn)!;
        using var restarted = new GameplanWebFactory(databasePath: _factory.DatabasePath);
        var browser = restarted.AnonymousBrowser(handleCookies: false);

        var without = await browser.GetAsync("/plans");
        browser.DefaultRequestHeaders.Add("Cookie", $"{cookie.Name}={cookie.Value}");
        var with = await browser.GetAsync("/plans");

        Assert.Equal(HttpStatusCode.Redirect, without.StatusCode);
        var html = await with.ExpectFormAgainAsync();
        Assert.Contains("Rosa Delgado", html, StringComparison.Ordinal);
        Assert.Contains("Sign out", html, StringComparison.Ordinal);
    }
}
