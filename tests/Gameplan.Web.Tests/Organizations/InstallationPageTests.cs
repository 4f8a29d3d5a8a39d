using System.Net;
using System.Net.Http.Headers;
using Gameplan.Core.Organizations;
using Gameplan.Web.Tests.Account;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Gameplan.Web.Tests.Organizations;

/// <summary>
/// /system/organizations: only accounts the CLI made system administrators see it; they create an
/// organisation whose admin signs in to an empty organisation, suspend it (its sessions and tokens stop,
/// sign-in says why), resume it, and delete it only when suspended and named again.
/// </summary>
public sealed class InstallationPageTests : IDisposable
{
    private const string Page = "/system/organizations";
    private const string VeraPassword = "vera passphrase 12";

    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_organisation_admin_who_is_not_a_system_administrator_neither_sees_nor_opens_the_page()
    {
        var alex = _factory.AnonymousBrowser();
        await alex.SignInAsync(AccountForms.DemoEmail("alex"));

        var home = await alex.GetPageAsync("/plans");
        var page = await alex.GetAsync(Page);
        var post = await alex.PostAsync(Page + "?handler=Suspend&id=1", new FormUrlEncodedContent([]));

        Assert.DoesNotContain("href=\"/system/organizations\"", home, StringComparison.Ordinal);
        Assert.Equal("/account/denied", new Uri(new Uri("http://localhost"), page.Headers.Location!).AbsolutePath);
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.False(post.StatusCode is HttpStatusCode.Redirect && post.Headers.Location!.OriginalString.StartsWith(Page, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_system_administrator_creates_suspends_resumes_and_deletes_an_organisation_whose_people_are_shut_out_while_suspended()
    {
        await GrantAsync("alex@northwind.example", true);
        var alex = _factory.AnonymousBrowser();
        await alex.SignInAsync(AccountForms.DemoEmail("alex"));
        Assert.Contains("href=\"/system/organizations\"", await alex.GetPageAsync("/plans"), StringComparison.Ordinal);

        var created = await alex.SubmitAsync(Page, [
            ("Input.Organization", "Rival Field Sales"), ("Input.Name", "Vera Rival"), ("Input.Handle", "vera"),
            ("Input.Email", "vera@rival.example"), ("Input.Password", VeraPassword)]);
        var id = await IdOfAsync("Rival Field Sales");
        Assert.Equal($"{Page}#organization-{id}", created.ExpectRedirect());
        var listed = await alex.GetPageAsync(Page);
        Assert.Contains("Created 'Rival Field Sales'", listed, StringComparison.Ordinal);
        Assert.Contains("vera@rival.example", listed, StringComparison.Ordinal);

        var vera = _factory.AnonymousBrowser();
        Assert.Equal("/", (await vera.SignInAsync("vera@rival.example", VeraPassword)).ExpectRedirect());
        var cookie = AccountForms.SessionCookieOf(await SignInFreshAsync()) ?? throw new InvalidOperationException("no session cookie");
        var plans = await vera.GetPageAsync("/plans");
        Assert.DoesNotContain("Sales Plan", plans, StringComparison.Ordinal);
        var token = _factory.TokenFor("vera");
        Assert.Equal(HttpStatusCode.OK, (await Api(token).GetAsync("/api/v1/me")).StatusCode);

        var suspended = await alex.SubmitAsync(Page, [], post: $"{Page}?handler=Suspend&id={id}");
        Assert.Equal($"{Page}#organization-{id}", suspended.ExpectRedirect());
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api(token).GetAsync("/api/v1/me")).StatusCode);
        Assert.False(await AcceptedAsync(cookie));
        var refused = await _factory.AnonymousBrowser().SignInAsync("vera@rival.example", VeraPassword);
        Assert.Contains("Rival Field Sales is suspended", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var wrongPassword = await _factory.AnonymousBrowser().SignInAsync("vera@rival.example", "not her password");
        Assert.DoesNotContain("suspended", await wrongPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var resumed = await alex.SubmitAsync(Page, [], post: $"{Page}?handler=Resume&id={id}");
        Assert.Equal($"{Page}#organization-{id}", resumed.ExpectRedirect());
        Assert.Equal(HttpStatusCode.OK, (await Api(token).GetAsync("/api/v1/me")).StatusCode);

        await alex.SubmitAsync(Page, [], post: $"{Page}?handler=Suspend&id={id}");
        var wrongName = await alex.SubmitAsync(Page, [("confirm", "Rival")], post: $"{Page}?handler=Delete&id={id}");
        Assert.Equal($"{Page}#organization-{id}", wrongName.ExpectRedirect());
        Assert.Contains("exactly", await alex.GetPageAsync(Page), StringComparison.Ordinal);
        var deleted = await alex.SubmitAsync(Page, [("confirm", "Rival Field Sales")], post: $"{Page}?handler=Delete&id={id}");
        Assert.Equal(Page, deleted.ExpectRedirect());
        var after = await alex.GetPageAsync(Page);
        Assert.Contains("Deleted 'Rival Field Sales' with its 1 people, 1 accounts and 0 plans.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"organization-" + id + "\"", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api(token).GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task A_system_administrator_cannot_suspend_their_own_organisation_and_revoking_takes_effect_at_the_next_request()
    {
        await GrantAsync("alex@northwind.example", true);
        var alex = _factory.AnonymousBrowser();
        await alex.SignInAsync(AccountForms.DemoEmail("alex"));
        var own = await IdOfAsync(Core.Demo.DemoOrganization.Name);

        var refused = await alex.SubmitAsync(Page, [], post: $"{Page}?handler=Suspend&id={own}");
        var page = await alex.GetPageAsync(Page);
        await GrantAsync("alex@northwind.example", false);
        var afterRevoke = await alex.GetAsync(Page);

        Assert.Equal(Page, refused.ExpectRedirect());
        Assert.Contains("You cannot suspend your own organisation here", page, StringComparison.Ordinal);
        Assert.False((await IdsAsync()).Single(o => o.Id == own).IsSuspended);
        Assert.Equal(HttpStatusCode.Redirect, afterRevoke.StatusCode);
        Assert.Equal("/account/denied", new Uri(new Uri("http://localhost"), afterRevoke.Headers.Location!).AbsolutePath);
    }

    private async Task<HttpResponseMessage> SignInFreshAsync() => await _factory.AnonymousBrowser().SignInAsync("vera@rival.example", VeraPassword);

    private HttpClient Api(string token)
    {
        var client = _factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<bool> AcceptedAsync(Microsoft.Net.Http.Headers.SetCookieHeaderValue cookie)
    {
        using var replay = _factory.AnonymousBrowser(handleCookies: false);
        replay.DefaultRequestHeaders.Add("Cookie", $"{cookie.Name}={cookie.Value}");
        return (await replay.GetAsync("/account/profile")).StatusCode == HttpStatusCode.OK;
    }

    private async Task GrantAsync(string email, bool grant)
    {
        using var scope = _factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<OrganizationAdministration>().SetSystemAdministratorAsync(email, grant);
    }

    private async Task<IReadOnlyList<OrganizationSummary>> IdsAsync()
    {
        using var scope = _factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<OrganizationAdministration>().ListAsync();
    }

    private async Task<int> IdOfAsync(string name) => (await IdsAsync()).Single(o => o.Name == name).Id;
}
