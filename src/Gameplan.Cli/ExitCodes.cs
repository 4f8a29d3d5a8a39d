namespace Gameplan.Cli;

/// <summary>
/// The process exit codes of every command, shared with the <c>lint</c> contract in
/// PLAN-FORMAT.md so that scripts can tell "the input is wrong" from "the work failed".
/// </summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran but failed: a rule was broken, a record is missing, the database refused.</summary>
    public const int Failure = 1;

    /// <summary>The command could not read its input: unknown command or option, a missing required choice.</summary>
    public const int Usage = 2;
}
