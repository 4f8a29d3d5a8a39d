using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Gameplan.Core.Webhooks;
using Gameplan.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Gameplan.Web.Tests.Notifications;

/// <summary>Webhooks delivered to a local receiver (HttpListener on loopback) that checks the HMAC signature.</summary>
public sealed class WebhooksApiTests
{
    /// <summary>A receiver on a free loopback port that answers each request with the next status given and keeps what it got.</summary>
    private sealed class Receiver : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Queue<int> _answers;

        public Receiver(params int[] answers)
        {
            _answers = new Queue<int>(answers);
            for (var attempt = 0; ; attempt++)
            {
                Port = RandomNumberGenerator.GetInt32(20_000, 60_000);
                try
                {
                    _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
                    _listener.Start();
                    break;
                }
                catch (HttpListenerException) when (attempt < 20)
                {
                    _listener.Prefixes.Clear();
                }
            }
            _ = Task.Run(ServeAsync);
        }

        public int Port { get; private set; }

        public List<(string Body, string? Signature, string? Event)> Received { get; } = [];

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }
                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                var body = await reader.ReadToEndAsync();
                lock (Received)
                {
                    Received.Add((body, context.Request.Headers["X-Gameplan-Signature"], context.Request.Headers["X-Gameplan-Event"]));
                }
                context.Response.StatusCode = _answers.Count > 0 ? _answers.Dequeue() : 200;
                context.Response.Close();
            }
        }

        public void Dispose() => _listener.Close();
    }

    private static async Task<WebhookRunResult> DeliverAsync(GameplanWebFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WebhookDeliveryRun>().RunAsync();
    }

    /// <summary>Registers a webhook: 201 with the secret, which the webhook's own address never shows again.</summary>
    private static async Task<JsonElement> RegisterAsync(HttpClient admin, object body) =>
        await (await admin.PostAsJsonAsync("/api/v1/webhooks", body)).ExpectAsync(HttpStatusCode.Created);

    private static string Signature(string secret, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    [Fact]
    public async Task A_submitted_plan_is_posted_signed_to_the_registered_url()
    {
        using var receiver = new Receiver();
        using var factory = new GameplanWebFactory();
        var admin = factory.CreateClient();
        var created = await RegisterAsync(admin, new { url = $"http://127.0.0.1:{receiver.Port}/hook", events = new[] { "plan_submitted", "plan_returned" } });
        var secret = created.GetProperty("secret").GetString()!;
        var plan = await admin.CreateAsync("/api/v1/plans", new { name = "Webhook plan", scope = "organization", owner = "alex", period = new { start = "2027-01-01", end = "2027-12-31" } });

        using var submitted = await admin.PostAsync($"/api/v1/plans/{plan.GetProperty("id").GetInt32()}/submit", null);
        submitted.EnsureSuccessStatusCode();
        var run = await DeliverAsync(factory);

        Assert.Equal(1, run.Delivered);
        var (body, signature, @event) = Assert.Single(receiver.Received);
        Assert.Equal("plan_submitted", @event);
        Assert.Equal(Signature(secret, body), signature);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("plan_submitted", json.GetProperty("event").GetString());
        Assert.Equal("Webhook plan", json.GetProperty("data").GetProperty("plan_name").GetString());
        var log = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/webhooks/{created.GetProperty("id").GetInt32()}/deliveries");
        Assert.Equal("delivered", log[0].GetProperty("status").GetString());
        Assert.Equal(200, log[0].GetProperty("status_code").GetInt32());
        var listed = await admin.GetStringAsync("/api/v1/webhooks");
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_receiver_that_answers_500_is_tried_again_later_and_the_log_shows_each_attempt()
    {
        using var receiver = new Receiver(500, 500);
        using var factory = new GameplanWebFactory();
        var admin = factory.CreateClient();
        var created = await RegisterAsync(admin, new { url = $"http://127.0.0.1:{receiver.Port}/hook", events = new[] { "review_held" }, secret = "a-secret-of-the-receiver" });
        var id = created.GetProperty("id").GetInt32();
        using var test = await admin.PostAsync($"/api/v1/webhooks/{id}/test", null);
        Assert.Equal(HttpStatusCode.Accepted, test.StatusCode);

        var first = await DeliverAsync(factory);
        var log = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/webhooks/{id}/deliveries");
        var notYet = await DeliverAsync(factory);

        Assert.Equal(1, first.Failed);
        Assert.Equal("pending", log[0].GetProperty("status").GetString());
        Assert.Equal(500, log[0].GetProperty("status_code").GetInt32());
        Assert.Equal(1, log[0].GetProperty("attempts").GetInt32());
        Assert.Contains("500", log[0].GetProperty("last_error").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, notYet.Attempted);
        Assert.Single(receiver.Received);
        Assert.Equal(Signature("a-secret-of-the-receiver", receiver.Received[0].Body), receiver.Received[0].Signature);
        var lena = factory.CreateClientAs("lena");
        Assert.Equal(HttpStatusCode.Forbidden, (await lena.GetAsync($"/api/v1/webhooks/{id}/deliveries")).StatusCode);
        using var bad = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url = "ftp://example.test", events = new[] { "plan_submitted" } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("url", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
