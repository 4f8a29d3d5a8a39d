using System.Net;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Pages;

/// <summary>The comments of the plan page as a browser without JavaScript, and as htmx, sends them; and the reviewer's decision form.</summary>
public sealed class CommentPagesTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public CommentPagesTests() => _client = _factory.BrowserClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_comment_posted_without_javascript_comes_back_to_its_page_and_is_counted_on_the_plan()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var page = $"/plans/{demo.Id}/comments?element=strategies%5Bs2%5D";

        var location = (await _client.SubmitAsync(page, [("body", "Which clinics refer the most?")], handler: null, post: $"{page}&handler=Add")).ExpectRedirect();
        var plan = await _client.GetPageAsync($"/plans/{demo.Id}");

        Assert.Equal(page, location);
        Assert.Contains("Which clinics refer the most?", await _client.GetPageAsync(location));
        Assert.Contains("1 open thread<", plan);
        Assert.Contains("id=\"comments-strategies-s2\"", plan);
        Assert.Matches("💬 1 comment, 1 open</a>", PageForms.Element(plan, "comments-strategies-s2", "div"));
    }

    [Fact]
    public async Task A_refused_htmx_comment_answers_the_block_with_the_reason_and_keeps_the_text()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var page = $"/plans/{demo.Id}/comments?element=goals%5Bg1%5D";
        var tooLong = new string('x', 4001);

        var response = await HtmxPostAsync(page, "Add", [("body", tooLong)]);

        var html = await response.ExpectFormAgainAsync();
        Assert.Contains("role=\"alert\">The body is longer than 4000 characters.", html);
        Assert.Contains(tooLong + "</textarea>", html);
        Assert.DoesNotContain("<html", html);
    }

    [Fact]
    public async Task Deleting_someone_elses_comment_is_forbidden_and_says_so()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var omars = await _factory.CreateClientAs("omar").CreateAsync($"{demo.Url}/comments", new { element = "plan", body = "Mine." });
        var page = $"/plans/{demo.Id}/comments?element=plan";

        var response = await HtmxPostAsync(page, $"Delete&commentId={omars.Id()}", []);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Mine.", (await _client.GetOkAsync($"{demo.Url}/comments/{omars.Id()}")).Text("body"));
    }

    [Fact]
    public async Task The_reviewer_returns_a_plan_from_its_page_only_with_a_reason_which_shows_as_its_thread()
    {
        var api = _factory.CreateClientAs("alex");
        var plan = await api.CreateAsync("/api/v1/plans", new { name = "Enterprise H1", scope = "team", team = "Enterprise", owner = "grace", period = new { start = "2030-01-01", end = "2030-06-30" } });
        await api.PostOkAsync($"/api/v1/plans/{plan.Id()}/submit");
        var url = $"/plans/{plan.Id()}";
        var form = await _client.GetPageAsync(url);

        var bare = await _client.GetPageAsync((await _client.SubmitAsync(url, [("to", "Return"), ("reason", "")], handler: "Transition")).ExpectRedirect());
        var returned = await _client.GetPageAsync((await _client.SubmitAsync(url, [("to", "Return"), ("reason", "Add the goals first.")], handler: "Transition")).ExpectRedirect());

        Assert.Contains("The critique still finds", form);
        Assert.Contains("Approve anyway", form);
        Assert.Contains("Say why the plan goes back to draft", bare);
        Assert.Contains("The plan is now draft.", returned);
        var thread = await _client.GetPageAsync($"{url}/comments?element=plan");
        Assert.Contains("Returned to draft", thread);
        Assert.Contains("Add the goals first.", thread);
    }

    private async Task<HttpResponseMessage> HtmxPostAsync(string page, string handler, IEnumerable<(string Name, string Value)> fields)
    {
        var token = PageForms.TokenIn(await _client.GetPageAsync(page));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{page}&handler={handler}")
        {
            Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token))),
        };
        request.Headers.Add("HX-Request", "true");
        return await _client.SendAsync(request);
    }
}
