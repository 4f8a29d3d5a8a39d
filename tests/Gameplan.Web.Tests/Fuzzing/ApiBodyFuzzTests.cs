using System.Globalization;
using System.Text;
using Gameplan.Web.Tests.Security;
using Gameplan.Web.Tests.Support;
using Xunit.Abstractions;

namespace Gameplan.Web.Tests.Fuzzing;

/// <summary>
/// Seeded, bounded fuzzing of every /api route that takes a body (read from the app's route table):
/// a few hundred mutations of a valid body each, sent by the admin so they reach the code behind the
/// door. No answer may be a 5xx, and every refusal names the field. Afterwards every read of the
/// demo organisation still answers (a stored hostile value must not break a page on every load).
/// </summary>
public sealed class ApiBodyFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261206;
    private const int BodiesPerSeed = 100;

    [Fact]
    public async Task Hostile_bodies_on_every_api_route_never_answer_500_and_each_refusal_names_the_field()
    {
        using var factory = new GameplanWebFactory();
        using var admin = factory.CreateClient();
        var ids = await DemoIds.LoadAsync(admin);
        var demo = await DemoPlan.LoadAsync(admin);
        var planFile = await admin.GetStringAsync($"{demo.Url}/file");
        var routes = RouteTable.Api(factory.Services);
        var random = new Random(Seed);
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var failures = new List<string>();
        var sent = 0;

        foreach (var route in routes.Where(FuzzSeeds.TakesBody).OrderBy(r => r.Method).ThenBy(r => r.Template, StringComparer.Ordinal))
        {
            var isPlanFile = FuzzSeeds.PlanFileRoutes.Contains(route.ToString());
            var seeds = isPlanFile ? [planFile] : FuzzSeeds.JsonFor(route);
            Assert.True(seeds is not null, $"{route} takes a body but FuzzSeeds has no valid body for it: add one.");
            var url = ids.Fill(route.Template);
            foreach (var seed in seeds.Select(s => s.Replace("{yesterday}", yesterday, StringComparison.Ordinal)))
            {
                // A field the valid body is itself refused on (an account the person already has) is no finding.
                var refusedAnyway = await RefusedFieldsAsync(admin, route.Method, url, seed.Replace("{n}", "0", StringComparison.Ordinal), isPlanFile);
                var mutations = isPlanFile ? PlanFileMutations.Of(seed, BodiesPerSeed / 2, random) : BodyMutations.Of(seed, BodiesPerSeed, random);
                foreach (var mutation in mutations)
                {
                    var response = await admin.SendAsync(Request(route.Method, url, mutation.Body.Replace("{n}", (++sent).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), isPlanFile));
                    var body = await response.Content.ReadAsStringAsync();
                    if (FuzzVerdict.Judge(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, mutation.Field, refusedAnyway) is { } problem)
                    {
                        failures.Add($"{route} [{mutation.Field}] {problem}: {mutation.Change ?? Short(mutation.Body)} -> {Short(body)}");
                    }
                }
            }
        }

        foreach (var route in routes.Where(r => r.Method == "GET"))
        {
            var url = ids.Fill(route.Template);
            var response = await admin.GetAsync(url);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"after fuzzing, GET {url} answers {(int)response.StatusCode}");
            }
        }
        foreach (var page in new[] { $"/plans/{demo.Id}", $"/plans/{demo.Id}/pace", "/pace", "/activities", "/plans", "/people", "/teams", "/alignment" })
        {
            var response = await admin.GetAsync(page);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"after fuzzing, the page {page} answers {(int)response.StatusCode}");
            }
        }

        output.WriteLine($"{sent} hostile bodies sent, {failures.Count} bad answers.");
        failures.ForEach(output.WriteLine);
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} hostile bodies were answered badly:{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(40))}");
    }

    private static HttpRequestMessage Request(string method, string url, string body, bool isPlanFile) =>
        new(new HttpMethod(method), url) { Content = new StringContent(body, Encoding.UTF8, isPlanFile ? "application/yaml" : "application/json") };

    private static async Task<IReadOnlyList<string>> RefusedFieldsAsync(HttpClient client, string method, string url, string body, bool isPlanFile)
    {
        var response = await client.SendAsync(Request(method, url, body, isPlanFile));
        if (response.StatusCode != System.Net.HttpStatusCode.BadRequest)
        {
            return [];
        }
        var problem = await response.ExpectAsync(System.Net.HttpStatusCode.BadRequest);
        return problem.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(e => e.Name).ToList() : [];
    }

    private static string Short(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
