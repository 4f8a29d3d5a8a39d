using System.Diagnostics;
using System.Globalization;

namespace Gameplan.Bench;

/// <summary>
/// One timed round of a few repetitions of a short operation, per operation: wall-clock and process CPU
/// milliseconds and kilobytes allocated. A round repeats the operation because the process CPU clock moves in
/// steps too coarse for one call of a few milliseconds. The diff and cycle benchmarks run their measures in
/// interleaved rounds (so the machine's noise hits target and baseline alike) and report the median round.
/// </summary>
internal readonly record struct OperationSample(double WallMs, double CpuMs, double AllocatedKb)
{
    public static async Task<OperationSample> OfAsync(int repeat, Func<Task<int>> work)
    {
        var process = Process.GetCurrentProcess();
        var (cpu, bytes) = (process.TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true));
        var clock = Stopwatch.StartNew();
        var check = 0;
        for (var i = 0; i < repeat; i++)
        {
            check += await work();
        }
        var wall = clock.Elapsed.TotalMilliseconds;
        process.Refresh();
        GC.KeepAlive(check);
        return new OperationSample(wall / repeat, (process.TotalProcessorTime - cpu).TotalMilliseconds / repeat,
            (GC.GetTotalAllocatedBytes(precise: true) - bytes) / 1024.0 / repeat);
    }

    /// <summary>Warm-up rounds (unreported: tiered compilation settles), then interleaved rounds; the median of each measure.</summary>
    public static async Task<OperationSample[]> RoundsAsync((string Name, Func<Task<OperationSample>> Run)[] measures, int rounds)
    {
        var samples = measures.Select(_ => new List<OperationSample>()).ToArray();
        for (var round = -rounds; round < rounds; round++)
        {
            for (var i = 0; i < measures.Length; i++)
            {
                var sample = await measures[i].Run();
                if (round >= 0)
                {
                    samples[i].Add(sample);
                }
            }
        }
        return [.. samples.Select(OperationSample.Median)];
    }

    public static Task<OperationSample> Of(int repeat, Func<int> work) => OfAsync(repeat, () => Task.FromResult(work()));

    /// <summary>The median of each figure on its own (wall, CPU and allocations of different rounds).</summary>
    public static OperationSample Median(IReadOnlyList<OperationSample> samples) => new(
        samples.Select(s => s.WallMs).Order().ElementAt(samples.Count / 2),
        samples.Select(s => s.CpuMs).Order().ElementAt(samples.Count / 2),
        samples.Select(s => s.AllocatedKb).Order().ElementAt(samples.Count / 2));

    /// <summary>One line of the report: the measure, its median wall and CPU milliseconds and its allocations.</summary>
    public static void Print(string what, OperationSample sample) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{what,-58} {sample.WallMs,9:N2} ms wall {sample.CpuMs,9:N2} ms CPU {sample.AllocatedKb,10:N0} KB"));

    /// <summary>Figure over baseline, and the target over the figure (1 or more: met), on wall and CPU time.</summary>
    public static void Ratio(string what, OperationSample figure, OperationSample baseline, double targetMs) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{what,-58} {figure.WallMs / baseline.WallMs,9:N2}x baseline (CPU {figure.CpuMs / baseline.CpuMs:N2}x); target {targetMs:N0} ms: ratio {targetMs / figure.WallMs:N1} wall, {targetMs / figure.CpuMs:N1} CPU, {(figure.WallMs < targetMs ? "met" : "NOT met")}"));
}
