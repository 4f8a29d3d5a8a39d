using System.Net;
using Gameplan.Core.Demo;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Net.Http.Headers;

namespace Gameplan.Web.Tests.Account;

/// <summary>A browser without JavaScript at the account pages: no token, its own cookies, redirects not followed.</summary>
internal static class AccountForms
{
    /// <summary>The application cookie's name on a plain-HTTP install (tests run without Security:HttpsOnly).</summary>
    public const string SessionCookie = "gameplan";

    public static HttpClient AnonymousBrowser(this GameplanWebFactory factory, bool handleCookies = true)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = handleCookies });
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    public static string DemoEmail(string handle) => $"{handle}@{DemoOrganization.EmailDomain}";

    /// <summary>Opens the sign-in form and sends it with its antiforgery token.</summary>
    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password = DemoOrganization.Password) =>
        client.SubmitAsync("/account/sign-in", [("Input.Email", email), ("Input.Password", password)]);

    /// <summary>Opens the first-run form and sends it with its antiforgery token.</summary>
    public static Task<HttpResponseMessage> SetUpAsync(this HttpClient client, string password) =>
        client.SubmitAsync("/account/setup", [
            ("Input.Organization", "Contoso Dental Systems"),
            ("Input.Name", "Dana Fox"),
            ("Input.Handle", "dana"),
            ("Input.Email", "dana@contoso.example"),
            ("Input.Password", password),
        ]);

    /// <summary>The session cookie a response sets, or null when it sets none.</summary>
    public static SetCookieHeaderValue? SessionCookieOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(HeaderNames.SetCookie, out var values)
            ? SetCookieHeaderValue.ParseList(values.ToList()).LastOrDefault(c => c.Name == SessionCookie)
            : null;

    /// <summary>Expects a redirect and returns its target's path and query, whether the Location is absolute or not.</summary>
    public static string RedirectTarget(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect from {response.RequestMessage?.RequestUri} but got {(int)response.StatusCode}");
        var location = response.Headers.Location!;
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }
}
