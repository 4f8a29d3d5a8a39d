using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Gameplan.Core.Data;

namespace Gameplan.Bench.Activities;

/// <summary>
/// <c>GET</c> of Team 001's pace dashboard (the heatmap page, and its JSON API) under wrk against
/// <c>/health</c> of the same running app (no checks registered: routing and middleware only), with
/// the baseline before and after, after a 5 s warm-up of each. Bound to 127.0.0.1 and to seconds. Besides
/// requests/s, the server's own CPU time per request: with the machine shared, the least noisy number.
/// </summary>
public static partial class DashboardBenchmark
{
    private const string Duration = "10s";

    public static async Task RunAsync(BenchOptions options)
    {
        var settings = DatabaseSettings.Sqlite(options.SqlitePath);
        var (team, token) = await DashboardSetup.PrepareAsync(settings);
        using var server = await WebServer.StartAsync(options.Web, options.SqlitePath);
        var today = ActivityCsvGenerator.Days[^1].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var page = $"{server.Url}/teams/{team}/pace?today={today}";
        var api = $"{server.Url}/api/v1/teams/{team}/pace?today={today}";
        using (var http = new HttpClient())
        {
            http.DefaultRequestHeaders.Authorization = new("Bearer", token);
            foreach (var url in new[] { page, api })
            {
                var clock = Stopwatch.StartNew();
                var response = await http.GetAsync(url);
                var body = await response.Content.ReadAsStringAsync();
                Report.Line($"GET {url[server.Url.Length..]}: {(int)response.StatusCode}, {body.Length:N0} characters, first request {clock.Elapsed.TotalMilliseconds:N0} ms");
                response.EnsureSuccessStatusCode();
            }
        }
        // Unreported warm-up: the JIT's tiered compilation settles before anything is measured.
        foreach (var (url, bearer) in new[] { ($"{server.Url}/health", (string?)null), (page, token), (api, token) })
        {
            Wrk(server, null, url, bearer, 8, "5s");
        }
        var before = Wrk(server, "/health (baseline before)", $"{server.Url}/health", null, 8, Duration);
        var pageRun = Wrk(server, "team pace page (HTML)", page, token, 8, Duration);
        var apiRun = Wrk(server, "team pace API (JSON)", api, token, 8, Duration);
        Wrk(server, "team pace page, one connection", page, token, 1, Duration);
        var after = Wrk(server, "/health (baseline after)", $"{server.Url}/health", null, 8, Duration);
        var rate = (before.Rate + after.Rate) / 2;
        var cpu = (before.CpuMs + after.CpuMs) / 2;
        Report.Line(string.Create(CultureInfo.InvariantCulture, $"{"page / health: requests/s, CPU per request",-46} {pageRun.Rate / rate,10:N4} {pageRun.CpuMs / cpu,10:N1}x"));
        Report.Line(string.Create(CultureInfo.InvariantCulture, $"{"API / health: requests/s, CPU per request",-46} {apiRun.Rate / rate,10:N4} {apiRun.CpuMs / cpu,10:N1}x"));
    }

    /// <summary>
    /// Runs wrk; returns requests/s and the server's CPU milliseconds per request; prints them with
    /// the latency unless <paramref name="what"/> is null (warm-up). Non-2xx answers fail the run. The cycle
    /// pages' benchmark runs its pages through it too.
    /// </summary>
    public static (double Rate, double CpuMs) Wrk(WebServer server, string? what, string url, string? token, int connections, string duration)
    {
        var arguments = new List<string> { "-t", Math.Min(2, connections).ToString(CultureInfo.InvariantCulture), "-c", connections.ToString(CultureInfo.InvariantCulture),
            "-d", duration, "--timeout", "20s", "--latency" };
        if (token is not null)
        {
            arguments.AddRange(["-H", $"Authorization: Bearer {token}"]);
        }
        arguments.Add(url);
        var start = new ProcessStartInfo("wrk") { UseShellExecute = false, RedirectStandardOutput = true };
        arguments.ForEach(start.ArgumentList.Add);
        var cpu = server.Cpu();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var used = server.Cpu() - cpu;
        if (output.Contains("Non-2xx", StringComparison.Ordinal) || !RequestsPerSecond().IsMatch(output))
        {
            throw new InvalidOperationException($"wrk on {url}: {output}");
        }
        var rate = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var requests = double.Parse(Requests().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var cpuMs = used.TotalMilliseconds / Math.Max(requests, 1);
        if (what is not null)
        {
            Report.Line(string.Create(CultureInfo.InvariantCulture,
                $"{what,-46} {rate,10:N1} requests/s, -c {connections}: {requests:N0} requests, server CPU {cpuMs:N2} ms each, latency mean {Latency().Match(output).Groups[1].Value}, p50 {Percentile(output, "50")}, p99 {Percentile(output, "99")}; load {Measurement.Load()}"));
        }
        return (rate, cpuMs);
    }

    private static string Percentile(string output, string p) => Regex.Match(output, $@"^\s*{p}%\s+(\S+)", RegexOptions.Multiline).Groups[1].Value;

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Requests();

    [GeneratedRegex(@"Latency\s+(\S+)")]
    private static partial Regex Latency();
}
