using System.Net;
using System.Net.Http.Json;
using Gameplan.Core.Demo;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Account;

/// <summary>
/// The sign-in page lists demo accounts only in an installation seeded as the demo, only while an
/// admin has not turned the list off, and only accounts whose password is still the seed's own.
/// </summary>
public sealed class DemoAccountListTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_fresh_demo_lists_its_seeded_accounts_with_the_demo_password()
    {
        var page = await SignInPageAsync();

        Assert.Contains("rosa@northwind.example", page, StringComparison.Ordinal);
        Assert.Contains(DemoOrganization.Password, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_an_admin_adds_is_never_listed_even_with_the_demo_password()
    {
        var admin = _factory.CreateClient();
        var eva = await admin.CreateAsync("/api/v1/people", new { handle = "eva", name = "Eva Lind", role = "rep", team = "Mid-Market" });
        await (await admin.PostAsJsonAsync($"/api/v1/people/{eva.Id()}/account", new { email = "eva@northwind.example", password = DemoOrganization.Password }))
            .ExpectAsync(HttpStatusCode.Created);

        var page = await SignInPageAsync();

        Assert.DoesNotContain("eva@northwind.example", page, StringComparison.Ordinal);
        Assert.Contains("rosa@northwind.example", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_demo_account_whose_password_was_changed_is_no_longer_listed()
    {
        var rosa = _factory.AnonymousBrowser();
        await rosa.SignInAsync(AccountForms.DemoEmail("rosa"));
        await rosa.SubmitAsync("/account/profile", [
            ("Password.CurrentPassword", DemoOrganization.Password), ("Password.NewPassword", "rosa's own passphrase")], handler: "Password");

        var page = await SignInPageAsync();

        Assert.DoesNotContain("rosa@northwind.example", page, StringComparison.Ordinal);
        Assert.Contains("lena@northwind.example", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_turns_the_list_off_on_the_settings_page_and_no_account_or_password_is_shown()
    {
        var admin = _factory.BrowserClient();

        var response = await admin.SubmitAsync("/organization/settings", [("listed", "false")], handler: "DemoList");

        Assert.Equal("/organization/settings", response.ExpectRedirect());
        Assert.Contains("List the demo accounts again", await admin.GetPageAsync("/organization/settings"), StringComparison.Ordinal);
        var page = await SignInPageAsync();
        Assert.DoesNotContain("@northwind.example", page, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoOrganization.Password, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_installation_set_up_without_the_demo_lists_nothing_and_offers_no_demo_setting()
    {
        using var factory = new GameplanWebFactory(seedDemo: false, signedInAs: null);
        var browser = factory.AnonymousBrowser();
        await browser.SetUpAsync("a long enough password");

        var settings = await browser.GetPageAsync("/organization/settings");
        var page = await factory.AnonymousBrowser().GetPageAsync("/account/sign-in");

        Assert.DoesNotContain("Demo accounts", page, StringComparison.Ordinal);
        Assert.DoesNotContain("demo-accounts", settings, StringComparison.Ordinal);
    }

    private Task<string> SignInPageAsync() => _factory.AnonymousBrowser().GetPageAsync("/account/sign-in");
}
