using System.Net;
using Gameplan.Web.Tests.Security;
using Gameplan.Web.Tests.Support;
using Xunit.Abstractions;

namespace Gameplan.Web.Tests.Fuzzing;

/// <summary>
/// Every /api read with hostile query values (days off the calendar, huge and malformed numbers) and
/// every route with a plan in its path asked through a plan its element does not belong to.
/// </summary>
public sealed class ApiQueryFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Parameters = ["today", "from", "to", "days", "person", "metric"];

    [Fact]
    public async Task Hostile_query_values_on_every_api_read_never_answer_500_and_each_refusal_names_the_parameter()
    {
        using var factory = new GameplanWebFactory();
        using var admin = factory.CreateClient();
        var ids = await DemoIds.LoadAsync(admin);
        var failures = new List<string>();

        foreach (var route in RouteTable.Api(factory.Services).Where(r => r.Method == "GET"))
        {
            var url = ids.Fill(route.Template);
            foreach (var parameter in Parameters)
            {
                foreach (var value in HostileValues.Query)
                {
                    var response = await admin.GetAsync($"{url}?{parameter}={value}");
                    var body = await response.Content.ReadAsStringAsync();
                    if (FuzzVerdict.Judge(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, parameter, []) is { } problem)
                    {
                        failures.Add($"GET {url}?{parameter}={value}: {problem}: {body}");
                    }
                }
            }
        }

        failures.ForEach(output.WriteLine);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(40)));
    }

    [Fact]
    public async Task An_element_asked_for_through_a_plan_it_does_not_belong_to_is_not_found()
    {
        using var factory = new GameplanWebFactory();
        using var admin = factory.CreateClient();
        var ids = await DemoIds.LoadAsync(admin);
        var other = (await admin.GetOkAsync(await DemoPlan.CreateOtherPlanAsync(admin))).Id();
        var failures = new List<string>();

        foreach (var route in RouteTable.Api(factory.Services).Where(r => r.Template.StartsWith("/api/v1/plans/{planId}/", StringComparison.Ordinal) && r.Template.Count(c => c == '{') > 1))
        {
            var url = ids.Fill(route.Template).Replace($"/plans/{ids.Fill("{planId}")}/", $"/plans/{other}/", StringComparison.Ordinal);
            var request = new HttpRequestMessage(new HttpMethod(route.Method), url);
            if (FuzzSeeds.JsonFor(route) is [var seed, ..])
            {
                request.Content = new StringContent(seed.Replace("{yesterday}", "2026-01-05", StringComparison.Ordinal).Replace("{n}", "1", StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json");
            }
            var response = await admin.SendAsync(request);
            output.WriteLine($"{route.Method} {url} {(int)response.StatusCode}");
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                failures.Add($"{route.Method} {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
