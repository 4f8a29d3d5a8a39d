using System.Net;
using Gameplan.Core.SingleSignOn;
using Gameplan.Domain.People;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gameplan.Web.Tests.Account;

/// <summary>
/// Single sign-on against a real OpenID provider (OpenIddict on Kestrel at 127.0.0.1): the browser's
/// redirects are followed by hand, to the provider and back, with the browser's own cookies, so each step
/// (the challenge, the provider's code, the callback with its correlation cookie, the completion) is the
/// one a real browser takes. Every refusal ends on a page that says why, never a 500.
/// </summary>
[Collection(RealProviders.Name)]
public sealed class SingleSignOnTests : IAsyncLifetime
{
    private readonly GameplanWebFactory _factory = new(signedInAs: null);
    private readonly HttpClient _toProvider = new(new HttpClientHandler { AllowAutoRedirect = false });
    private OpenIdProvider _provider = null!;
    private int _organization;

    public async Task InitializeAsync()
    {
        using (var db = _factory.OpenDatabase())
        {
            _organization = db.OrganizationScope!.Value;
        }
        _provider = await OpenIdProvider.StartAsync($"http://localhost/signin-oidc/{_organization}");
        await ConfigureAsync(new SingleSignOnRequest
        {
            Enabled = true,
            Issuer = _provider.Issuer,
            ClientId = OpenIdProvider.ClientId,
            ClientSecret = OpenIdProvider.ClientSecret,
        });
    }

    public async Task DisposeAsync()
    {
        _toProvider.Dispose();
        await _provider.DisposeAsync();
        _factory.Dispose();
    }

    [Fact]
    public async Task A_person_signed_in_by_the_provider_is_signed_in_as_the_person_with_that_email()
    {
        var browser = Browser();

        var landed = await SignInThroughProviderAsync(browser, "lena@northwind.example");

        Assert.Equal("/", landed);
        Assert.Equal("/inbox", AccountForms.RedirectTarget(await browser.Client.GetAsync("/")));
        Assert.Contains("Lena", await browser.Client.GetPageAsync("/plans"), StringComparison.Ordinal);
        Assert.Equal(1, _provider.Redeemed);
    }

    [Fact]
    public async Task The_page_asked_for_before_signing_in_is_where_the_person_lands()
    {
        var browser = Browser();

        var landed = await SignInThroughProviderAsync(browser, "lena@northwind.example", "/people");

        Assert.Equal("/people", landed);
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/people")).StatusCode);
    }

    [Fact]
    public async Task Tokens_from_another_issuer_than_the_configured_one_are_refused()
    {
        // The same server under another name: its discovery document and tokens say 127.0.0.1, the settings localhost.
        await ConfigureAsync(new SingleSignOnRequest { Enabled = true, Issuer = $"http://localhost:{_provider.Port}/", ClientId = OpenIdProvider.ClientId });
        var browser = Browser();

        var landed = await SignInThroughProviderAsync(browser, "lena@northwind.example");

        await ExpectRefusedAsync(browser, landed, "issuer", "The answer came from the wrong issuer");
    }

    [Fact]
    public async Task An_id_token_for_another_audience_is_refused()
    {
        _provider.IdentityTokenAudience = "another-application";
        var browser = Browser();

        var landed = await SignInThroughProviderAsync(browser, "lena@northwind.example");

        await ExpectRefusedAsync(browser, landed, "audience", "meant for another application");
    }

    [Fact]
    public async Task A_replayed_authorization_code_is_refused_by_the_provider_and_signs_nobody_in()
    {
        var browser = Browser();
        var callback = await CallbackAsync(browser, "lena@northwind.example");
        // An attacker with the code and the browser's cookies of that moment sends the answer again.
        var attacker = Browser();
        foreach (System.Net.Cookie cookie in browser.Cookies.GetAllCookies())
        {
            attacker.Cookies.Add(cookie);
        }
        Assert.Equal("/", await FinishAsync(browser, callback));

        var replayed = await FinishAsync(attacker, callback);

        await ExpectRefusedAsync(attacker, replayed, "code", "The sign-in code was refused");
        Assert.Equal(1, _provider.Redeemed);
    }

    [Fact]
    public async Task The_same_answer_sent_twice_from_one_browser_is_refused_the_second_time()
    {
        var browser = Browser();
        var callback = await CallbackAsync(browser, "lena@northwind.example");
        Assert.Equal("/", await FinishAsync(browser, callback));
        var fresh = Browser();

        var again = await FinishAsync(fresh, callback);

        await ExpectRefusedAsync(fresh, again, "expired", "This sign-in cannot be finished");
    }

    [Fact]
    public async Task An_expired_authorization_code_is_refused()
    {
        var browser = Browser();
        var callback = await CallbackAsync(browser, "lena@northwind.example");
        _provider.Clock.Offset = TimeSpan.FromMinutes(10);

        var landed = await FinishAsync(browser, callback);

        await ExpectRefusedAsync(browser, landed, "code", "it expired before Gameplan could redeem it");
    }

    [Fact]
    public async Task An_email_that_matches_nobody_is_refused_and_nobody_is_created()
    {
        _provider.NextUser = new ProviderUser("stranger@northwind.example", "Sam Stranger");
        var browser = Browser();

        var landed = await SignInThroughProviderAsync(browser, "lena@northwind.example");

        await ExpectRefusedAsync(browser, landed, "unknown", "belongs to nobody in your organisation");
        using var db = _factory.OpenDatabase();
        Assert.False(await db.People.AnyAsync(p => p.Email == "stranger@northwind.example"));
    }

    [Fact]
    public async Task An_email_that_matches_nobody_becomes_a_rep_when_the_organisation_allows_it()
    {
        await ConfigureAsync(new SingleSignOnRequest
        {
            Enabled = true,
            Issuer = _provider.Issuer,
            ClientId = OpenIdProvider.ClientId,
            CreateUnknownAsReps = true,
            EmailDomains = "northwind.example",
        });
        _provider.NextUser = new ProviderUser("sam.stranger@northwind.example", "Sam Stranger");
        var browser = Browser();

        var landed = await SignInThroughProviderAsync(browser, "sam.stranger@northwind.example");

        Assert.Equal("/", landed);
        using var db = _factory.OpenDatabase();
        var sam = await db.People.SingleAsync(p => p.Email == "sam.stranger@northwind.example");
        Assert.Equal(("sam.stranger", "Sam Stranger", PersonRole.Rep), (sam.Handle, sam.Name, sam.Role));
        Assert.True(await db.Users.AnyAsync(u => u.PersonId == sam.Id && u.Email == "sam.stranger@northwind.example" && u.PasswordHash == null));
        Assert.Contains("Sam Stranger", await browser.Client.GetPageAsync("/plans"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deactivated_person_is_refused()
    {
        using (var db = _factory.OpenDatabase())
        {
            (await db.People.SingleAsync(p => p.Handle == "lena")).Deactivate();
            await db.SaveChangesAsync();
        }
        var browser = Browser();

        var landed = await SignInThroughProviderAsync(browser, "lena@northwind.example");

        await ExpectRefusedAsync(browser, landed, "deactivated", "you are deactivated");
    }

    [Fact]
    public async Task An_email_the_provider_says_is_not_verified_is_not_trusted()
    {
        _provider.NextUser = new ProviderUser("lena@northwind.example", "Lena Fischer", EmailVerified: false);
        var browser = Browser();

        var landed = await SignInThroughProviderAsync(browser, "lena@northwind.example");

        await ExpectRefusedAsync(browser, landed, "no-email", "did not say your e-mail");
    }

    [Fact]
    public async Task The_email_claim_is_the_one_the_organisation_chose()
    {
        await ConfigureAsync(new SingleSignOnRequest { Enabled = true, Issuer = _provider.Issuer, ClientId = OpenIdProvider.ClientId, EmailClaim = "preferred_username" });
        _provider.NextUser = new ProviderUser("someone.else@elsewhere.example", "Lena Fischer", PreferredUsername: "lena@northwind.example");
        var browser = Browser();

        var landed = await SignInThroughProviderAsync(browser, "lena@northwind.example");

        Assert.Equal("/", landed);
        Assert.Contains("Lena", await browser.Client.GetPageAsync("/plans"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_password_sign_in_off_the_right_password_is_refused_with_the_reason_and_single_sign_on_still_works()
    {
        await ConfigureAsync(new SingleSignOnRequest { Enabled = true, Issuer = _provider.Issuer, ClientId = OpenIdProvider.ClientId, PasswordSignInAllowed = false });
        var withPassword = Browser();

        var refused = await withPassword.Client.SignInAsync("lena@northwind.example");

        Assert.Contains("Your organisation has switched password sign-in off", await refused.ExpectFormAgainAsync(), StringComparison.Ordinal);
        Assert.Null(AccountForms.SessionCookieOf(refused));
        Assert.StartsWith("/account/sign-in", AccountForms.RedirectTarget(await withPassword.Client.GetAsync("/plans")), StringComparison.Ordinal);
        Assert.Equal("/", await SignInThroughProviderAsync(Browser(), "lena@northwind.example"));
    }

    [Fact]
    public async Task An_email_without_single_sign_on_is_told_so_on_the_form()
    {
        var response = await Browser().Client.SubmitAsync("/account/sso", [("Input.Email", "someone@nowhere.example")]);

        Assert.Contains("Single sign-on is not set up for this e-mail address", await response.ExpectFormAgainAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_provider_that_does_not_answer_is_said_on_the_form()
    {
        await _provider.DisposeAsync();
        _provider = await OpenIdProvider.StartAsync();
        var gone = _provider.Issuer;
        await _provider.DisposeAsync();
        _provider = await OpenIdProvider.StartAsync();
        await ConfigureAsync(new SingleSignOnRequest { Enabled = true, Issuer = gone, ClientId = OpenIdProvider.ClientId });

        var browser = Browser();
        var response = await browser.Client.GetAsync(await HandOverLinkAsync(browser, "/account/sso", "lena@northwind.example"));

        Assert.Contains("Your organisation's identity provider did not answer", await response.ExpectFormAgainAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/signin-oidc/1?code=forged&state=forged")]
    [InlineData("/signin-oidc/1?error=access_denied")]
    [InlineData("/signin-oidc/999")]
    [InlineData("/signin-oidc/x")]
    [InlineData("/account/sso/complete")]
    [InlineData("/account/sso/refused?reason=%3Cscript%3E")]
    public async Task Forged_or_stray_answers_end_on_a_page_that_says_why_and_never_a_500(string url)
    {
        var browser = Browser();
        var response = await browser.Client.GetAsync(url);
        for (var hop = 0; hop < 3 && response.StatusCode == HttpStatusCode.Redirect; hop++)
        {
            response = await browser.Client.GetAsync(response.Headers.Location!.OriginalString);
        }

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Start single sign-on again", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Null(AccountForms.SessionCookieOf(response));
    }

    /// <summary>A browser without JavaScript: its own cookie jar (which a test may copy), redirects not followed.</summary>
    private Browser Browser()
    {
        var cookies = new CookieContainer();
        var client = _factory.CreateDefaultClient(new CookieContainerHandler(cookies));
        client.DefaultRequestHeaders.Authorization = null;
        return new Browser(client, cookies);
    }

    private async Task ConfigureAsync(SingleSignOnRequest request)
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.GameplanDbContext>();
        db.OrganizationScope = _organization;
        await scope.ServiceProvider.GetRequiredService<SingleSignOnCommands>().ChangeAsync(request);
    }

    /// <summary>The whole sign-in; returns where the browser lands (path and query).</summary>
    private async Task<string> SignInThroughProviderAsync(Browser browser, string email, string? returnUrl = null) =>
        await FinishAsync(browser, await CallbackAsync(browser, email, returnUrl));

    /// <summary>From the single sign-on form to the provider, which answers with a redirect to Gameplan's callback (returned, not followed).</summary>
    private async Task<Uri> CallbackAsync(Browser browser, string email, string? returnUrl = null)
    {
        var form = returnUrl is null ? "/account/sso" : $"/account/sso?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        var challenge = await browser.Client.GetAsync(await HandOverLinkAsync(browser, form, email));
        Assert.True(challenge.StatusCode == HttpStatusCode.Redirect, $"The form answered {(int)challenge.StatusCode}: {await challenge.Content.ReadAsStringAsync()}");
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith(_provider.Issuer.Replace("127.0.0.1", authorize.Host, StringComparison.Ordinal) + "connect/authorize?", authorize.AbsoluteUri, StringComparison.Ordinal);
        var answer = await _toProvider.GetAsync(authorize);
        Assert.True(answer.StatusCode == HttpStatusCode.Redirect, $"The provider answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
        var callback = answer.Headers.Location!;
        Assert.Equal($"/signin-oidc/{_organization}", callback.AbsolutePath);
        return callback;
    }

    /// <summary>
    /// Sends the single sign-on form; it answers with a page whose link (followed at once by the page's script)
    /// goes on to the provider: a form's answer may not redirect to another site under the policy's form-action 'self'.
    /// </summary>
    private static async Task<string> HandOverLinkAsync(Browser browser, string form, string email)
    {
        var handOver = await browser.Client.SubmitAsync(form, [("Input.Email", email)]);
        var page = await handOver.Content.ReadAsStringAsync();
        Assert.True(handOver.StatusCode == HttpStatusCode.OK, $"The form answered {(int)handOver.StatusCode}: {page}");
        var next = System.Text.RegularExpressions.Regex.Match(page, "<a href=\"(/account/sso/go\\?[^\"]+)\" role=\"button\" data-follow-now");
        Assert.True(next.Success, $"No link on to the provider: {page}");
        return System.Net.WebUtility.HtmlDecode(next.Groups[1].Value);
    }

    /// <summary>Sends the provider's answer to Gameplan and follows Gameplan's own redirects to where the browser lands.</summary>
    private static async Task<string> FinishAsync(Browser browser, Uri callback)
    {
        var response = await browser.Client.GetAsync(callback.PathAndQuery);
        Assert.True(response.StatusCode != HttpStatusCode.InternalServerError, await response.Content.ReadAsStringAsync());
        var target = AccountForms.RedirectTarget(response);
        if (target.StartsWith("/account/sso/complete", StringComparison.Ordinal))
        {
            target = AccountForms.RedirectTarget(await browser.Client.GetAsync(target));
        }
        return target;
    }

    private static async Task ExpectRefusedAsync(Browser browser, string landed, string reason, string words)
    {
        Assert.Equal($"/account/sso/refused?reason={reason}", landed);
        var page = await browser.Client.GetAsync(landed);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains(words, WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.StartsWith("/account/sign-in", AccountForms.RedirectTarget(await browser.Client.GetAsync("/plans")), StringComparison.Ordinal);
    }
}

/// <summary>A test browser and its cookie jar.</summary>
internal sealed record Browser(HttpClient Client, CookieContainer Cookies);
