using System.Diagnostics;

namespace Gameplan.Bench.Activities;

/// <summary>Runs a baseline tool (sqlite3, psql) to completion and times it, start-up included (milliseconds against minutes).</summary>
public static class ExternalTool
{
    /// <summary>The CPU time is the tool's own: for psql the server's work is not in it (see <see cref="Measurement"/>).</summary>
    public static Measurement Run(string file, IEnumerable<string> arguments, string? stdin = null, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardInput = stdin is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        var cpu = Measurement.ChildrenCpu();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var elapsed = clock.Elapsed;
        if (process.ExitCode != 0 || error.Result.Length > 0)
        {
            throw new InvalidOperationException($"{file} exited with {process.ExitCode}: {error.Result}{output.Result}");
        }
        return new Measurement(elapsed, Measurement.ChildrenCpu() - cpu);
    }
}
