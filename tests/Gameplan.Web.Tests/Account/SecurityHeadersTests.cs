using System.Globalization;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Account;

/// <summary>Every HTML page is served with a strict Content-Security-Policy and the other protective headers.</summary>
public sealed class SecurityHeadersTests : IDisposable
{
    private static readonly string[] SafeReferrerPolicies = ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"];

    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/account/sign-in", false)]
    [InlineData("/account/denied", false)]
    [InlineData("/api/docs/index.html", false)]
    [InlineData("/plans", true)]
    [InlineData("/plans/{plan}", true)]
    [InlineData("/plans/{plan}/edit", true)]
    [InlineData("/people", true)]
    [InlineData("/teams", true)]
    [InlineData("/account/profile", true)]
    public async Task An_html_page_forbids_inline_script_framing_and_sniffing(string page, bool signedIn)
    {
        var client = signedIn ? _factory.CreateClientAs("alex") : _factory.AnonymousBrowser();
        var plan = await DemoPlan.LoadAsync(_factory.CreateClientAs("alex"));

        var response = await client.GetAsync(page.Replace("{plan}", plan.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        ExpectProtectiveHeaders(response);
    }

    [Fact]
    public async Task A_refused_sign_in_shown_again_carries_the_same_headers()
    {
        var response = await _factory.AnonymousBrowser().SignInAsync(AccountForms.DemoEmail("lena"), "not-the-password");

        Assert.Contains("The e-mail or password is not right.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        ExpectProtectiveHeaders(response);
    }

    /// <summary>Scripts only from this site (no inline, no eval), never framed, no MIME sniffing, no full URLs leaked as referrer.</summary>
    internal static void ExpectProtectiveHeaders(HttpResponseMessage response)
    {
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp), $"{response.RequestMessage?.RequestUri} has no Content-Security-Policy");
        var directives = csp.Single().Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");
        var scripts = directives.GetValueOrDefault("script-src") ?? directives["default-src"];
        Assert.DoesNotContain("'unsafe-inline'", scripts, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", scripts, StringComparison.Ordinal);
        Assert.DoesNotContain("*", scripts, StringComparison.Ordinal);
        Assert.Equal("'none'", directives.GetValueOrDefault("frame-ancestors"));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains(Assert.Single(response.Headers.GetValues("Referrer-Policy")), SafeReferrerPolicies);
    }
}
