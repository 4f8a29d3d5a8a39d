using System.Text.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Pages;

public sealed class TacticFormTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public TacticFormTests() => _client = _factory.BrowserClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_due_date_before_the_start_is_shown_beside_the_due_field()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var html = await (await _client.SubmitAsync($"/plans/{demo.Id}/strategies/{demo.Strategy("s1")}/tactics/new",
            [("Input.Action", "Call lapsed customers"), ("Input.Start", "2030-03-10"), ("Input.Due", "2030-03-01")])).ExpectFormAgainAsync();

        Assert.Equal("The due (2030-03-01) is before the start (2030-03-10).", PageForms.MessageBeside(html, "Input.Due"));
        Assert.Matches("<input[^>]*id=\"Input_Due\"[^>]*aria-invalid=\"true\"", html);
        Assert.DoesNotMatch("<input[^>]*id=\"Input_Start\"[^>]*aria-invalid", html);
        Assert.Contains("value=\"Call lapsed customers\"", html);
    }

    [Theory]
    [InlineData("Demo laptop\n  \nPitch deck\n", "not-stated", "[\"Demo laptop\",\"Pitch deck\"]", "Demo laptop; Pitch deck")]
    [InlineData("", "none-needed", "[]", "none needed")]
    [InlineData("", "not-stated", "null", "not stated")]
    public async Task Resources_are_one_per_line_and_an_empty_list_says_whether_none_are_needed(string lines, string whenEmpty, string saved, string shown)
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var location = (await _client.SubmitAsync($"/plans/{demo.Id}/strategies/{demo.Strategy("s2")}/tactics/new",
        [
            ("Input.Action", "Record a customer story video"), ("Input.Owner", "team"), ("Authors", "sofia"), ("Authors", "jonas"),
            ("ResourceLines", lines), ("WhenNoResources", whenEmpty), ("Input.Status", "Active"),
        ])).ExpectRedirect();

        var tactic = (await DemoPlan.LoadAsync(_client)).Details.GetProperty("strategies").EnumerateArray().Single(s => s.Text("key") == "s2")
            .GetProperty("tactics").EnumerateArray().Single(t => t.Text("action") == "Record a customer story video");
        Assert.Equal($"/plans/{demo.Id}#tactic-{tactic.Id()}", location);
        Assert.Equal(saved, JsonSerializer.Serialize(tactic.GetProperty("resources")));
        Assert.Equal(("team", "active"), (tactic.Text("owner"), tactic.Text("status")));
        Assert.Equal(["sofia", "jonas"], tactic.GetProperty("authors").Strings().Order().Reverse());
        var page = await _client.GetPageAsync(location);
        Assert.Contains($"<dt>Resources</dt>", page);
        Assert.Contains(shown, Between(page, $"id=\"tactic-{tactic.Id()}\"", "</dl>"));
        Assert.Contains("The whole team", Between(page, $"id=\"tactic-{tactic.Id()}\"", "</dl>"));
    }

    [Fact]
    public async Task A_change_to_a_closed_plan_is_refused_for_the_whole_form_not_beside_the_tactic_status()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        await _client.PostOkAsync($"{demo.Url}/close");

        var html = await (await _client.SubmitAsync($"/plans/{demo.Id}/tactics/{demo.Tactic("t1")}/edit",
            [("Input.Action", "Prospect for two hours"), ("Input.Status", "Active")])).ExpectFormAgainAsync();

        Assert.Matches("<div class=\"form-errors validation-summary-errors\"[^>]*><ul><li>Plan '[^']+' is closed; reopen it before changing it.</li>", html);
        Assert.DoesNotContain("data-valmsg-for=\"Input.Status\" data-valmsg-replace=\"true\">Plan", html);
    }

    [Fact]
    public async Task The_edit_form_shows_the_tactic_as_saved()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var html = await _client.GetPageAsync($"/plans/{demo.Id}/tactics/{demo.Tactic("t1")}/edit");

        Assert.Contains("value=\"Prospect multi-site clinics for one hour every working day.\"", html);
        Assert.Contains("<option selected=\"selected\" value=\"omar\">", html);
        Assert.Contains("name=\"Authors\" value=\"lena\" checked=\"checked\"", html);
        Assert.Contains("name=\"Authors\" value=\"nia\">", html);
        Assert.Contains("Sales Navigator seats</textarea>", html);
        Assert.Contains($"<option selected=\"selected\" value=\"{demo.Strategy("s1")}\">", html);
    }

    [Fact]
    public async Task Choosing_another_strategy_on_the_edit_form_moves_the_tactic_there()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var t3 = demo.Tactic("t3");

        var location = (await _client.SubmitAsync($"/plans/{demo.Id}/tactics/{t3}/edit",
        [
            ("Input.Action", "Exhibit at the regional medical group management conference in March."), ("Input.Owner", "omar"),
            ("Input.StrategyId", demo.Strategy("s4").ToString(System.Globalization.CultureInfo.InvariantCulture)), ("WhenNoResources", "none-needed"),
        ])).ExpectRedirect();

        Assert.Equal($"/plans/{demo.Id}#tactic-{t3}", location);
        var html = await _client.GetPageAsync(location);
        Assert.Contains($"id=\"tactic-{t3}\"", PageForms.Element(html, $"strategy-{demo.Strategy("s4")}", "article"));
        Assert.DoesNotContain($"id=\"tactic-{t3}\"", PageForms.Element(html, $"strategy-{demo.Strategy("s1")}", "article"));
    }

    [Fact]
    public async Task Deleting_a_tactic_from_its_edit_page_removes_it_from_the_plan_page()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var t7 = demo.Tactic("t7");

        var location = (await _client.SubmitAsync($"/plans/{demo.Id}/tactics/{t7}/edit", [], handler: "Delete")).ExpectRedirect();

        var html = await _client.GetPageAsync(location);
        Assert.Contains("Tactic deleted.", html);
        Assert.DoesNotContain($"id=\"tactic-{t7}\"", html);
        Assert.DoesNotContain("Pay a monthly bonus", PageForms.Element(html, "strategies", "section"));
    }

    private static string Between(string html, string from, string to)
    {
        var start = html.IndexOf(from, StringComparison.Ordinal);
        return html[start..html.IndexOf(to, start, StringComparison.Ordinal)];
    }
}
