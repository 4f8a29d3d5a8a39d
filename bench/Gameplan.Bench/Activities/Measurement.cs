using System.Diagnostics;
using System.Globalization;

namespace Gameplan.Bench.Activities;

/// <summary>
/// Wall-clock time and CPU time (user + system) of one measured piece of work. With six other
/// engineers on two cores the wall clock mostly measures the queue for a core; CPU time is what
/// the work itself cost, so ratios are given on both.
/// </summary>
public readonly record struct Measurement(TimeSpan Wall, TimeSpan Cpu)
{
    public static Measurement operator +(Measurement a, Measurement b) => new(a.Wall + b.Wall, a.Cpu + b.Cpu);

    /// <summary>Times work done in this process.</summary>
    public static async Task<Measurement> OfAsync(Func<Task> work)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await work();
        var wall = clock.Elapsed;
        return new Measurement(wall, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    /// <summary>
    /// CPU time of this process's children that have exited and been waited for (fields 16 and 17
    /// of /proc/self/stat, cutime and cstime, in clock ticks of 1/100 s on Linux).
    /// </summary>
    public static TimeSpan ChildrenCpu()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        // The command name (field 2) may hold spaces; the fields after it start past the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    /// <summary>The 1-minute load average, to show how busy the shared machine was around a measurement.</summary>
    public static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
