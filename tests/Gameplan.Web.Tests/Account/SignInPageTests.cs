using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;
using Microsoft.Net.Http.Headers;

namespace Gameplan.Web.Tests.Account;

/// <summary>The sign-in form over plain HTTP: the cookie it issues, antiforgery, rate limits, and who may no longer sign in.</summary>
public sealed class SignInPageTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_successful_sign_in_goes_to_the_plans_with_an_http_only_same_site_lax_cookie()
    {
        var browser = _factory.AnonymousBrowser();

        var response = await browser.SignInAsync(AccountForms.DemoEmail("lena"));

        Assert.Equal("/", AccountForms.RedirectTarget(response));
        Assert.Equal("/inbox", AccountForms.RedirectTarget(await browser.GetAsync("/")));
        var cookie = AccountForms.SessionCookieOf(response);
        Assert.NotNull(cookie);
        Assert.True(cookie.HttpOnly, $"The session cookie is readable by scripts: {cookie}");
        Assert.Equal(SameSiteMode.Lax, cookie.SameSite);
        Assert.Equal("/", cookie.Path.Value);
        Assert.Null(cookie.Expires);
        Assert.Contains("Lena", await browser.GetPageAsync("/plans"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/people", "/people")]
    [InlineData("/plans/1/edit?x=1", "/plans/1/edit?x=1")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    public async Task A_sign_in_comes_back_to_the_page_that_asked_for_it_but_never_to_another_site(string returnUrl, string expected)
    {
        var browser = _factory.AnonymousBrowser();
        var token = PageForms.TokenIn(await browser.GetPageAsync($"/account/sign-in?ReturnUrl={Uri.EscapeDataString(returnUrl)}"));

        var response = await browser.PostAsync("/account/sign-in", Form(("ReturnUrl", returnUrl), ("__RequestVerificationToken", token)));

        Assert.Equal(expected, AccountForms.RedirectTarget(response));
    }

    [Fact]
    public async Task A_sign_in_post_without_the_antiforgery_token_is_refused_with_400_and_no_session()
    {
        var browser = _factory.AnonymousBrowser();
        await browser.GetPageAsync("/account/sign-in");

        var forged = await browser.PostAsync("/account/sign-in", Form());

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Null(AccountForms.SessionCookieOf(forged));
        Assert.Equal("/account/sign-in?ReturnUrl=%2Fplans", AccountForms.RedirectTarget(await browser.GetAsync("/plans")));
    }

    [Theory]
    [InlineData("/account/sign-in", true)]
    [InlineData("/account/setup", false)]
    public async Task The_fourth_credential_attempt_within_a_minute_is_429_with_retry_after(string page, bool seedDemo)
    {
        using var factory = new GameplanWebFactory(seedDemo: seedDemo, signedInAs: null, credentialAttemptsPerMinute: 3);
        var browser = factory.AnonymousBrowser();
        Task<HttpResponseMessage> AttemptAsync() => seedDemo
            ? browser.SignInAsync(AccountForms.DemoEmail("lena"), "a wrong guess")
            : browser.SetUpAsync("short");

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await (await AttemptAsync()).ExpectFormAgainAsync();
        }
        var refused = await AttemptAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues(HeaderNames.RetryAfter)), CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(page)).StatusCode);
    }

    [Fact]
    public async Task A_deactivated_person_can_no_longer_sign_in_and_their_token_and_session_stop_working()
    {
        var admin = _factory.CreateClientAs("alex");
        var token = _factory.TokenFor("lena");
        var session = _factory.AnonymousBrowser();
        AccountForms.RedirectTarget(await session.SignInAsync(AccountForms.DemoEmail("lena")));
        await _factory.CreateClientAs("lena").GetOkAsync("/api/v1/me");
        var lena = (await admin.GetOkAsync("/api/v1/people")).EnumerateArray().Single(p => p.Text("handle") == "lena");

        await admin.PutOkAsync($"/api/v1/people/{lena.Id()}", new
        {
            handle = "lena",
            name = lena.Text("name"),
            role = lena.Text("role"),
            team = lena.Text("team"),
            active = false,
        });

        var withToken = _factory.CreateDefaultClient();
        withToken.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await withToken.GetAsync("/api/v1/me")).StatusCode);
        Assert.StartsWith("/account/sign-in", AccountForms.RedirectTarget(await session.GetAsync("/plans")), StringComparison.Ordinal);
        var again = await _factory.AnonymousBrowser().SignInAsync(AccountForms.DemoEmail("lena"));
        Assert.Contains("The e-mail or password is not right.", await again.ExpectFormAgainAsync(), StringComparison.Ordinal);
        Assert.Null(AccountForms.SessionCookieOf(again));
    }

    /// <summary>Lena's right e-mail and password, plus <paramref name="extra"/> fields, as a browser would post them.</summary>
    private static FormUrlEncodedContent Form(params (string Name, string Value)[] extra) =>
        new(extra.Prepend(("Input.Password", Core.Demo.DemoOrganization.Password)).Prepend(("Input.Email", AccountForms.DemoEmail("lena")))
            .Select(f => KeyValuePair.Create(f.Item1, f.Item2)));
}
