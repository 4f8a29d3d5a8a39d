using System.Diagnostics;
using System.Diagnostics.Metrics;
using Gameplan.Core.Data;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Gameplan.Web.Hosting;

/// <summary>
/// What the app says about itself to the people who run it (ADR 0046): JSON logs with the request's
/// organisation, person and id when <c>Logging:Format=json</c>; OpenTelemetry traces and metrics over
/// OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; <c>/health/live</c> and <c>/health/ready</c>.
/// </summary>
internal static class Observability
{
    public const string ServiceName = "gameplan";

    /// <summary>The meter of Gameplan's own measurements (import rows, import jobs).</summary>
    public const string MeterName = "Gameplan";

    public const string ReadyTag = "ready";

    public static WebApplicationBuilder AddGameplanObservability(this WebApplicationBuilder builder)
    {
        if (string.Equals(builder.Configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
                options.JsonWriterOptions = new System.Text.Json.JsonWriterOptions { Indented = false };
            });
        }
        builder.Services.AddSingleton<GameplanMetrics>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseReady>("database", tags: [ReadyTag]);
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            // The exporter reads the endpoint, headers and protocol from the standard OTEL_* variables.
            builder.Services.AddOpenTelemetry()
                .ConfigureResource(resource => resource.AddService(ServiceName))
                .WithTracing(tracing => tracing
                    .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                    .AddOtlpExporter())
                .WithMetrics(metrics => metrics
                    .AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter(MeterName, "Microsoft.EntityFrameworkCore", "Npgsql")
                    .AddOtlpExporter());
        }
        return builder;
    }

    /// <summary>
    /// <c>/health</c> and <c>/health/live</c>: the process answers (nothing else is checked, so a slow
    /// database never gets a live instance restarted); <c>/health/ready</c>: the database answers and
    /// its schema is current, so a proxy sends no traffic to an instance that cannot serve it.
    /// </summary>
    public static void MapGameplanHealth(this WebApplication app)
    {
        var live = new HealthCheckOptions { Predicate = _ => false };
        app.MapHealthChecks("/health", live).AllowAnonymous();
        app.MapHealthChecks("/health/live", live).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = async (context, report) =>
            {
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(report.Status == HealthStatus.Healthy
                    ? "Healthy"
                    : $"{report.Status}: {string.Join("; ", report.Entries.Select(e => $"{e.Key} {e.Value.Description}"))}");
            },
        }).AllowAnonymous();
    }

    /// <summary>Every log line of a request carries its organisation, person and request id (never a secret).</summary>
    public static void UseRequestLogScope(this WebApplication app) => app.Use(async (context, next) =>
    {
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Gameplan.Request");
        var scope = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["request_id"] = context.TraceIdentifier,
            ["trace_id"] = Activity.Current?.TraceId.ToString(),
            ["organization"] = context.User.OrganizationId(),
            ["person"] = context.User.PersonId(),
        };
        using (logger.BeginScope(scope))
        {
            await next(context);
        }
    });

    private sealed class DatabaseReady(GameplanDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                if (!await db.Database.CanConnectAsync(cancellationToken))
                {
                    return HealthCheckResult.Unhealthy("cannot be reached");
                }
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
                return pending == 0
                    ? HealthCheckResult.Healthy("reachable, schema current")
                    : HealthCheckResult.Unhealthy($"reachable, {pending} migration(s) pending: run 'gameplan migrate' or start an instance that migrates");
            }
#pragma warning disable CA1031 // A health check reports any failure as unhealthy instead of throwing.
            catch (Exception e)
#pragma warning restore CA1031
            {
                return HealthCheckResult.Unhealthy($"cannot be reached ({e.GetType().Name})");
            }
        }
    }
}

/// <summary>Gameplan's own measurements, on the <see cref="Observability.MeterName"/> meter.</summary>
public sealed class GameplanMetrics
{
    private readonly Counter<long> _importedRows;
    private int _runningImports;

    public GameplanMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(Observability.MeterName);
        _importedRows = meter.CreateCounter<long>("gameplan.import.rows", "{row}", "Activity rows stored by CSV imports.");
        meter.CreateObservableUpDownCounter("gameplan.import.running", () => Volatile.Read(ref _runningImports), "{job}",
            "CSV imports previewing or storing on this instance.");
    }

    public void ImportStarted() => Interlocked.Increment(ref _runningImports);

    public void ImportEnded() => Interlocked.Decrement(ref _runningImports);

    public void RowsImported(long rows) => _importedRows.Add(rows);
}
