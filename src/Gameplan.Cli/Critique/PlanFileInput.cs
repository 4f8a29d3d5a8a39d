using System.CommandLine;
using System.Globalization;

namespace Gameplan.Cli.Critique;

/// <summary>The options and reading that <c>lint</c> and <c>pace</c> share: a plan file, <c>--format</c> and <c>--today</c>.</summary>
internal static class PlanFileInput
{
    public static Option<string> Format(string description)
    {
        var format = new Option<string>("--format") { Description = description, DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        return format;
    }

    public static Option<string?> Today(string description) => new("--today") { Description = description, HelpName = "YYYY-MM-DD" };

    /// <summary>The day given with <c>--today</c>, or today by the clock.</summary>
    public static DateOnly Day(string? text, CliContext cli) =>
        text is null ? DateOnly.FromDateTime(cli.Clock.GetUtcNow().UtcDateTime)
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw new UsageException($"--today '{text}' is not a YYYY-MM-DD date.");

    /// <summary>The file's text; a file that cannot be read is a usage error (exit 2) naming it.</summary>
    public static async Task<string> ReadAsync(string path, CancellationToken ct)
    {
        try
        {
            return await File.ReadAllTextAsync(path, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{path}: {e.Message}");
        }
    }

    /// <summary>Reports why a plan file could not be read, as <c>FILE:line:column: message</c> lines on stderr; exit 2.</summary>
    public static int Unreadable(CliContext cli, string path, IEnumerable<Gameplan.Core.PlanFiles.PlanFileProblem> problems)
    {
        foreach (var problem in problems)
        {
            cli.WriteProblem($"{path}:{problem}");
        }
        return ExitCodes.Usage;
    }
}
