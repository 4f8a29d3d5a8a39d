using System.CommandLine;
using Gameplan.Cli.PlanFiles;

namespace Gameplan.Cli.Tests.PlanFiles;

/// <summary>
/// Runs the import and export commands in-process, in a root built as GameplanCli builds it
/// (the global --db option, usage errors exit 2), so these tests do not depend on the rest of the tree.
/// </summary>
internal static class PlanFilesCli
{
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var cli = new CliContext(output, error, new FixedClock(Cli.Today), _ => null);
        var root = new RootCommand { PlanFileCommands.Import(cli), PlanFileCommands.Export(cli) };
        root.Options.Add(cli.Database.Option);
        var parse = root.Parse(args);
        var exitCode = await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new CliResult(parse.Action is System.CommandLine.Invocation.ParseErrorAction ? ExitCodes.Usage : exitCode, output.ToString(), error.ToString());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
