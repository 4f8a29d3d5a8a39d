using System.Net;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Pages;

public sealed class CommitmentFormTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public CommitmentFormTests() => _client = _factory.BrowserClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_commitment_for_named_people_is_saved_and_reads_as_a_sentence_under_its_tactic()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var t10 = demo.Tactic("t10");

        var location = (await _client.SubmitAsync($"/plans/{demo.Id}/tactics/{t10}/commitments/new",
        [
            ("Input.Metric", "leads_reviewed"), ("NewMetric", "true"), ("Input.Unit", "count"), ("Input.Target", "20"), ("Input.Per", "Week"),
            ("Input.Assignees", "Named"), ("Named", "omar"), ("Named", "mateo"),
        ])).ExpectRedirect();

        Assert.Matches($"^/plans/{demo.Id}#commitment-\\d+$", location);
        var html = await _client.GetPageAsync(location);
        Assert.Contains("Commitment added.", html);
        var tactic = html[html.IndexOf($"id=\"tactic-{t10}\"", StringComparison.Ordinal)..];
        Assert.Matches("20 leads reviewed per week, for (Omar, Mateo|Mateo, Omar)<", tactic[..tactic.IndexOf("Add commitment", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task Named_assignees_without_anyone_named_are_refused_beside_the_choice()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var html = await (await _client.SubmitAsync($"/plans/{demo.Id}/tactics/{demo.Tactic("t10")}/commitments/new",
            [("Input.Metric", "demos_booked"), ("Input.Unit", "count"), ("Input.Target", "20"), ("Input.Assignees", "Named")])).ExpectFormAgainAsync();

        Assert.Equal("Name at least one assignee, or assign the owner or the team.", PageForms.MessageBeside(html, "Input.Assignees"));
    }

    [Fact]
    public async Task The_edit_form_shows_the_commitment_as_saved()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var html = await _client.GetPageAsync($"/plans/{demo.Id}/commitments/{demo.Commitment("t1", "prospecting_minutes")}/edit");

        Assert.Contains("value=\"prospecting_minutes\"", html);
        Assert.Contains("value=\"60\"", html);
        Assert.Contains("name=\"Input.Assignees\" value=\"Named\" checked=\"checked\"", html);
        Assert.Contains("name=\"Named\" value=\"nia\" checked=\"checked\"", html);
        Assert.Contains("name=\"Named\" value=\"ravi\">", html);
    }

    [Fact]
    public async Task An_inline_delete_sent_by_htmx_with_the_header_token_removes_the_commitment_and_answers_with_nothing()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var id = demo.Commitment("t2", "linkedin_posts");
        var page = await _client.GetPageAsync($"/plans/{demo.Id}");
        var token = System.Text.RegularExpressions.Regex.Match(page, "<span id=\"request-verification-token\" hidden data-token=\"([^\"]+)\">").Groups[1].Value;

        var request = new HttpRequestMessage(HttpMethod.Post, $"/plans/{demo.Id}/commitments/{id}/edit?handler=Delete");
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", token);
        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain($"id=\"commitment-{id}\"", await _client.GetPageAsync($"/plans/{demo.Id}"));
    }

    [Fact]
    public async Task An_htmx_delete_without_the_token_is_refused_and_deletes_nothing()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var id = demo.Commitment("t2", "linkedin_posts");
        await _client.GetPageAsync($"/plans/{demo.Id}");

        var request = new HttpRequestMessage(HttpMethod.Post, $"/plans/{demo.Id}/commitments/{id}/edit?handler=Delete");
        request.Headers.Add("HX-Request", "true");
        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"id=\"commitment-{id}\"", await _client.GetPageAsync($"/plans/{demo.Id}"));
    }

    [Fact]
    public async Task Without_javascript_the_inline_delete_opens_the_edit_page_which_asks_first()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var edit = $"/plans/{demo.Id}/commitments/{demo.Commitment("t2", "linkedin_posts")}/edit";

        var page = await _client.GetPageAsync($"/plans/{demo.Id}");

        Assert.Contains($"<form class=\"inline-form\" method=\"get\" action=\"{edit}\" hx-post=\"{edit}?handler=Delete\"", page);
        Assert.Contains("<summary>Delete this commitment…</summary>", await _client.GetPageAsync(edit));
    }
}
