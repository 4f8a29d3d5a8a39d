using System.Globalization;
using System.Net;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Inbox;

/// <summary>The inbox page, its count in the navigation, acknowledging in place, the API, and where each person lands.</summary>
public sealed class InboxPagesTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new(signedInAs: "nia");

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_rep_lands_on_her_inbox_and_on_my_day_once_she_chooses_it_while_a_manager_lands_on_her_team()
    {
        var nia = _factory.BrowserClient();
        Assert.Equal("/inbox", (await nia.GetAsync("/")).ExpectRedirect());

        (await nia.SubmitAsync("/account/profile", [("home", "my_day")], handler: "Home")).ExpectRedirect();

        Assert.Equal("/activities", (await nia.GetAsync("/")).ExpectRedirect());
        Assert.Contains("Now: My day.", await nia.GetPageAsync("/account/profile"), StringComparison.Ordinal);
        using var omar = _factory.CreateClientAs("omar");
        Assert.Equal("/home/team", (await omar.GetOkAsync("/api/v1/me/home")).GetProperty("path").GetString());
        // A rep may not choose a home her role cannot read.
        var notHers = await nia.SubmitAsync("/account/profile", [("home", "organization")], handler: "Home");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notHers.StatusCode);
        var refused = await nia.SubmitAsync("/account/profile", [("home", "the moon")], handler: "Home");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Choose where Gameplan opens", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/activities", (await nia.GetAsync("/")).ExpectRedirect());
    }

    [Fact]
    public async Task A_rep_acknowledges_a_commitment_from_her_inbox_and_the_item_is_gone()
    {
        var demo = await DemoPlan.LoadAsync(_factory.CreateClient());
        var prospecting = demo.Commitment("t1", "prospecting_minutes").ToString(CultureInfo.InvariantCulture);
        var nia = _factory.BrowserClient();
        var before = await nia.GetPageAsync("/inbox");
        Assert.Contains("Acknowledge prospecting minutes in", before, StringComparison.Ordinal);
        var count = await (await nia.GetAsync("/inbox?handler=count")).Content.ReadAsStringAsync();
        Assert.Matches("<span class=\"count\"[^>]*>[1-9][0-9]*</span>", count);

        var location = (await nia.SubmitAsync("/inbox", [("planId", demo.Id.ToString(CultureInfo.InvariantCulture)), ("commitmentId", prospecting)], handler: "Acknowledge")).ExpectRedirect();

        var after = await nia.GetPageAsync(location);
        Assert.Contains("Acknowledged: prospecting minutes.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Acknowledge prospecting minutes in", after, StringComparison.Ordinal);
        // Acknowledging a commitment that is not hers (or no longer exists) is refused on the page, never a 500.
        const string theirs = "999999";
        var again = await nia.SubmitAsync("/inbox", [("planId", demo.Id.ToString(CultureInfo.InvariantCulture)), ("commitmentId", theirs)], handler: "Acknowledge");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("flash-error", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_lists_each_persons_own_items_with_links_and_the_manager_sees_the_plan_to_approve()
    {
        using var omar = _factory.CreateClientAs("omar");
        using var nia = _factory.CreateClientAs("nia");

        var omars = await omar.GetOkAsync("/api/v1/me/inbox");
        var approve = omars.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "approve");
        Assert.EndsWith("Territory Plan: Mateo Alvarez", approve.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("/plans/", approve.GetProperty("link").GetString(), StringComparison.Ordinal);
        Assert.Equal(omars.GetProperty("items").GetArrayLength(), omars.GetProperty("count").GetInt32());

        var nias = await nia.GetOkAsync("/api/v1/me/inbox");
        var kinds = nias.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString()).ToHashSet();
        Assert.Contains("returned", kinds);
        Assert.Contains("acknowledge", kinds);
        Assert.DoesNotContain("approve", kinds);

        var refused = await nia.PutRawAsync("/api/v1/me/home", """{"home": "the_moon"}""");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("home", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("my_day", (await nia.PutOkAsync("/api/v1/me/home", new { home = "my_day" })).GetProperty("home").GetString());
    }
}
