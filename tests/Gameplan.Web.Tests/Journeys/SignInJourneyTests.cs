using System.Text.RegularExpressions;
using Gameplan.Core.Accounts;
using Gameplan.Core.Demo;
using Gameplan.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>Signing in, setting up a first install, locking out, signing out and being refused, in a real browser.</summary>
[Collection(BrowserJourneys.Name)]
public sealed partial class SignInJourneyTests
{
    private const string WrongPassword = "The e-mail or password is not right.";
    private const string LockedOut = "Too many failed attempts: this account is locked";

    [ChromiumFact]
    public async Task A_first_run_sets_up_the_organisation_and_signs_its_admin_in()
    {
        await using var journey = await StartAsync(new GameplanWebFactory(seedDemo: false));
        var page = await journey.NewPageAsync();

        await page.GotoAsync("/plans");
        await Expect(page).ToHaveURLAsync(Path("/account/setup"));
        await page.GetByLabel("Organisation").FillAsync("Contoso Dental Systems");
        await page.GetByLabel("Your name").FillAsync("Dana Fox");
        await page.GetByLabel("Your handle").FillAsync("dana");
        await page.GetByLabel("E-mail").FillAsync("dana@contoso.example");
        await page.GetByLabel("Password").FillAsync("a long passphrase for dana");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create organisation and admin" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(Path("/people"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Welcome, Dana Fox.");
        var admin = page.Locator("tbody tr", new() { HasText = "Dana Fox" });
        await Expect(admin).ToContainTextAsync("dana");
        await Expect(admin).ToContainTextAsync("Admin");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Demo accounts" })).ToHaveCountAsync(0);
        await Expect(page.GetByText(DemoOrganization.Password)).ToHaveCountAsync(0);
        await page.GotoAsync("/account/setup");
        await Expect(page).ToHaveURLAsync(Path("/account/sign-in"));

        await BrowserJourney.SignInAsync(page, "dana@contoso.example", "a long passphrase for dana");
        await Expect(page).ToHaveURLAsync(Path("/home/setup"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Setup health", Exact = true })).ToBeVisibleAsync();
    }

    [ChromiumFact]
    public async Task The_sign_in_page_lists_the_demo_accounts_and_their_password_while_the_demo_exists()
    {
        await using var journey = await StartAsync();
        var page = await journey.NewPageAsync();

        await page.GotoAsync("/account/sign-in");

        var demo = page.Locator("article", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Demo accounts" }) });
        await Expect(demo).ToContainTextAsync(DemoOrganization.Password);
        foreach (var handle in new[] { "alex", "rosa", "omar", "grace", "lena", "mateo", "nia", "ravi", "sofia", "jonas" })
        {
            await Expect(demo.GetByRole(AriaRole.Cell, new() { Name = $"{handle}@{DemoOrganization.EmailDomain}", Exact = true })).ToHaveCountAsync(1);
        }
    }

    [ChromiumFact]
    public async Task A_demo_rep_signs_in_lands_on_her_inbox_and_finds_the_demo_plan()
    {
        await using var journey = await StartAsync();
        var page = await journey.NewPageAsync();

        await BrowserJourney.SignInAsync(page, $"lena@{DemoOrganization.EmailDomain}", DemoOrganization.Password);

        await Expect(page).ToHaveURLAsync(Path("/inbox"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Inbox" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Plans", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = SalesPlan() })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })).ToContainTextAsync("Lena");
    }

    [ChromiumFact]
    public async Task A_wrong_password_is_refused_with_a_message_at_the_form()
    {
        await using var journey = await StartAsync();
        var page = await journey.NewPageAsync();

        await BrowserJourney.SignInAsync(page, $"lena@{DemoOrganization.EmailDomain}", "not-the-password");

        await Expect(page.Locator("form").GetByRole(AriaRole.Alert)).ToHaveTextAsync(WrongPassword);
        await Expect(page).ToHaveURLAsync(Path("/account/sign-in"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToHaveCountAsync(0);
        await Expect(page.GetByLabel("E-mail")).ToHaveValueAsync($"lena@{DemoOrganization.EmailDomain}");
    }

    [ChromiumFact]
    public async Task After_five_wrong_passwords_the_account_is_locked_and_even_the_right_password_is_refused()
    {
        await using var journey = await StartAsync();
        var page = await journey.NewPageAsync();
        var email = $"mateo@{DemoOrganization.EmailDomain}";
        var message = page.Locator("form").GetByRole(AriaRole.Alert);

        for (var attempt = 1; attempt < PasswordRules.MaxFailedSignIns; attempt++)
        {
            await BrowserJourney.SignInAsync(page, email, $"wrong guess {attempt}");
            await Expect(message).ToHaveTextAsync(WrongPassword);
        }
        await BrowserJourney.SignInAsync(page, email, "the last wrong guess");
        await Expect(message).ToContainTextAsync(LockedOut);

        await BrowserJourney.SignInAsync(page, email, DemoOrganization.Password);
        await Expect(message).ToContainTextAsync(LockedOut);
        await Expect(page).ToHaveURLAsync(Path("/account/sign-in"));

        await page.GotoAsync("/plans");
        await Expect(page).ToHaveURLAsync(Path("/account/sign-in"));
    }

    [ChromiumFact]
    public async Task Signing_out_returns_to_the_sign_in_page_and_the_plans_need_signing_in_again()
    {
        await using var journey = await StartAsync();
        var page = await journey.SignedInPageAsync("rosa");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(Path("/account/sign-in"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToHaveCountAsync(0);

        await page.GotoAsync("/plans");
        await Expect(page).ToHaveURLAsync(new Regex(@"/account/sign-in\?ReturnUrl=%2Fplans$"));
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = SalesPlan() })).ToHaveCountAsync(0);
    }

    [ChromiumFact]
    public async Task A_rep_cannot_open_another_teams_plan_while_that_teams_manager_can()
    {
        await using var journey = await StartAsync();
        var plan = await journey.Factory.CreateClientAs("alex").CreateAsync("/api/v1/plans", new
        {
            name = "Enterprise FY2027",
            scope = "team",
            team = "Enterprise",
            owner = "grace",
            period = new { start = "2027-01-01", end = "2027-12-31" },
        });
        var planPage = $"/plans/{plan.Id()}";

        var lena = await journey.SignedInPageAsync("lena");
        var refused = await lena.GotoAsync(planPage);
        Assert.Equal(403, refused!.Status);
        await Expect(lena.GetByRole(AriaRole.Heading, new() { Name = "Not allowed" })).ToBeVisibleAsync();
        await Expect(lena.GetByText("Enterprise FY2027")).ToHaveCountAsync(0);
        await lena.GotoAsync("/plans");
        await Expect(lena.GetByRole(AriaRole.Link, new() { NameRegex = SalesPlan() })).ToBeVisibleAsync();
        await Expect(lena.GetByRole(AriaRole.Link, new() { Name = "Enterprise FY2027" })).ToHaveCountAsync(0);

        var grace = await journey.SignedInPageAsync("grace");
        await Expect(grace.GetByRole(AriaRole.Link, new() { Name = "Enterprise FY2027" })).ToBeVisibleAsync();
        var opened = await grace.GotoAsync(planPage);
        Assert.Equal(200, opened!.Status);
        await Expect(grace.GetByRole(AriaRole.Heading, new() { Name = "Enterprise FY2027", Level = 1 })).ToBeVisibleAsync();
    }

    private static async Task<BrowserJourney> StartAsync(GameplanWebFactory? factory = null)
    {
        var journey = new BrowserJourney(factory);
        try
        {
            await journey.StartAsync();
            return journey;
        }
        catch
        {
            await journey.DisposeAsync();
            throw;
        }
    }

    /// <summary>The page's address has this path, with or without a query.</summary>
    private static Regex Path(string path) => new($"^https?://[^/]+{Regex.Escape(path)}(\\?.*)?$");

    [GeneratedRegex(@"^FY\d{4} Sales Plan$")]
    private static partial Regex SalesPlan();
}
