using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Pages;

/// <summary>Acknowledging in the web app: a button per commitment for its assignee on the plan page and on My day (issue #11, point 17).</summary>
public sealed class AcknowledgementPagesTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new(signedInAs: "nia");
    private readonly HttpClient _nia;

    public AcknowledgementPagesTests() => _nia = _factory.BrowserClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_plan_page_offers_the_assignee_a_button_only_on_the_commitments_waiting_for_her()
    {
        var demo = await DemoPlan.LoadAsync(_factory.CreateClient());
        var prospecting = demo.Commitment("t1", "prospecting_minutes");

        var html = await _nia.GetPageAsync($"/plans/{demo.Id}");

        Assert.Contains("Acknowledge", PageForms.Element(html, $"commitment-{prospecting}", "li"));
        Assert.DoesNotContain("Acknowledge", PageForms.Element(html, $"commitment-{demo.Commitment("t4", "webinars")}", "li"));
        Assert.DoesNotContain("Acknowledge", PageForms.Element(html, $"commitment-{demo.Commitment("t6", "demos_booked")}", "li"));
    }

    [Fact]
    public async Task The_assignee_acknowledges_on_the_plan_page_and_the_button_and_the_finding_go_away()
    {
        var demo = await DemoPlan.LoadAsync(_factory.CreateClient());
        var prospecting = demo.Commitment("t1", "prospecting_minutes");
        var before = await _nia.GetPageAsync($"/plans/{demo.Id}");

        var location = (await _nia.SubmitAsync($"/plans/{demo.Id}", [("commitmentId", prospecting.ToString(System.Globalization.CultureInfo.InvariantCulture))], "Acknowledge")).ExpectRedirect();

        var after = await _nia.GetPageAsync(location);
        Assert.NotNull(Gp308FindingOf(before, demo.Tactic("t1")));
        Assert.Null(Gp308FindingOf(after, demo.Tactic("t1")));
        Assert.Contains("Commitment acknowledged.", after);
        Assert.DoesNotContain("Acknowledge</button>", PageForms.Element(after, $"commitment-{prospecting}", "li"));
        Assert.Contains("nia", (await _factory.CreateClient().GetOkAsync($"{demo.Url}/commitments/{prospecting}")).GetProperty("acknowledged_by").Strings());
    }

    [Fact]
    public async Task The_fix_it_link_of_an_unacknowledged_commitment_leads_to_its_commitments_on_the_plan_page()
    {
        var demo = await DemoPlan.LoadAsync(_factory.CreateClient());

        var finding = Gp308FindingOf(await _nia.GetPageAsync($"/plans/{demo.Id}"), demo.Tactic("t1"));

        Assert.NotNull(finding);
        Assert.Matches($"<a href=\"/plans/{demo.Id}#tactic-{demo.Tactic("t1")}\">Fix it</a>", finding);
    }

    [Fact]
    public async Task My_day_lists_the_commitments_waiting_for_the_rep_and_acknowledges_them()
    {
        var demo = await DemoPlan.LoadAsync(_factory.CreateClient());
        var prospecting = demo.Commitment("t1", "prospecting_minutes");
        var before = PageForms.Element(await _nia.GetPageAsync("/activities"), "acknowledge", "section");

        var location = (await _nia.SubmitAsync("/activities",
            [("planId", demo.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("commitmentId", prospecting.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            "Acknowledge")).ExpectRedirect();

        var after = await _nia.GetPageAsync(location);
        Assert.Contains($"id=\"acknowledge-{prospecting}\"", before);
        Assert.Contains("linkedin posts", before);
        Assert.DoesNotContain("webinars", before);
        Assert.DoesNotContain($"id=\"acknowledge-{prospecting}\"", after);
        Assert.Contains("Acknowledged: prospecting minutes.", after);
    }

    /// <summary>The critique's GP308 finding about the tactic, or null when there is none.</summary>
    private static string? Gp308FindingOf(string html, int tacticId) =>
        Regex.Matches(html, "<li class=\"finding[^\"]*\"[^>]*>.*?</li>", RegexOptions.Singleline)
            .Select(m => m.Value)
            .FirstOrDefault(li => li.Contains(">GP308<", StringComparison.Ordinal) && li.Contains($"href=\"#tactic-{tacticId}\"", StringComparison.Ordinal));
}
