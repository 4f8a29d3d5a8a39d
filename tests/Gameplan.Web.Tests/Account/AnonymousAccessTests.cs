using System.Net;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Account;

/// <summary>What answers without signing in (docs/access.md, "Anonymous requests"), and how the rest refuses.</summary>
public sealed class AnonymousAccessTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _anonymous;

    public AnonymousAccessTests() => _anonymous = _factory.AnonymousBrowser();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/plans")]
    [InlineData("/plans/1")]
    [InlineData("/people")]
    [InlineData("/account/profile")]
    public async Task An_anonymous_page_request_is_sent_to_sign_in_with_the_page_to_come_back_to(string page)
    {
        var response = await _anonymous.GetAsync(page);

        Assert.Equal($"/account/sign-in?ReturnUrl={Uri.EscapeDataString(page)}", AccountForms.RedirectTarget(response));
    }

    [Theory]
    [InlineData("/api/v1/plans")]
    [InlineData("/api/v1/me")]
    [InlineData("/api/v1/people")]
    public async Task An_anonymous_api_request_is_401_and_never_a_redirect(string url)
    {
        var response = await _anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.DoesNotContain("Sign in", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/health", "text/plain")]
    [InlineData("/openapi/v1.json", "application/json")]
    [InlineData("/account/sign-in", "text/html")]
    [InlineData("/account/sso", "text/html")]
    [InlineData("/css/site.css", "text/css")]
    [InlineData("/js/site.js", "text/javascript")]
    [InlineData("/api/docs/index.html", "text/html")]
    public async Task Sign_in_health_the_api_description_and_static_files_answer_without_signing_in(string url, string mediaType)
    {
        var response = await _anonymous.GetAsync(url);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} anonymously answered {(int)response.StatusCode} {response.Headers.Location}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsStringAsync());
    }
}
