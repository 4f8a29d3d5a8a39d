using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Account;

/// <summary>First-run setup on an empty database, and the password policy it applies (length only, no composition rules).</summary>
public sealed class SetupPageTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new(seedDemo: false, signedInAs: null);
    private readonly HttpClient _browser;

    public SetupPageTests() => _browser = _factory.AnonymousBrowser();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_empty_installation_sends_sign_in_to_setup()
    {
        var response = await _browser.GetAsync("/account/sign-in");

        Assert.Equal("/account/setup", AccountForms.RedirectTarget(response));
        Assert.Contains("Create organisation and admin", await _browser.GetPageAsync("/account/setup"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seven_character_password_is_refused_beside_the_password()
    {
        var response = await _browser.SetUpAsync("abcdefg");

        var message = PageForms.MessageBeside(await response.ExpectFormAgainAsync(), "Input.Password");
        Assert.Contains("Password", message, StringComparison.Ordinal);
        Assert.Contains("8", message, StringComparison.Ordinal);
        Assert.Null(AccountForms.SessionCookieOf(response));
        Assert.Equal("/account/setup", AccountForms.RedirectTarget(await _browser.GetAsync("/account/sign-in")));
    }

    [Fact]
    public async Task An_eight_character_lowercase_password_is_enough_and_signs_the_admin_in()
    {
        var response = await _browser.SetUpAsync("abcdefgh");

        Assert.Equal("/people", AccountForms.RedirectTarget(response));
        Assert.NotNull(AccountForms.SessionCookieOf(response));
        var people = await _browser.GetPageAsync("/people");
        Assert.Contains("Dana Fox", people, StringComparison.Ordinal);
        Assert.Contains("Welcome, Dana Fox.", people, StringComparison.Ordinal);
        Assert.Equal("/account/sign-in", AccountForms.RedirectTarget(await _browser.GetAsync("/account/setup")));
    }

    [Fact]
    public async Task After_setup_the_admin_signs_in_with_that_password_and_no_demo_accounts_are_listed()
    {
        AccountForms.RedirectTarget(await _browser.SetUpAsync("abcdefgh"));
        var fresh = _factory.AnonymousBrowser();

        var signInPage = await fresh.GetPageAsync("/account/sign-in");
        var response = await fresh.SignInAsync("dana@contoso.example", "abcdefgh");

        Assert.DoesNotContain("Demo accounts", signInPage, StringComparison.Ordinal);
        Assert.DoesNotContain(Core.Demo.DemoOrganization.Password, signInPage, StringComparison.Ordinal);
        Assert.Equal("/", AccountForms.RedirectTarget(response));
    }
}
