using System.Net;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Web.Tests.Organizations;

/// <summary>The single sign-on section of the organisation settings page: saved, shown again without the secret, refused beside its field, admins only.</summary>
public sealed class SingleSignOnSettingsPageTests : IDisposable
{
    private const string Secret = "a-client-secret-nobody-reads-back";

    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public SingleSignOnSettingsPageTests() => _client = _factory.BrowserClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_admin_connects_the_provider_and_the_secret_is_stored_encrypted_and_never_shown_again()
    {
        var location = (await _client.SubmitAsync("/organization/settings", Form(("Sso.ClientSecret", Secret)), handler: "SingleSignOn")).ExpectRedirect();

        Assert.Equal("/organization/settings#single-sign-on", location);
        var html = await _client.GetPageAsync("/organization/settings");
        Assert.Contains("value=\"https://login.northwind.example/realms/sales\"", html, StringComparison.Ordinal);
        Assert.Contains("(one is stored; blank keeps it)", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, html, StringComparison.Ordinal);
        Assert.Contains("http://localhost/signin-oidc/", html, StringComparison.Ordinal);
        using var db = _factory.OpenDatabase();
        var stored = await db.SingleSignOnSettings.SingleAsync();
        Assert.Equal(("gameplan", "openid profile email", "upn", "northwind.example"), (stored.ClientId, stored.Scopes, stored.EmailClaim, stored.EmailDomains));
        Assert.DoesNotContain(Secret, stored.ProtectedClientSecret!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_again_with_the_secret_left_blank_keeps_it_and_the_box_removes_it()
    {
        (await _client.SubmitAsync("/organization/settings", Form(("Sso.ClientSecret", Secret)), handler: "SingleSignOn")).ExpectRedirect();
        using var db = _factory.OpenDatabase();
        var first = (await db.SingleSignOnSettings.AsNoTracking().SingleAsync()).ProtectedClientSecret;

        (await _client.SubmitAsync("/organization/settings", Form(("Sso.ClientSecret", "")), handler: "SingleSignOn")).ExpectRedirect();
        var kept = (await db.SingleSignOnSettings.AsNoTracking().SingleAsync()).ProtectedClientSecret;
        (await _client.SubmitAsync("/organization/settings", Form(("RemoveClientSecret", "true")), handler: "SingleSignOn")).ExpectRedirect();

        Assert.NotNull(first);
        Assert.Equal(first, kept);
        Assert.Null((await db.SingleSignOnSettings.AsNoTracking().SingleAsync()).ProtectedClientSecret);
    }

    [Theory]
    [InlineData("Sso.Issuer", "http://login.northwind.example", "Sso.Issuer")]
    [InlineData("Sso.Issuer", "not an address", "Sso.Issuer")]
    [InlineData("Sso.ClientId", "", "Sso.ClientId")]
    [InlineData("Sso.EmailClaim", "the e-mail", "Sso.EmailClaim")]
    [InlineData("Sso.EmailDomains", "northwind", "Sso.EmailDomains")]
    [InlineData("Sso.Scopes", "openid \"email\"", "Sso.Scopes")]
    public async Task A_bad_value_is_shown_beside_its_field_and_nothing_is_saved(string name, string value, string field)
    {
        var html = await (await _client.SubmitAsync("/organization/settings", Form((name, value)), handler: "SingleSignOn")).ExpectFormAgainAsync();

        Assert.NotEmpty(PageForms.MessageBeside(html, field));
        using var db = _factory.OpenDatabase();
        Assert.False(await db.SingleSignOnSettings.AnyAsync());
    }

    [Fact]
    public async Task Password_sign_in_cannot_be_switched_off_while_single_sign_on_is_off()
    {
        var html = await (await _client.SubmitAsync("/organization/settings", [("Sso.PasswordSignInAllowed", "false")], handler: "SingleSignOn")).ExpectFormAgainAsync();

        Assert.Contains("otherwise nobody could sign in", PageForms.MessageBeside(html, "Sso.PasswordSignInAllowed"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rosa")]
    [InlineData("lena")]
    public async Task Only_admins_change_it(string handle)
    {
        using var other = new GameplanWebFactory(signedInAs: handle);
        var client = other.BrowserClient();
        var token = PageForms.TokenIn(await _client.GetPageAsync("/organization/settings"));

        var response = await client.PostAsync("/organization/settings?handler=SingleSignOn", new FormUrlEncodedContent(
            Form(("__RequestVerificationToken", token)).Select(f => KeyValuePair.Create(f.Name, f.Value))));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var db = other.OpenDatabase();
        Assert.False(await db.SingleSignOnSettings.AnyAsync());
    }

    private static (string Name, string Value)[] Form(params (string Name, string Value)[] overrides)
    {
        var fields = new Dictionary<string, string>
        {
            ["Sso.Enabled"] = "true",
            ["Sso.Issuer"] = "https://login.northwind.example/realms/sales",
            ["Sso.ClientId"] = "gameplan",
            ["Sso.Scopes"] = "openid profile email",
            ["Sso.EmailClaim"] = "upn",
            ["Sso.EmailDomains"] = "northwind.example",
            ["Sso.PasswordSignInAllowed"] = "true",
        };
        foreach (var (name, value) in overrides)
        {
            fields[name] = value;
        }
        return fields.Select(f => (f.Key, f.Value)).ToArray();
    }
}
