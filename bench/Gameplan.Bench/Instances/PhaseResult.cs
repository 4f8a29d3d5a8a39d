using System.Globalization;

namespace Gameplan.Bench.Instances;

/// <summary>One measured phase: what was run, how (closed or open loop), the requests and the CPU spent on them.</summary>
public sealed record PhaseResult(string Configuration, string Load, LoadRun Run, ServerCpu.Spent Cpu)
{
    /// <summary>Milliseconds of CPU per completed request.</summary>
    public double PerRequest(TimeSpan cpu) => cpu.TotalMilliseconds / Math.Max(1, Run.Completed);

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Configuration} | {Load} | {Run.Rate:N1} | {Run.Percentile(0.5):N1} | {Run.Percentile(0.99):N1} | {Run.Errors} | "
        + $"{PerRequest(Cpu.App):N2} | {PerRequest(Cpu.Nginx):N2} | {PerRequest(Cpu.Postgres):N2} ({PerRequest(Cpu.PostgresBackends):N2}) | "
        + $"**{PerRequest(Cpu.Server):N2}** | {Cpu.DatabaseShare:P0} | {PerRequest(Cpu.Client):N2} | {Answered()} |");

    public const string Header = """
        | configuration | load | req/s | p50 ms | p99 ms | errors | app CPU ms/req | nginx CPU ms/req | PostgreSQL CPU ms/req (its backends) | server CPU ms/req | DB share | bench client CPU ms/req | answered by |
        |---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|
        """;

    /// <summary>Each instance's requests and its own CPU per request it answered.</summary>
    private string Answered() => string.Join(", ", Run.AnsweredBy.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => string.Create(CultureInfo.InvariantCulture,
        $"{a.Key} {a.Value:N0} ({(Cpu.Apps.TryGetValue(a.Key, out var cpu) ? cpu.TotalMilliseconds / a.Value : double.NaN):N1} ms/req)")));
}
