using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Gameplan.Web.Hosting;
using Gameplan.Web.Tests.Account;
using Gameplan.Web.Tests.Activities;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;
using Npgsql;
using Xunit.Abstractions;

namespace Gameplan.Web.Tests.Hosting;

/// <summary>
/// Two real app processes (the built Gameplan.Web.dll on Kestrel) on one PostgreSQL database, behind Debian's
/// nginx with plain round robin and no stickiness, work as one: a journey through the proxy signs in, uploads
/// and imports a CSV while polling its progress, edits one goal from two sessions and reads pace, and every
/// step is answered by both instances in turn (<c>X-Gameplan-Instance</c>).
/// </summary>
public sealed class MultiInstanceTests(ITestOutputHelper output)
{
    [MultiInstanceFact]
    public async Task Two_instances_behind_a_round_robin_proxy_on_one_postgresql_work_as_one()
    {
        await using var database = await ScratchDatabase.CreateAsync();
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["Database__ConnectionString"] = database.ConnectionString,
            ["Demo__SeedWhenEmpty"] = "true",
            ["Security__HttpsOnly"] = "true",
            ["Security__TrustedProxies"] = "127.0.0.1",
            ["Security__CredentialAttemptsPerMinute"] = "1000",
            // Quicker than the default 60 s, still far above a beat every second on a busy machine.
            ["Imports__StaleAfterSeconds"] = "15",
        };
        // The first migrates and seeds the empty database; the second starts on the current schema.
        using var one = new AppProcess("one", environment);
        await one.WaitUntilReadyAsync(TimeSpan.FromMinutes(3));
        using var two = new AppProcess("two", environment);
        await two.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
        using var nginx = new NginxProxy([one.Address, two.Address]);
        var answered = new ConcurrentQueue<(string Path, string Instance)>();
        void Seen(HttpResponseMessage response) =>
            answered.Enqueue((response.RequestMessage!.RequestUri!.PathAndQuery, response.Headers.TryGetValues(AppInstance.Header, out var names) ? names.Single() : "none"));
        using var alex = nginx.CreateClient("127.0.0.2", Seen);
        using var rosa = nginx.CreateClient("127.0.0.3", Seen);

        // Sign in: the form comes from one instance and is posted to the other (antiforgery and the session cookie are shared).
        Assert.Equal("/", AccountForms.RedirectTarget(await alex.SignInAsync(AccountForms.DemoEmail("alex"))));
        Assert.Equal("/", AccountForms.RedirectTarget(await rosa.SignInAsync(AccountForms.DemoEmail("rosa"))));
        var demo = await DemoPlan.LoadAsync(alex);
        var paceBefore = await LenasProspectingAsync(alex, demo.Id);

        // Upload and import a CSV, polling its progress; every poll may land on either instance.
        var url = (await alex.UploadAsync(Csv(rows: 3000, "multi"))).ExpectRedirect();
        var preview = await PollAsync(alex, url, "<h2>Preview</h2>");
        (await alex.ImportAsync(url, skipInvalid: false)).ExpectRedirect();
        var summary = await PollAsync(alex, url, "<h2>Imported</h2>");

        Assert.True(preview.Contains("3,000 rows: 3,000 valid,", StringComparison.Ordinal), preview);
        Assert.Contains("id=\"summary-imported\">3,000<", summary);
        var polls = answered.Where(a => a.Path.StartsWith(url, StringComparison.Ordinal)).Select(a => a.Instance).ToHashSet();
        Assert.Equal(["one", "two"], polls.Order());

        // One goal edited from two sessions: the second, with the tag it read before the first saved, is refused with 412.
        var goal = $"{demo.Url}/goals/{demo.Goal("g2")}";
        var tag = (await alex.GetAsync(goal)).Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(rosa, goal, tag, "Rosa's title")).StatusCode);
        var stale = await PutAsync(alex, goal, tag, "Alex's title");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("Rosa's title", (await alex.GetOkAsync(goal)).Text("title"));

        // Pace, read through either instance, counts the imported rows.
        Assert.True(await LenasProspectingAsync(rosa, demo.Id) > paceBefore);
        Assert.Contains("Pace: ", await alex.GetPageAsync($"/plans/{demo.Id}/pace"));

        // Each instance serves the layout's fingerprinted files from its own build output, cached for a year.
        var style = System.Text.RegularExpressions.Regex.Match(await alex.GetPageAsync($"/plans/{demo.Id}"), "href=\"(/css/site\\.[a-z0-9]{10}\\.css)\"").Groups[1].Value;
        var styles = new[] { await alex.GetAsync(style), await alex.GetAsync(style) };
        Assert.All(styles, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        Assert.All(styles, answer => Assert.Equal("text/css", answer.Content.Headers.ContentType?.MediaType));
        Assert.All(styles, answer => Assert.Contains("immutable", answer.Headers.CacheControl?.ToString(), StringComparison.Ordinal));
        Assert.Equal(["one", "two"], styles.Select(a => a.Headers.GetValues(AppInstance.Header).Single()).Order());

        Assert.Equal(["one", "two"], answered.Select(a => a.Instance).ToHashSet().Order());
        Assert.True(answered.Count(a => a.Instance == "one") > 5 && answered.Count(a => a.Instance == "two") > 5,
            "Round robin should spread the journey: " + string.Join(", ", answered.GroupBy(a => a.Instance).Select(g => $"{g.Key}: {g.Count()}")));

        // The instance that claimed an import is killed at once: the import still ends, every row stored once,
        // finished by it before it died or taken over by the other; the page never stays "running".
        var doomed = (await alex.UploadAsync(Csv(rows: 20_000, "killed"))).ExpectRedirect();
        await PollAsync(alex, doomed, "<h2>Preview</h2>");
        var claim = await alex.ImportAsync(doomed, skipInvalid: false);
        claim.ExpectRedirect();
        (claim.Headers.GetValues(AppInstance.Header).Single() == "one" ? one : two).Kill();
        var ended = await PollAsync(alex, doomed, "<h2>Imported</h2>");

        Assert.Equal(20_000, Number(ended, "summary-imported") + Number(ended, "summary-duplicates"));
        output.WriteLine($"The killed instance's import was taken over {await database.CountAsync($"SELECT \"Takeovers\"::bigint FROM \"ActivityImportJobs\" WHERE \"Id\" = '{doomed.Split('/')[^1]}'")} time(s).");
        Assert.Equal(20_000, await database.CountAsync("""SELECT count(*) FROM "ActivityLog" WHERE "ExternalId" LIKE 'killed-%'"""));
    }

    private static int Number(string html, string id) =>
        int.Parse(PageForms.Element(html, id, "dd").Split('>')[1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    /// <summary>Activities of the last days for two reps, each row with its own external id.</summary>
    private static string Csv(int rows, string prefix)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var csv = new StringBuilder("date,person,metric,quantity,external_id\n");
        for (var row = 0; row < rows; row++)
        {
            var day = today.AddDays(-1 - row % 5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture, $"{day},{(row % 2 == 0 ? "lena" : "mateo")},prospecting_minutes,1,{prefix}-{row}\n");
        }
        return csv.ToString();
    }

    /// <summary>Reads the upload's status the way its page polls it, until <paramref name="marker"/> shows (at most two minutes).</summary>
    private static async Task<string> PollAsync(HttpClient client, string url, string marker)
    {
        var html = "";
        for (var attempt = 0; attempt < 1200; attempt++)
        {
            html = await client.GetPageAsync(url + "?handler=Status");
            if (html.Contains(marker, StringComparison.Ordinal))
            {
                return html;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"{url} never showed '{marker}': {html}");
    }

    /// <summary>Lena's prospecting minutes to date on the plan's commitments, as the pace API reports them.</summary>
    private static async Task<decimal> LenasProspectingAsync(HttpClient client, int plan)
    {
        var pace = await client.GetOkAsync($"/api/v1/plans/{plan}/pace");
        return pace.GetProperty("commitments").EnumerateArray()
            .Where(c => c.Text("person") == "lena" && c.Text("metric") == "prospecting_minutes")
            .Sum(c => c.GetProperty("actual_to_date").GetDecimal());
    }

    /// <summary>A change through the API with the sign-in cookie: the antiforgery token goes in its header (docs/access.md).</summary>
    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, string url, string tag, string title)
    {
        var token = PageForms.TokenIn(await client.GetPageAsync("/activities/import"));
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent(new { title }) };
        request.Headers.TryAddWithoutValidation("If-Match", tag);
        request.Headers.Add("RequestVerificationToken", token);
        return await client.SendAsync(request);
    }

    private static StringContent JsonContent(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    /// <summary>A new, empty database on the test server, dropped afterwards.</summary>
    private sealed class ScratchDatabase : IAsyncDisposable
    {
        private readonly string _server;
        private readonly string _name;

        private ScratchDatabase(string server, string name)
        {
            (_server, _name) = (server, name);
            ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 20 }.ConnectionString;
        }

        public string ConnectionString { get; }

        public async Task<long> CountAsync(string sql)
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            return (long)(await command.ExecuteScalarAsync())!;
        }

        public static async Task<ScratchDatabase> CreateAsync()
        {
            var server = Environment.GetEnvironmentVariable(MultiInstanceFactAttribute.PostgresVariable);
            Assert.False(string.IsNullOrWhiteSpace(server), $"{MultiInstanceFactAttribute.PostgresVariable} is not set: run bash test.sh, which starts PostgreSQL and sets it.");
            var name = "gameplan_multi_" + Guid.NewGuid().ToString("N")[..12];
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
            return new ScratchDatabase(server!, name);
        }

        public async ValueTask DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(_server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
