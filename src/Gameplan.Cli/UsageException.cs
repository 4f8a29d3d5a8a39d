namespace Gameplan.Cli;

/// <summary>The command line asked for something that cannot be done as written (exit 2).</summary>
public sealed class UsageException(string message) : Exception(message);
