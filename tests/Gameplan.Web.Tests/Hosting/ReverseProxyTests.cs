using System.Net;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Tests.Account;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Gameplan.Web.Tests.Hosting;

/// <summary>
/// Gameplan behind a real nginx that ends TLS, as the README's deployment describes: the forms work with
/// <c>Security:HttpsOnly=true</c>, and the credential limiter counts each client, not the proxy.
/// </summary>
public sealed class ReverseProxyTests
{
    [NginxFact]
    public async Task Behind_a_trusted_proxy_that_ends_tls_the_https_only_forms_work_and_sign_in_succeeds()
    {
        using var factory = Factory(new() { ["Security:HttpsOnly"] = "true", ["Security:TrustedProxies"] = "127.0.0.1" });
        using var nginx = new NginxProxy(Start(factory));
        using var browser = nginx.CreateClient();

        var form = await browser.GetAsync("/account/sign-in");
        var signedIn = await browser.SignInAsync(AccountForms.DemoEmail("rosa"));

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var csrf = SetCookies(form).Single(c => c.Name == "__Host-gameplan-csrf");
        Assert.True(csrf.Secure);
        Assert.Equal("/", AccountForms.RedirectTarget(signedIn));
        Assert.True(SetCookies(signedIn).Single(c => c.Name == "__Host-gameplan").Secure);
        Assert.Contains("Sales Plan", await browser.GetPageAsync("/plans"));
    }

    [NginxFact]
    public async Task With_https_only_and_the_proxy_not_trusted_a_form_page_says_what_to_configure_instead_of_failing()
    {
        using var factory = Factory(new() { ["Security:HttpsOnly"] = "true" });
        using var nginx = new NginxProxy(Start(factory));
        using var browser = nginx.CreateClient();

        var page = await browser.GetAsync("/account/sign-in");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("Security:TrustedProxies", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/health")).StatusCode);
    }

    [NginxFact]
    public async Task The_credential_limit_counts_each_client_address_and_account_behind_the_proxy_and_a_forged_header_does_not_escape_it()
    {
        using var factory = Factory(new() { ["Security:TrustedProxies"] = "127.0.0.1" }, attemptsPerMinute: 3);
        using var nginx = new NginxProxy(Start(factory));
        using var guesser = nginx.CreateClient("127.0.0.2");
        using var forger = nginx.CreateClient("127.0.0.2");
        forger.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");
        using var colleague = nginx.CreateClient("127.0.0.3");

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await (await guesser.SignInAsync(AccountForms.DemoEmail("lena"), "a wrong guess")).ExpectFormAgainAsync();
        }
        var refused = await guesser.SignInAsync(AccountForms.DemoEmail("lena"), "a wrong guess");
        var forged = await forger.SignInAsync(AccountForms.DemoEmail("lena"), "a wrong guess");
        var otherAccount = await guesser.SignInAsync(AccountForms.DemoEmail("maria"), "a wrong guess");
        var colleagueSignIn = await colleague.SignInAsync(AccountForms.DemoEmail("lena"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, forged.StatusCode);
        await otherAccount.ExpectFormAgainAsync();
        Assert.Equal("/", AccountForms.RedirectTarget(colleagueSignIn));
    }

    [Fact]
    public async Task One_address_trying_many_accounts_is_slowed_at_five_times_the_per_account_limit()
    {
        using var factory = new GameplanWebFactory(signedInAs: null, credentialAttemptsPerMinute: 2);
        var browser = factory.AnonymousBrowser();

        for (var account = 1; account <= 2 * RateLimits.AddressFactor; account++)
        {
            await (await browser.SignInAsync($"nobody{account}@example.com", "a wrong guess")).ExpectFormAgainAsync();
        }
        var refused = await browser.SignInAsync("yet-another@example.com", "a wrong guess");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Fact]
    public void Trusted_proxies_are_read_as_addresses_networks_or_a_list_and_a_bad_entry_names_the_setting()
    {
        static IConfiguration Settings(params (string Key, string Value)[] values) =>
            new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

        var oneValue = TrustedProxies.Read(Settings(("Security:TrustedProxies", "10.0.0.5, 192.168.0.0/16;::1")));
        var list = TrustedProxies.Read(Settings(("Security:TrustedProxies:0", "10.0.0.5"), ("Security:TrustedProxies:1", "172.16.0.0/12")));
        var none = TrustedProxies.Read(Settings());
        var bad = Assert.Throws<InvalidOperationException>(() => TrustedProxies.Read(Settings(("Security:TrustedProxies", "proxy.internal"))));

        Assert.Equal(["10.0.0.5/32", "192.168.0.0/16", "::1/128"], oneValue.Select(n => n.ToString()));
        Assert.Equal(["10.0.0.5/32", "172.16.0.0/12"], list.Select(n => n.ToString()));
        Assert.Empty(none);
        Assert.Contains("Security:TrustedProxies", bad.Message);
        Assert.Contains("proxy.internal", bad.Message);
    }

    private static GameplanWebFactory Factory(Dictionary<string, string> settings, int attemptsPerMinute = 1000) =>
        new(signedInAs: null, credentialAttemptsPerMinute: attemptsPerMinute, settings: settings);

    /// <summary>Starts the app on a free loopback port (Kestrel, plain HTTP, as behind a proxy) and returns its address.</summary>
    private static Uri Start(GameplanWebFactory factory)
    {
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        return new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    }

    private static IList<SetCookieHeaderValue> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues(HeaderNames.SetCookie, out var values) ? SetCookieHeaderValue.ParseList(values.ToList()) : [];
}
