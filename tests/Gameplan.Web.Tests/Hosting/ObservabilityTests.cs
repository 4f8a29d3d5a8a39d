using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Gameplan.Core.Data;
using Gameplan.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OpenTelemetry.Trace;

namespace Gameplan.Web.Tests.Hosting;

public sealed class ObservabilityTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new(settings: new Dictionary<string, string>
    {
        // Nothing listens there: the OTLP exporter drops what it cannot send; the test reads the in-memory copy.
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9",
        ["Logging:Format"] = "json",
    });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Live_and_ready_answer_anonymously_and_ready_says_when_the_schema_is_not_current()
    {
        var anonymous = _factory.CreateAnonymousClient();

        var live = await anonymous.GetAsync("/health/live");
        var ready = await anonymous.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());

        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GameplanDbContext>();
            var last = db.Database.GetMigrations().Last();
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {last}");
        }
        var notReady = await anonymous.GetAsync("/health/ready");
        var stillLive = await anonymous.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.Contains("1 migration(s) pending", await notReady.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stillLive.StatusCode);
    }

    [Fact]
    public async Task A_request_produces_a_span_with_its_route_and_status()
    {
        // The exporter adds spans from its own thread: a collection that locks, so reading it never races.
        var spans = new LockedCollection<Activity>();
        using var traced = _factory.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))));
        var client = traced.CreateClient();

        var ok = await client.GetAsync("/api/v1/plans");
        var missing = await client.GetAsync("/api/v1/plans/999999");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        await WaitForAsync(() => Snapshot(spans).Count(s => s.GetTagItem("http.route") is string) >= 2);
        var server = Snapshot(spans).Where(s => s.Kind == ActivityKind.Server).ToList();
        Assert.Contains(server, s => (string?)s.GetTagItem("http.route") == "/api/v1/plans/" && Equals(s.GetTagItem("http.response.status_code"), 200));
        Assert.Contains(server, s => (string?)s.GetTagItem("http.route") == "/api/v1/plans/{id:int}" && Equals(s.GetTagItem("http.response.status_code"), 404));
    }

    [Fact]
    public async Task Logs_are_json_and_carry_the_organisation_person_and_request_id_but_no_token()
    {
        var capture = new ScopeCapture();
        using var logged = _factory.WithWebHostBuilder(web => web.ConfigureLogging(logging =>
        {
            logging.AddProvider(capture);
            logging.AddFilter<ScopeCapture>(null, LogLevel.Trace);
        }));
        var secret = _factory.TokenFor("lena", canWrite: false);
        var client = logged.CreateDefaultClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/plans")).StatusCode);

        var console = logged.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        Assert.Equal(ConsoleFormatterNames.Json, console.FormatterName);
        int lena;
        int organization;
        using (var scope = logged.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GameplanDbContext>();
            var person = await db.People.IgnoreQueryFilters().SingleAsync(p => p.Handle == "lena");
            (lena, organization) = (person.Id, person.OrganizationId);
        }
        var lines = capture.Lines.ToList();
        Assert.Contains(lines, line => line.Scope.TryGetValue("person", out var p) && Equals(p, lena)
            && Equals(line.Scope["organization"], organization) && line.Scope["request_id"] is string { Length: > 0 });
        Assert.DoesNotContain(lines, line => line.Text.Contains(secret, StringComparison.Ordinal)
            || line.Scope.Values.Any(v => v?.ToString()?.Contains(secret, StringComparison.Ordinal) == true));
    }

    private static List<Activity> Snapshot(LockedCollection<Activity> spans) => spans.Snapshot();

    /// <summary>A list every member of which takes one lock: the in-memory exporter writes to it while the test reads.</summary>
    private sealed class LockedCollection<T> : ICollection<T>
    {
        private readonly List<T> _items = [];

        public int Count { get { lock (_items) { return _items.Count; } } }

        public bool IsReadOnly => false;

        public void Add(T item) { lock (_items) { _items.Add(item); } }

        public void Clear() { lock (_items) { _items.Clear(); } }

        public bool Contains(T item) { lock (_items) { return _items.Contains(item); } }

        public void CopyTo(T[] array, int arrayIndex) { lock (_items) { _items.CopyTo(array, arrayIndex); } }

        public bool Remove(T item) { lock (_items) { return _items.Remove(item); } }

        public List<T> Snapshot() { lock (_items) { return [.. _items]; } }

        public IEnumerator<T> GetEnumerator() => Snapshot().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }
    }

    private sealed record LogLine(string Category, string Text, IReadOnlyDictionary<string, object?> Scope);

    /// <summary>Keeps each log line with the scope values in force when it was written.</summary>
    private sealed class ScopeCapture : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        public ConcurrentQueue<LogLine> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(ScopeCapture owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => owner._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var scope = new Dictionary<string, object?>(StringComparer.Ordinal);
                owner._scopes.ForEachScope((value, into) =>
                {
                    if (value is IEnumerable<KeyValuePair<string, object?>> pairs)
                    {
                        foreach (var (key, item) in pairs)
                        {
                            into[key] = item;
                        }
                    }
                }, scope);
                owner.Lines.Enqueue(new LogLine(category, formatter(state, exception), scope));
            }
        }
    }
}
