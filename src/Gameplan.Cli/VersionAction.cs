using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Gameplan.Cli;

/// <summary>
/// Prints this program's version. The built-in action reads the entry assembly, which under a
/// test runner is the runner itself, not gameplan.
/// </summary>
public sealed class VersionAction : SynchronousCommandLineAction
{
    public static string Version { get; } =
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(VersionAction).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return ExitCodes.Success;
    }
}
