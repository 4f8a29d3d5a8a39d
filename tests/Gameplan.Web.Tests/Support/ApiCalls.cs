using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Gameplan.Web.Tests.Support;

/// <summary>
/// Calls the API and checks its answers. Every check shows the response body when the status is
/// not the expected one, so a failing test says what the API said.
/// </summary>
public static class ApiCalls
{
    public static async Task<JsonElement> ExpectAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(
            response.StatusCode == status,
            $"Expected {(int)status} {status} from {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} but got {(int)response.StatusCode} {response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> GetOkAsync(this HttpClient client, string url) =>
        await (await client.GetAsync(url)).ExpectAsync(HttpStatusCode.OK);

    public static async Task<JsonElement> PutOkAsync(this HttpClient client, string url, object body) =>
        await (await client.PutAsJsonAsync(url, body)).ExpectAsync(HttpStatusCode.OK);

    public static async Task<JsonElement> PostOkAsync(this HttpClient client, string url, object? body = null) =>
        await (await client.PostAsJsonAsync(url, body ?? new { })).ExpectAsync(HttpStatusCode.OK);

    /// <summary>Posts JSON text as it is, for bodies a typed object cannot express (wrong types, unknown members).</summary>
    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string url, string json) =>
        client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> PutRawAsync(this HttpClient client, string url, string json) =>
        client.PutAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>Posts, expects 201, and checks that the Location header names the created resource and reads back the same body.</summary>
    public static async Task<JsonElement> CreateAsync(this HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        var created = await response.ExpectAsync(HttpStatusCode.Created);
        var location = response.Headers.Location?.ToString();
        Assert.NotNull(location);
        Assert.EndsWith($"/{created.GetProperty("id").GetInt32()}", location);
        var fetched = await client.GetOkAsync(location);
        Assert.True(JsonElement.DeepEquals(created, fetched), $"POST answered {created} but its Location {location} reads {fetched}");
        return created;
    }

    /// <summary>Deletes, expects 204, then expects the resource to be gone.</summary>
    public static async Task DeleteAndExpectGoneAsync(this HttpClient client, string url)
    {
        await (await client.DeleteAsync(url)).ExpectAsync(HttpStatusCode.NoContent);
        await (await client.GetAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    public static async Task<JsonElement> ExpectProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var problem = await response.ExpectAsync(status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>Expects a 400 whose <c>errors</c> name <paramref name="field"/> with a readable message; returns the messages.</summary>
    public static async Task<string[]> ExpectFieldErrorAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("errors", out var errors), $"Expected 'errors' in {problem}");
        Assert.True(errors.TryGetProperty(field, out var messages), $"Expected an error on '{field}' but got {errors}");
        var texts = messages.EnumerateArray().Select(m => m.GetString() ?? "").ToArray();
        Assert.NotEmpty(texts);
        Assert.All(texts, text => Assert.False(string.IsNullOrWhiteSpace(text)));
        return texts;
    }

    public static string[] Strings(this JsonElement array) =>
        array.EnumerateArray().Select(e => e.GetString() ?? "").ToArray();

    public static string Text(this JsonElement element, string property) =>
        element.GetProperty(property).GetString() ?? "";

    public static int Id(this JsonElement element) => element.GetProperty("id").GetInt32();

    /// <summary>Creates a personal access token through the API; the answer holds the secret, once.</summary>
    public static async Task<JsonElement> CreateTokenAsync(this HttpClient client, string name, bool canWrite) =>
        await (await client.PostAsJsonAsync("/api/v1/tokens", new { name, can_write = canWrite })).ExpectAsync(HttpStatusCode.Created);
}
