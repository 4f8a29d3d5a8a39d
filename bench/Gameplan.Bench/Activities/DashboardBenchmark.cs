using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Gameplan.Core.Data;

namespace Gameplan.Bench.Activities;

/// <summary>
/// <c>GET</c> of Team 001's pace dashboard (the heatmap page, and its JSON API) under wrk against
/// <c>/health</c> of the same running app (no checks registered: routing and middleware only), with
/// the baseline before and after. Bound to 127.0.0.1 and to seconds.
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
        var before = Wrk("/health (baseline before)", $"{server.Url}/health", null, 8);
        var pageRate = Wrk("team pace page (HTML)", page, token, 8);
        var apiRate = Wrk("team pace API (JSON)", api, token, 8);
        Wrk("team pace page, one connection", page, token, 1);
        var after = Wrk("/health (baseline after)", $"{server.Url}/health", null, 8);
        var baseline = (before + after) / 2;
        Report.Line(string.Create(CultureInfo.InvariantCulture, $"{"page requests/s / health requests/s",-46} {pageRate / baseline,10:N3}"));
        Report.Line(string.Create(CultureInfo.InvariantCulture, $"{"API requests/s / health requests/s",-46} {apiRate / baseline,10:N3}"));
    }

    /// <summary>Runs wrk and returns requests/s; prints the rate and latency (non-2xx answers fail the run).</summary>
    private static double Wrk(string what, string url, string? token, int connections)
    {
        var arguments = new List<string> { "-t", Math.Min(2, connections).ToString(CultureInfo.InvariantCulture), "-c", connections.ToString(CultureInfo.InvariantCulture), "-d", Duration, "--latency" };
        if (token is not null)
        {
            arguments.AddRange(["-H", $"Authorization: Bearer {token}"]);
        }
        arguments.Add(url);
        var start = new ProcessStartInfo("wrk") { UseShellExecute = false, RedirectStandardOutput = true };
        arguments.ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (output.Contains("Non-2xx", StringComparison.Ordinal) || !RequestsPerSecond().IsMatch(output))
        {
            throw new InvalidOperationException($"wrk on {url}: {output}");
        }
        var rate = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var latency = Latency().Match(output);
        Report.Line(string.Create(CultureInfo.InvariantCulture,
            $"{what,-46} {rate,10:N1} requests/s, -c {connections}: latency mean {latency.Groups[1].Value}, p50 {Percentile(output, "50")}, p99 {Percentile(output, "99")}; load {Measurement.Load()}"));
        return rate;
    }

    private static string Percentile(string output, string p) => Regex.Match(output, $@"^\s*{p}%\s+(\S+)", RegexOptions.Multiline).Groups[1].Value;

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Latency\s+(\S+)")]
    private static partial Regex Latency();
}
