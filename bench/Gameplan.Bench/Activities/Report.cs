using System.Globalization;

namespace Gameplan.Bench.Activities;

/// <summary>Prints one measurement per line, invariant culture, so README tables copy from the output.</summary>
public static class Report
{
    public static void Line(string text) => Console.WriteLine(text);

    /// <summary>Rows per second of wall-clock time and of CPU time, with the load average at the end.</summary>
    public static void Rate(string what, long rows, Measurement m) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{what,-46} {rows / m.Wall.TotalSeconds,10:N0} rows/s wall ({m.Wall.TotalSeconds,7:N1} s), {rows / m.Cpu.TotalSeconds,10:N0} rows/s CPU ({m.Cpu.TotalSeconds,7:N1} s); load {Measurement.Load()}"));

    public static void Time(string what, TimeSpan elapsed) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{what,-46} {elapsed.TotalMilliseconds,10:N2} ms"));

    /// <summary>How much slower <paramref name="measured"/> is than <paramref name="baseline"/>, as baseline time / measured time.</summary>
    public static void Ratio(string what, Measurement measured, Measurement baseline, string target) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{what,-46} {baseline.Wall / measured.Wall,10:N2} wall, {baseline.Cpu / measured.Cpu,6:N2} CPU   (target {target})"));

    public static void WallRatio(string what, Measurement measured, Measurement baseline, string target) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{what,-46} {baseline.Wall / measured.Wall,10:N2} wall   (target {target})"));

    public static string Machine() => string.Create(CultureInfo.InvariantCulture,
        $".NET {Environment.Version}, {Environment.ProcessorCount} cores, load {Measurement.Load()}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
}
