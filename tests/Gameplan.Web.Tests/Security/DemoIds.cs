using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Security;

/// <summary>Real ids of the demo's records, to fill any route template's parameters.</summary>
public sealed partial class DemoIds
{
    /// <summary>The demo organisation's own team-plan template, which the tests add: {name} in /api/v1/templates routes and /templates pages.</summary>
    public const string Template = "demo-team-plan";

    private readonly Dictionary<string, int> _ids;

    private DemoIds(Dictionary<string, int> ids) => _ids = ids;

    public static async Task<DemoIds> LoadAsync(HttpClient admin)
    {
        var plan = await DemoPlan.LoadAsync(admin);
        var people = await admin.GetOkAsync("/api/v1/people");
        var teams = await admin.GetOkAsync("/api/v1/teams");
        var cycles = await admin.GetOkAsync("/api/v1/cycles");
        await AddTemplateAsync(admin);
        return new DemoIds(new Dictionary<string, int>
        {
            ["planId"] = plan.Id,
            ["goalId"] = plan.Goal("g1"),
            ["strategyId"] = plan.Strategy("s1"),
            ["tacticId"] = plan.Tactic("t1"),
            ["commitmentId"] = plan.Commitment("t1", "prospecting_minutes"),
            ["reviewId"] = plan.Details.GetProperty("reviews")[0].Id(),
            ["person"] = people.EnumerateArray().Single(p => p.Text("handle") == "lena").Id(),
            ["team"] = teams.EnumerateArray().Single(t => t.Text("name") == "Mid-Market").Id(),
            ["tokenId"] = 999_999,
            ["cycle"] = cycles[0].Id(),
            ["measurementId"] = await FirstMeasurementAsync(admin, plan.Goal("g1")),
            ["commentId"] = await CommentAsync(admin, plan.Id),
            ["webhook"] = await WebhookAsync(admin),
            // In the demo's first review (the strategic one, held): alex's talking point and decision, an action item omar owns.
            ["pointId"] = await CreatedAsync(admin, plan, "talking-points", new { text = "Is the hiring strategy staffed?" }),
            ["decisionId"] = await CreatedAsync(admin, plan, "decisions", new { text = "Hire two reps in Q1." }),
            ["itemId"] = await CreatedAsync(admin, plan, "action-items", new { text = "Draft the hiring profile.", owner = "omar", due = "2099-01-31" }),
            // The demo plan's first version (as submitted) and the one compared from.
            ["n"] = 1,
            ["a"] = 1,
        });
    }

    /// <summary>Adds a record to the demo's first review's workspace; returns its id.</summary>
    private static async Task<int> CreatedAsync(HttpClient admin, DemoPlan plan, string what, object body) =>
        (await (await admin.PostAsJsonAsync($"/api/v1/plans/{plan.Id}/reviews/{plan.Details.GetProperty("reviews")[0].Id()}/{what}", body))
            .ExpectAsync(System.Net.HttpStatusCode.Created)).Id();

    /// <summary>A thread the demo admin (alex) starts on the demo plan's tactic t1: only alex edits it; alex and those who change the plan resolve it.</summary>
    private static async Task<int> CommentAsync(HttpClient admin, int planId) =>
        (await admin.CreateAsync($"/api/v1/plans/{planId}/comments", new { element = "strategies[s1].tactics[t1]", body = "Who covers the north?" })).Id();
    /// <summary>A webhook of the demo organisation (on a loopback address nothing listens on; tests never run the delivery worker against it).</summary>
    private static async Task<int> WebhookAsync(HttpClient admin) =>
        (await (await admin.PostAsJsonAsync("/api/v1/webhooks", new { url = "http://127.0.0.1:9/gameplan", events = new[] { "plan_submitted" } })).ExpectAsync(System.Net.HttpStatusCode.Created)).Id();

    /// <summary>An organisation template of the demo (a copy of the built-in team plan), so that another organisation has a record to be refused.</summary>
    private static async Task AddTemplateAsync(HttpClient admin)
    {
        var text = (await admin.GetOkAsync("/api/v1/templates/team-plan")).Text("text");
        using var added = await admin.PostAsJsonAsync("/api/v1/templates", new { name = Template, title = "The demo's team plan", scope = "team", fits = new[] { "manager" }, text });
        added.EnsureSuccessStatusCode();
    }

    /// <summary>The demo goal's first measurement, or an id nobody has when it has none.</summary>
    private static async Task<int> FirstMeasurementAsync(HttpClient admin, int goalId)
    {
        var measurements = (await admin.GetOkAsync($"/api/v1/goals/{goalId}/measurements")).GetProperty("measurements");
        return measurements.GetArrayLength() > 0 ? measurements[0].Id() : 999_999;
    }

    /// <summary>Fills {name} with the demo id it names ({id} by the resource it follows) and {name=value} with value.</summary>
    public string Fill(string template) =>
        Placeholder().Replace(template, m =>
        {
            if (m.Groups["value"].Success)
            {
                return m.Groups["value"].Value;
            }
            var name = m.Groups["name"].Value;
            if (name == "name" && (template.StartsWith("/api/v1/templates/", StringComparison.Ordinal) || template.StartsWith("/templates/", StringComparison.Ordinal)))
            {
                return Template;
            }
            var resource = template[..m.Index].TrimEnd('/').Split('/')[^1];
            return (name == "id" ? resource switch
            {
                "plans" => _ids["planId"],
                "people" => _ids["person"],
                "teams" => _ids["team"],
                "tokens" => _ids["tokenId"],
                "cycles" => _ids["cycle"],
                "webhooks" => _ids["webhook"],
                _ => throw new InvalidOperationException($"No demo id for {{id}} after '{resource}' in {template}"),
            } : _ids.TryGetValue(name, out var id) ? id : throw new InvalidOperationException($"No demo id for {{{name}}} in {template}"))
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
        });

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(=(?<value>[a-z]+))?\}")]
    private static partial Regex Placeholder();
}
