using System.Diagnostics;
using System.Globalization;
using Gameplan.Bench.Activities;
using Gameplan.Core.Accounts;
using Gameplan.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Gameplan.Bench.Cycles;

/// <summary>
/// The cycle page (<c>/cycles/{id}</c>), the alignment view (<c>/alignment</c>) and their JSON APIs rendered by
/// the web app (a Release build, as a child process on the benchmark's database) for the executive, by bearer
/// token, under wrk with one connection (so a request's time is the server's), against <c>/health</c> before
/// and after, as the pace dashboard's benchmark does (<see cref="DashboardBenchmark"/>): requests/s, latency
/// and the server's own CPU time per request.
/// </summary>
internal static class CyclePagesBenchmark
{
    private const string Duration = "10s";
    private const double TargetMs = 200;

    public static async Task RunAsync(DatabaseSettings settings, string path, string web, CycleSeeder.Seeded seeded)
    {
        var token = await TokenAsync(settings, seeded);
        using var server = await WebServer.StartAsync(web, path);
        var pages = new[]
        {
            ("cycle page (HTML)", $"{server.Url}/cycles/{seeded.Cycle}"),
            ("alignment page (HTML)", $"{server.Url}/alignment"),
            ("cycle board API (JSON)", $"{server.Url}/api/v1/cycles/{seeded.Cycle}/board"),
            ("alignment API (JSON)", $"{server.Url}/api/v1/alignment"),
        };
        using (var http = new HttpClient())
        {
            http.DefaultRequestHeaders.Authorization = new("Bearer", token);
            foreach (var (_, url) in pages)
            {
                var clock = Stopwatch.StartNew();
                var response = await http.GetAsync(url);
                var body = await response.Content.ReadAsStringAsync();
                Report.Line($"GET {url[server.Url.Length..]}: {(int)response.StatusCode}, {body.Length:N0} characters, first request {clock.Elapsed.TotalMilliseconds:N0} ms");
                response.EnsureSuccessStatusCode();
            }
        }
        // Unreported warm-up: the JIT's tiered compilation settles before anything is measured.
        DashboardBenchmark.Wrk(server, null, $"{server.Url}/health", null, 8, "5s");
        foreach (var (_, url) in pages)
        {
            DashboardBenchmark.Wrk(server, null, url, token, 1, "5s");
        }
        var before = DashboardBenchmark.Wrk(server, "/health (baseline before)", $"{server.Url}/health", null, 8, Duration);
        var results = pages.Select(p => (Name: p.Item1, Run: DashboardBenchmark.Wrk(server, p.Item1 + ", -c 1", p.Item2, token, 1, Duration))).ToList();
        var after = DashboardBenchmark.Wrk(server, "/health (baseline after)", $"{server.Url}/health", null, 8, Duration);
        var healthCpu = (before.CpuMs + after.CpuMs) / 2;
        foreach (var (name, run) in results)
        {
            var ms = 1000 / run.Rate;
            Report.Line(string.Create(CultureInfo.InvariantCulture,
                $"{name,-46} {ms,8:N1} ms a request (one connection), server CPU {run.CpuMs:N1} ms = {run.CpuMs / healthCpu:N0}x /health; target {TargetMs:N0} ms: ratio {TargetMs / ms:N1} wall, {TargetMs / run.CpuMs:N1} CPU"));
        }
    }

    /// <summary>An account for the executive and a read-only personal access token for wrk.</summary>
    private static async Task<string> TokenAsync(DatabaseSettings settings, CycleSeeder.Seeded seeded)
    {
        var services = new ServiceCollection();
        services.AddGameplanDatabase(settings);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddGameplanAccounts();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<GameplanDbContext>().OrganizationScope = seeded.Organization;
        var accounts = scope.ServiceProvider.GetRequiredService<AccountCommands>();
        await accounts.AddAccountAsync(new AccountRequest { Handle = CycleSeeder.Executive, Email = "bench-exec@example.com", Password = "bench-only-Passw0rd!" });
        var user = await accounts.UserIdOfPersonAsync(seeded.Executive);
        var token = await scope.ServiceProvider.GetRequiredService<TokenCommands>().CreateAsync(user, new TokenRequest { Name = "bench cycle", ExpiresInDays = 1 });
        return token.Secret;
    }
}
