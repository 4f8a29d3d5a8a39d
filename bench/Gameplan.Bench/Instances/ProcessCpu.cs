using System.Globalization;

namespace Gameplan.Bench.Instances;

/// <summary>
/// CPU time of other processes from Linux's /proc: utime and stime (fields 14 and 15 of
/// /proc/PID/stat) and, for a parent that reaps its workers, cutime and cstime (16 and 17: the
/// children that have exited). Clock ticks are 1/100 s on Linux.
/// </summary>
public static class ProcessCpu
{
    /// <summary>The process's own CPU, plus its exited children's when asked; zero once it has gone.</summary>
    public static TimeSpan Of(int pid, bool withExitedChildren = false)
    {
        var fields = Fields(pid);
        if (fields is null)
        {
            return TimeSpan.Zero;
        }
        var ticks = Tick(fields, 11) + Tick(fields, 12) + (withExitedChildren ? Tick(fields, 13) + Tick(fields, 14) : 0);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    /// <summary>The processes whose command (field 2, e.g. <c>postgres</c>, <c>nginx</c>) is <paramref name="command"/>, with their parent.</summary>
    public static IEnumerable<(int Pid, int Parent)> Named(string command)
    {
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(folder, "stat"));
            }
            catch (IOException)
            {
                continue;
            }
            var open = stat.IndexOf('(', StringComparison.Ordinal);
            var close = stat.LastIndexOf(')');
            if (stat[(open + 1)..close] == command)
            {
                yield return (pid, int.Parse(stat[(close + 2)..].Split(' ')[1], CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>The process's command line with its NULs as spaces (PostgreSQL backends put their database there), or "" once it has gone.</summary>
    public static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
    }

    private static string[]? Fields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name may hold spaces; the fields after it start past the last ')'.
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static long Tick(string[] fields, int index) => long.Parse(fields[index], CultureInfo.InvariantCulture);
}
