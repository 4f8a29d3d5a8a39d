namespace Gameplan.Cli.Accounts;

/// <summary>
/// Where a new account's password comes from: standard input (<c>--password-stdin</c>) or
/// <c>GAMEPLAN_PASSWORD</c>. Never an option's value, which would stay in shell history and be
/// visible to other users in the process list; never a prompt, which CI cannot answer.
/// </summary>
public static class PasswordInput
{
    public const string EnvironmentVariable = "GAMEPLAN_PASSWORD";

    public static string Read(CliContext cli, bool fromStdin)
    {
        if (fromStdin)
        {
            // One line ending is what echo and a here-string add; anything else belongs to the password.
            var text = cli.Input.ReadToEnd();
            text = text.EndsWith("\r\n", StringComparison.Ordinal) ? text[..^2] : text.EndsWith('\n') ? text[..^1] : text;
            return text.Length > 0
                ? text
                : throw new UsageException("--password-stdin found no password on standard input; pipe it in, e.g. 'gameplan user add ... --password-stdin < password.txt'.");
        }
        var variable = cli.GetEnvironmentVariable(EnvironmentVariable);
        return !string.IsNullOrEmpty(variable)
            ? variable
            : throw new UsageException($"give the password on standard input with --password-stdin, or in {EnvironmentVariable}; it is never an option, to keep it out of shell history.");
    }
}
