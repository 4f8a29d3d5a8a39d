using System.Net;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Pages;

public sealed class HistoryAndAccountPagesTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_plan_page_shows_who_changed_what()
    {
        var rosa = _factory.CreateClientAs("rosa");
        var demo = await DemoPlan.LoadAsync(rosa);
        await rosa.PutOkAsync($"{demo.Url}/goals/{demo.Goal("g2")}", new { key = "g2", title = "Win 150 new clinic customers", metric = "new_customers", unit = "count", target = 150, dri = "omar" });

        var html = await _factory.BrowserClient().GetPageAsync($"/plans/{demo.Id}");
        var history = PageForms.Element(html, "history", "section");

        Assert.Contains("rosa (Rosa Delgado)", history);
        Assert.Contains("changed goal", history);
        Assert.Contains("title: Win 140 new clinic customers → Win 150 new clinic customers", history);
    }

    [Fact]
    public async Task The_history_of_a_changed_plan_and_person_speaks_in_names_and_words_never_in_record_dumps_or_ids()
    {
        var admin = _factory.CreateClient();
        var plan = new { name = "Mid-Market 2030", scope = "team", team = "Mid-Market", owner = "omar", period = new { start = "2030-01-01", end = "2030-12-31" }, settings = new { planning_window_days = 90 } };
        var created = await admin.CreateAsync("/api/v1/plans", plan);
        await admin.PutOkAsync($"/api/v1/plans/{created.Id()}", plan with { settings = new { planning_window_days = 60 } });
        var lena = (await admin.GetOkAsync("/api/v1/people")).EnumerateArray().Single(p => p.Text("handle") == "lena");
        await admin.PutOkAsync($"/api/v1/people/{lena.Id()}", new { handle = "lena", name = "Lena Fischer", role = "rep", team = "Enterprise", capacity_hours_per_week = 40 });

        var planHistory = PageForms.Element(await _factory.BrowserClient().GetPageAsync($"/plans/{created.Id()}"), "history", "section");
        var personHistory = PageForms.Element(await _factory.BrowserClient().GetPageAsync($"/people/{lena.Id()}/edit"), "history", "section");

        Assert.Contains("planning window: 90 days → 60 days", planHistory);
        Assert.Contains("team: — → Mid-Market", planHistory);
        Assert.Contains("owner: — → Omar Haddad", planHistory);
        Assert.Contains("period start: — → 1 Jan 2030", planHistory);
        Assert.Contains("team: Mid-Market → Enterprise", personHistory);
        foreach (var history in new[] { planHistory, personHistory })
        {
            Assert.DoesNotContain("{ ", history);
            Assert.DoesNotContain("Settings", history);
            Assert.DoesNotContain("_id", history);
            Assert.DoesNotMatch(@"(team|owner|DRI|with|part of): [^;<]*\d", history);
        }
    }

    [Fact]
    public async Task An_admin_gives_a_person_an_account_and_they_can_then_sign_in()
    {
        var admin = _factory.BrowserClient();
        var created = await _factory.CreateClient().CreateAsync("/api/v1/people", new { handle = "eva", name = "Eva Lind", role = "rep", team = "Mid-Market" });
        var page = $"/people/{created.Id()}/edit";

        var given = await admin.SubmitAsync(page, [("Account.Email", "eva@northwind.example"), ("Account.Password", "a long first passphrase")], handler: "Account");
        given.ExpectRedirect();

        var eva = _factory.CreateClient();
        eva.DefaultRequestHeaders.Authorization = null;
        var signIn = await eva.SubmitAsync("/account/sign-in", [("Input.Email", "eva@northwind.example"), ("Input.Password", "a long first passphrase")]);
        Assert.Contains("has an account", await admin.GetPageAsync(page));
        Assert.Contains("created person", await admin.GetPageAsync(page));
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("Eva Lind", await signIn.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_too_short_first_password_is_shown_beside_the_password()
    {
        var admin = _factory.BrowserClient();
        var created = await _factory.CreateClient().CreateAsync("/api/v1/people", new { handle = "eva", name = "Eva Lind" });

        var refused = await admin.SubmitAsync($"/people/{created.Id()}/edit", [("Account.Email", "eva@northwind.example"), ("Account.Password", "short")], handler: "Account");

        Assert.Contains("8", PageForms.MessageBeside(await refused.ExpectFormAgainAsync(), "Account.Password"));
    }
}
