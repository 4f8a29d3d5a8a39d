using System.Text.Json;

namespace Gameplan.Web.Tests.Support;

/// <summary>
/// The seeded demo plan as the API shows it, so tests can find its elements by the keys of the
/// demo (g1..g3, s1..s4, t1..t11) instead of by database ids.
/// </summary>
public sealed class DemoPlan
{
    private readonly JsonElement _details;

    private DemoPlan(JsonElement details) => _details = details;

    /// <summary>How many plans the demo has: this year's plan, and next year's company plan, two team plans and five reps' plans.</summary>
    public const int PlansInTheDemo = 9;

    public int Id => _details.Id();

    /// <summary>The plan's resource, e.g. <c>/api/v1/plans/1</c>; element routes hang under it.</summary>
    public string Url => $"/api/v1/plans/{Id}";

    public JsonElement Details => _details;

    public static async Task<DemoPlan> LoadAsync(HttpClient client)
    {
        var plans = await client.GetOkAsync("/api/v1/plans");
        var summary = Assert.Single(plans.EnumerateArray(), p => p.Text("name").EndsWith(" Sales Plan", StringComparison.Ordinal));
        return new DemoPlan(await client.GetOkAsync($"/api/v1/plans/{summary.Id()}"));
    }

    public int Goal(string key) => ByKey(_details.GetProperty("goals").EnumerateArray(), key);

    public int Strategy(string key) => ByKey(_details.GetProperty("strategies").EnumerateArray(), key);

    public int Tactic(string key) => ByKey(Tactics(), key);

    /// <summary>The id of the tactic's commitment to <paramref name="metric"/>.</summary>
    public int Commitment(string tacticKey, string metric) =>
        Tactics().Single(t => t.Text("key") == tacticKey)
            .GetProperty("commitments").EnumerateArray().Single(c => c.Text("metric") == metric).Id();

    /// <summary>The id of the demo's one-on-one review (with nia).</summary>
    public int OneOnOneReview() =>
        _details.GetProperty("reviews").EnumerateArray().Single(r => r.Text("kind") == "one_on_one").Id();

    /// <summary>Creates an empty organisation plan in Draft beside the demo plan; returns its resource URL.</summary>
    public static async Task<string> CreateOtherPlanAsync(HttpClient client, string name = "Other plan")
    {
        var plan = await client.CreateAsync("/api/v1/plans", new
        {
            name,
            scope = "organization",
            owner = "rosa",
            period = new { start = "2030-01-01", end = "2030-12-31" },
        });
        return $"/api/v1/plans/{plan.Id()}";
    }

    private IEnumerable<JsonElement> Tactics() =>
        _details.GetProperty("strategies").EnumerateArray().SelectMany(s => s.GetProperty("tactics").EnumerateArray());

    private static int ByKey(IEnumerable<JsonElement> elements, string key) => elements.Single(e => e.Text("key") == key).Id();
}
