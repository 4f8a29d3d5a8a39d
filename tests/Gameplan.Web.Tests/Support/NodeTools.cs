using System.Diagnostics;

namespace Gameplan.Web.Tests.Support;

/// <summary>
/// Node and the npm packages of package.json (devDependencies: ical.js, smtp-server, @redocly/cli,
/// openapi-typescript...), which tests use as third-party judges of what the app emits.
/// </summary>
public static class NodeTools
{
    /// <summary>node on the PATH, or null.</summary>
    public static string? NodePath { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(folder => Path.Combine(folder, "node"))
        .FirstOrDefault(File.Exists);

    /// <summary>The repository root: the folder above the test binaries that holds package.json beside Gameplan.slnx.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "package.json")) && File.Exists(Path.Combine(folder.FullName, "Gameplan.slnx")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("The repository (package.json beside Gameplan.slnx) is not above the test binaries.");
    }

    /// <summary>The path of an installed package's file, failing the test with "run npm ci" when it is missing.</summary>
    public static string Package(string relativePath)
    {
        var root = RepositoryRoot();
        var path = Path.Combine(root, "node_modules", relativePath);
        Assert.True(File.Exists(path), $"{relativePath} is not installed in {root}/node_modules: run npm ci (package.json names it).");
        return path;
    }

    /// <summary>Runs node with <paramref name="arguments"/> and returns its exit code with its output and errors.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        Assert.True(NodePath is not null, "node is not on the PATH.");
        var start = new ProcessStartInfo(NodePath, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await node.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {string.Join(' ', arguments)} ran for more than 3 minutes.");
        }
        return (node.ExitCode, await output + await error);
    }
}
