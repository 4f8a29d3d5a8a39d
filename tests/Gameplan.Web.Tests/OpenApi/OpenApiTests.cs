using System.Net;
using Gameplan.Web.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Gameplan.Web.Tests.OpenApi;

public sealed class OpenApiTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public OpenApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Every_api_route_of_the_app_is_in_the_openapi_document()
    {
        var document = await _client.GetOkAsync("/openapi/v1.json");
        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => Operation(operation.Name, path.Name)))
            .ToHashSet(StringComparer.Ordinal);

        var routes = ApiRoutes();

        // A segment that takes only a few words is documented as one literal path per word.
        Assert.Contains("POST /api/v1/plans/{id}/submit", routes);
        Assert.Contains("POST /api/v1/plans/{id}/approve", routes);
        Assert.DoesNotContain(documented, route => route.Contains("{transition}", StringComparison.Ordinal) || route.Contains("{decision}", StringComparison.Ordinal));
        Assert.Contains("POST /api/v1/plans/{planId}/commitments/{commitmentId}/acknowledgements", routes);
        Assert.True(routes.Count >= 40, $"Expected the whole /api/v1 surface in the route table, found only: {string.Join(", ", routes)}");
        var missing = routes.Where(route => !documented.Contains(route)).ToList();
        Assert.True(missing.Count == 0, $"Routes missing from /openapi/v1.json: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task The_openapi_document_speaks_the_apis_snake_case()
    {
        var document = await _client.GetOkAsync("/openapi/v1.json");

        Assert.Equal("Gameplan API", document.GetProperty("info").Text("title"));
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var tactic = schemas.GetProperty("TacticRequest").GetProperty("properties");
        Assert.True(tactic.TryGetProperty("effort_hours", out _), $"TacticRequest properties: {tactic}");
        Assert.True(tactic.TryGetProperty("strategy_id", out _), $"TacticRequest properties: {tactic}");
        Assert.Equal(["strategic", "tactical", "one_on_one"], schemas.GetProperty("ReviewKind").GetProperty("enum").Strings());
    }

    [Fact]
    public async Task The_openapi_document_declares_a_version_as_yaml_or_json_and_the_diff_in_the_clis_shape()
    {
        var document = await _client.GetOkAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths");

        var version = paths.GetProperty("/api/v1/plans/{id}/versions/{n}").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");
        var diff = document.GetProperty("components").GetProperty("schemas").GetProperty("VersionDiff").GetProperty("properties");

        Assert.True(version.TryGetProperty("text/yaml", out _) && version.TryGetProperty("application/json", out _), $"GET version: {version}");
        Assert.Equal(["changes", "summary"], diff.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(["added", "changed", "moved", "removed"], document.GetProperty("components").GetProperty("schemas").GetProperty("PlanChangeKind").GetProperty("enum").Strings().Order());
    }

    [Fact]
    public async Task The_openapi_document_declares_the_etag_answers_and_the_if_match_requests()
    {
        var paths = (await _client.GetOkAsync("/openapi/v1.json")).GetProperty("paths");
        var goal = paths.GetProperty("/api/v1/plans/{planId}/goals/{goalId}");

        Assert.True(goal.GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("headers").TryGetProperty("ETag", out _), $"GET goal: {goal.GetProperty("get")}");
        foreach (var method in new[] { "put", "delete" })
        {
            var operation = goal.GetProperty(method);
            Assert.Contains(operation.GetProperty("parameters").EnumerateArray(), p => p.Text("name") == "If-Match" && p.Text("in") == "header");
            Assert.True(operation.GetProperty("responses").TryGetProperty("412", out _), $"{method} goal: {operation}");
        }
        Assert.True(paths.GetProperty("/api/v1/plans/{id}").GetProperty("put").GetProperty("responses").GetProperty("200").GetProperty("headers").TryGetProperty("ETag", out _));
    }

    [Fact]
    public async Task The_api_docs_page_answers_with_html_that_reads_the_openapi_document()
    {
        var page = await _client.GetAsync("/api/docs");
        var script = await _client.GetAsync("/api/docs/index.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<title>Gameplan API</title>", html);
        Assert.Contains("swagger-ui", html);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("/openapi/v1.json", await script.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_lints_clean_under_redocly_declares_bearer_tokens_and_types_integers_as_integers()
    {
        var text = await _client.GetStringAsync("/openapi/v1.json");
        var document = System.Text.Json.JsonDocument.Parse(text).RootElement;

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        Assert.Equal("http", scheme.Text("type"));
        Assert.Equal("bearer", scheme.Text("scheme"));
        Assert.Contains(document.GetProperty("security").EnumerateArray(), requirement => requirement.TryGetProperty("bearer", out _));
        // The web defaults read numbers from strings and advertise every integer as "integer or string".
        Assert.DoesNotContain("^-?(?:0|[1-9]\\d*)$", text, StringComparison.Ordinal);
        var id = document.GetProperty("paths").GetProperty("/api/v1/plans/{id}").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Single(p => p.Text("name") == "id").GetProperty("schema");
        Assert.Equal("integer", id.Text("type"));

        var lint = await Redocly.LintAsync(text);

        Assert.True(lint.ExitCode == 0, $"redocly lint found errors:\n{lint.Output}");
        // The one warning left is the test host's own address (localhost); a real installation's is its own.
        var warnings = lint.Output.Split('\n').Where(l => l.Contains("  warning  ", StringComparison.Ordinal) && !l.Contains("no-server-example.com", StringComparison.Ordinal)).ToList();
        Assert.True(warnings.Count == 0, $"redocly lint warned:\n{string.Join('\n', warnings)}");
    }

    [Fact]
    public async Task A_number_sent_as_a_string_is_refused_naming_the_field()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var response = await _client.PostAsync($"{demo.Url}/goals", System.Net.Http.Json.JsonContent.Create(new
        {
            title = "Win 12 new hospital customers",
            metric = "hospital_customers",
            unit = "count",
            baseline = 0,
            target = "12",
            due = "2027-12-31",
            dri = "rosa",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Contains("target", StringComparison.Ordinal), body);
    }

    /// <summary>"VERB /path" for every /api/v1 endpoint the app maps, with route constraints dropped as OpenAPI writes paths.</summary>
    private List<string> ApiRoutes()
    {
        var endpoints = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        return endpoints
            .SelectMany(endpoint => Expanded(endpoint.RoutePattern).Select(path => (Path: path, Methods: endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])))
            .Where(route => route.Path.StartsWith("/api/v1/", StringComparison.Ordinal))
            .SelectMany(route => route.Methods.Select(method => Operation(method, route.Path)))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The path with each parameter reduced to <c>{name}</c>, whatever its constraints (<c>:int</c>, <c>:regex(...)</c>).</summary>
    private static string PathOf(RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => $"{{{parameter.Name}}}",
            _ => throw new InvalidOperationException($"Unexpected route part {part} in {pattern.RawText}"),
        }))));

    /// <summary>The documented paths of a route: one per word of a <c>regex(^(a|b)$)</c> parameter, else the one path.</summary>
    private static IEnumerable<string> Expanded(RoutePattern pattern)
    {
        var path = PathOf(pattern);
        foreach (var parameter in pattern.Parameters)
        {
            foreach (var policy in parameter.ParameterPolicies)
            {
                var words = System.Text.RegularExpressions.Regex.Match(policy.Content ?? "", @"^regex\(\^\(([a-z|_-]+)\)\$\)$");
                if (words.Success)
                {
                    return words.Groups[1].Value.Split('|').Select(word => path.Replace($"{{{parameter.Name}}}", word, StringComparison.Ordinal));
                }
            }
        }
        return [path];
    }

    private static string Operation(string method, string path) => $"{method.ToUpperInvariant()} {path.TrimEnd('/')}";
}
