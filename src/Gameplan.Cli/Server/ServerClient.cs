using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Gameplan.Domain;

namespace Gameplan.Cli.Server;

/// <summary>
/// Calls a Gameplan server's API with the user's token and turns every refusal or network failure
/// into one readable line (exit 1). The token is sent only in the Authorization header, never printed.
/// </summary>
public sealed class ServerClient(CliContext cli, ServerConnection server)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>GETs an API path (relative, such as <c>api/v1/plans</c>) and returns the JSON body as sent.</summary>
    public async Task<string> GetJsonAsync(string path, CancellationToken ct)
    {
        var url = new Uri(server.BaseAddress, path);
        using var http = cli.CreateHttpClient();
        http.Timeout = Timeout;
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", server.Token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("gameplan", VersionAction.Version.Split('+')[0]));
        try
        {
            using var response = await http.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            return response.IsSuccessStatusCode ? body : throw Refused(url, response, body);
        }
        catch (HttpRequestException e)
        {
            throw new CommandFailedException($"could not reach the server {server}: {e.Message}");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new CommandFailedException($"the server {server} did not answer within {Numbers.Format((decimal)Timeout.TotalSeconds, 0)} seconds.");
        }
    }

    /// <summary>Reads a body returned by <see cref="GetJsonAsync"/> in the API's JSON spelling.</summary>
    public T Read<T>(string body, string what)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, ApiJson.Options) ?? throw new JsonException("the answer is null");
        }
        catch (JsonException e)
        {
            throw new CommandFailedException($"the server {server} did not answer with {what}: {e.Message}");
        }
    }

    private CommandFailedException Refused(Uri url, HttpResponseMessage response, string body)
    {
        var status = $"{(int)response.StatusCode} {response.ReasonPhrase}".Trim();
        var detail = ProblemDetail(body) is { } text ? $": {text}" : "";
        return new CommandFailedException(response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => $"the token was refused (unknown, expired or revoked) by {server}; create a new one on {new Uri(server.BaseAddress, "account/profile")}.",
            HttpStatusCode.Forbidden => $"the server {server} refused access ({status}){detail}.",
            HttpStatusCode.NotFound => $"there is no Gameplan API at {url} ({status}); check --server or {ServerOptions.ServerVariable}.",
            _ => $"the server {server} answered {status}{detail}.",
        });
    }

    // Gameplan answers errors with RFC 9457 problem details; other servers may send anything.
    private static string? ProblemDetail(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            foreach (var name in new[] { "detail", "title" })
            {
                if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(name, out var value)
                    && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
                {
                    return value.GetString()!.Trim().TrimEnd('.');
                }
            }
        }
        catch (JsonException)
        {
            // Not a problem document: the status line says enough.
        }
        return null;
    }
}
