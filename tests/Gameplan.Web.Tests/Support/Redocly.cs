using System.Diagnostics;

namespace Gameplan.Web.Tests.Support;

/// <summary>
/// Lints an OpenAPI document with @redocly/cli (npm, a devDependency in package.json) and its
/// recommended rules, so the document is checked by a tool that did not write it.
/// </summary>
public static class Redocly
{
    public static async Task<(int ExitCode, string Output)> LintAsync(string document)
    {
        var root = NodeTools.RepositoryRoot();
        var cli = Path.Combine(root, "node_modules", "@redocly", "cli", "bin", "cli.js");
        Assert.True(File.Exists(cli), $"@redocly/cli is not installed in {root}/node_modules: run npm ci (it is a devDependency in package.json).");
        var file = Path.Combine(Path.GetTempPath(), $"gameplan-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, document);
        try
        {
            var start = new ProcessStartInfo(IcalJs.NodePath!, [cli, "lint", file, "--format=stylish", "--max-problems=200"])
            {
                WorkingDirectory = root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["REDOCLY_TELEMETRY"] = "off";
            start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
            using var node = Process.Start(start)!;
            var output = node.StandardOutput.ReadToEndAsync();
            var error = node.StandardError.ReadToEndAsync();
            await node.WaitForExitAsync();
            return (node.ExitCode, await output + await error);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
