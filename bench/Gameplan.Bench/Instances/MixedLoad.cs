using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Gameplan.Core.Demo;

namespace Gameplan.Bench.Instances;

/// <summary>
/// The mixed load, the same for every configuration: in every 20 requests, 12 pages (60%: the plan
/// list, the demo plan, the off-pace page and My day, each three times, the manager and the rep
/// taking turns, signed in through the sign-in form with their session cookies), 6 API reads (30%:
/// <c>GET /api/v1/plans</c> and the plan's pace, with the manager's read-only token) and 2 activity
/// writes (10%: <c>POST /api/v1/activities</c>, one activity of the rep with a new external id,
/// with her writing token). Every 20 requests hold each of the 20 slots of that fixed order once, so
/// any run of the benchmark sends the same mix. Connections are kept alive and pooled (SocketsHttpHandler).
/// </summary>
public sealed partial class MixedLoad : IDisposable
{
    private readonly HttpClient _manager;
    private readonly HttpClient _rep;
    private readonly HttpClient _api;
    private readonly InstancesSeeder.Seeded _seeded;
    private readonly string[] _pages;

    private MixedLoad(Uri address, InstancesSeeder.Seeded seeded)
    {
        (_manager, _rep, _api, _seeded) = (Client(address, cookies: true), Client(address, cookies: true), Client(address, cookies: false), seeded);
        _pages = ["/plans", $"/plans/{seeded.Plan}", "/pace", "/activities"];
    }

    /// <summary>What one request gave: whether it succeeded (2xx), and which instance answered (<c>X-Gameplan-Instance</c>).</summary>
    public readonly record struct Outcome(bool Ok, string Instance);

    /// <summary>Signs both people in at <paramref name="address"/> (directly or through nginx) and checks each kind of request once.</summary>
    public static async Task<MixedLoad> StartAsync(Uri address, InstancesSeeder.Seeded seeded)
    {
        var load = new MixedLoad(address, seeded);
        await SignInAsync(load._manager, InstancesSeeder.Email(InstancesSeeder.Manager));
        await SignInAsync(load._rep, InstancesSeeder.Email(InstancesSeeder.Rep));
        for (var n = 0; n < Slots.Length; n++)
        {
            if (!(await load.SendAsync(n, CancellationToken.None)).Ok)
            {
                throw new InvalidOperationException($"Request {n} of the mix ({load.Describe(n, 0)}) failed at {address}.");
            }
        }
        return load;
    }

    /// <summary>Each kind of request in the mix once: its first slot, and what it is.</summary>
    public IEnumerable<(int Slot, string What)> Kinds() =>
        Enumerable.Range(0, Slots.Length).Select(slot => (slot, Describe(slot, 0))).DistinctBy(k => k.Item2.Split('?')[0]).OrderBy(k => Slots[k.slot]).ThenBy(k => k.slot);

    /// <summary>Request <paramref name="slot"/> of the mix again and again (the pages alternately for the manager and the rep).</summary>
    public Task<Outcome> SendOnlyAsync(int slot, long n, CancellationToken ct) => SendAsync(slot, n, ct);

    /// <summary>
    /// Sends request <paramref name="n"/> of the mix and reads its whole answer. Each run of 20 requests holds every
    /// slot once, rotated by one from the run before: with an even cycle, round robin over two instances would
    /// otherwise send each slot, and so the heaviest page, to the same instance every time.
    /// </summary>
    public Task<Outcome> SendAsync(long n, CancellationToken ct) => SendAsync((int)((n + (n / Slots.Length)) % Slots.Length), n / Slots.Length, ct);

    private async Task<Outcome> SendAsync(int slot, long run, CancellationToken ct)
    {
        using var request = Request(slot, run, out var client);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        var instance = response.Headers.TryGetValues("X-Gameplan-Instance", out var names) ? names.First() : "?";
        return new Outcome(response.IsSuccessStatusCode, instance);
    }

    public void Dispose()
    {
        _manager.Dispose();
        _rep.Dispose();
        _api.Dispose();
    }

    /// <summary>The fixed order of every 20 requests: P a page, A an API read, W an activity write.</summary>
    private const string Slots = "PAPPWPAPAPPAPPWPAPAP";

    private string Describe(int slot, long run)
    {
        using var request = Request(slot, run, out _);
        return $"{request.Method} {request.RequestUri}{(request.Headers.Authorization is null ? " (page)" : "")}";
    }

    /// <param name="run">Which run of 20 requests this is: the manager and the rep take the page rounds in turn.</param>
    private HttpRequestMessage Request(int slot, long run, out HttpClient client)
    {
        switch (Slots[slot])
        {
            case 'W':
                client = _api;
                var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var json = $$"""{"date":"{{yesterday}}","person":"{{InstancesSeeder.Rep}}","metric":"{{_seeded.Metric}}","quantity":1,"external_id":"bench-{{Guid.NewGuid():N}}"}""";
                return new HttpRequestMessage(HttpMethod.Post, "/api/v1/activities")
                {
                    Content = new StringContent(json, Encoding.UTF8, "application/json"),
                    Headers = { Authorization = new AuthenticationHeaderValue("Bearer", _seeded.WriteToken) },
                };
            case 'A':
                client = _api;
                return new HttpRequestMessage(HttpMethod.Get, Slots[..slot].Count(s => s == 'A') % 2 == 0 ? "/api/v1/plans" : $"/api/v1/plans/{_seeded.Plan}/pace")
                {
                    Headers = { Authorization = new AuthenticationHeaderValue("Bearer", _seeded.ReadToken) },
                };
            default:
                // The 12 page slots go through the four paths three times, the manager and the rep taking the rounds in
                // turn (manager, rep, manager, then rep, manager, rep in the next 20 requests).
                var page = Slots[..slot].Count(s => s == 'P');
                client = (run + (page / _pages.Length)) % 2 == 0 ? _manager : _rep;
                return new HttpRequestMessage(HttpMethod.Get, _pages[page % _pages.Length]);
        }
    }

    /// <summary>Opens the sign-in form and posts it with its antiforgery token, as a browser does; expects the redirect home.</summary>
    private static async Task SignInAsync(HttpClient client, string email)
    {
        var form = await client.GetStringAsync("/account/sign-in");
        var token = Token().Match(form) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("The sign-in page has no antiforgery token.");
        using var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent([
            new("Input.Email", email),
            new("Input.Password", DemoOrganization.Password),
            new("__RequestVerificationToken", WebUtility.HtmlDecode(token)),
        ]));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} answered {(int)response.StatusCode}, not a redirect.");
        }
    }

    private static HttpClient Client(Uri address, bool cookies) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = cookies,
        CookieContainer = new CookieContainer(),
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
    })
    {
        BaseAddress = address,
        Timeout = TimeSpan.FromSeconds(60),
    };

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
