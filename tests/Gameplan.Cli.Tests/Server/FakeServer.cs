using System.Net;
using System.Text;

namespace Gameplan.Cli.Tests.Server;

/// <summary>
/// A Gameplan server stand-in: it refuses (401) any request whose Authorization header is not
/// exactly "Bearer {token}", as the real one does, and otherwise answers with the given status and body.
/// </summary>
public sealed class FakeServer(string token, HttpStatusCode status, string body) : HttpMessageHandler
{
    public List<(Uri Url, string? Authorization)> Requests { get; } = [];

    public static FakeServer Answering(string token, string json) => new(token, HttpStatusCode.OK, json);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var authorization = request.Headers.Authorization?.ToString();
        Requests.Add((request.RequestUri!, authorization));
        var response = authorization == $"Bearer {token}"
            ? new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") }
            : new HttpResponseMessage(HttpStatusCode.Unauthorized);
        return Task.FromResult(response);
    }
}
