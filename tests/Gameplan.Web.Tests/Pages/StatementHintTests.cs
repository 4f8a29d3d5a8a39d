using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Pages;

public sealed class StatementHintTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_strategy_being_typed_that_reads_as_a_goal_gets_a_hint_and_a_real_strategy_gets_none()
    {
        var client = _factory.BrowserClient();
        var demo = await DemoPlan.LoadAsync(_factory.CreateClient());
        var form = $"/plans/{demo.Id}/strategies/new";
        Assert.Contains("hx-post=\"/critique/hint?expected=Strategy\"", await client.GetPageAsync(form));

        var goalLike = await HintAsync(client, form, "Increase sales by 50% this year.");
        var strategy = await HintAsync(client, form, "Focus on enterprise healthcare clients with a value-based selling approach.");

        Assert.Contains("This reads like a <strong>goal</strong>, not a strategy", goalLike);
        Assert.Contains("50%", goalLike);
        Assert.DoesNotContain("reads like", strategy);
    }

    [Fact]
    public async Task A_borderline_reading_is_called_unsure_with_the_cues_on_both_sides_not_stated_as_a_verdict()
    {
        var client = _factory.BrowserClient();
        var demo = await DemoPlan.LoadAsync(_factory.CreateClient());
        var form = $"/plans/{demo.Id}/strategies/new";
        // Leans to a tactic (a concrete deliverable) against a direction verb: below the floor.
        const string Borderline = "Build a loyalty program for repeat buyers";
        var reading = Gameplan.Domain.Classification.StatementClassifier.Classify(Borderline);
        Assert.True(reading.Unsure, $"the example must stay borderline, it reads {reading.Kind} at {reading.Confidence}");

        var hint = await HintAsync(client, form, Borderline);

        Assert.Contains("Unsure", hint);
        Assert.Contains("below the 60% at which the critique reports it", hint);
        Assert.Contains("more like a <strong>tactic</strong> than a strategy", hint);
        Assert.Contains("For: names a concrete deliverable (program)", hint);
        Assert.Contains("Against: starts with a direction verb (build)", hint);
        Assert.DoesNotContain("This reads like", hint);
    }

    private static async Task<string> HintAsync(HttpClient client, string form, string text)
    {
        var token = PageForms.TokenIn(await client.GetPageAsync(form));
        var response = await client.PostAsync("/critique/hint?expected=Strategy", new FormUrlEncodedContent(
            [new("Input.Statement", text), new("__RequestVerificationToken", token)]));
        response.EnsureSuccessStatusCode();
        return System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
