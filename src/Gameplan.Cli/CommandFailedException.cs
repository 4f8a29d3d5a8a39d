namespace Gameplan.Cli;

/// <summary>
/// The command ran but could not do its work for a reason the user can fix, outside the domain's
/// rules: an organisation to choose, a server that refused or cannot be reached (exit 1).
/// </summary>
public sealed class CommandFailedException(string message) : Exception(message);
