using System.CommandLine;
using System.Globalization;
using Gameplan.Core.Organizations;
using Gameplan.Domain;

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

    /// <summary>The day given with <c>--today</c>, or today in UTC (a plan file belongs to no organisation and so has no time zone).</summary>
    public static DateOnly Day(string? text, CliContext cli) => ParseToday(text) ?? OrganizationClock.TodayWithoutOrganization(cli.Clock);

    /// <summary>The day given with <c>--today</c>, null without one; a usage error unless it is a date the plans can be about.</summary>
    public static DateOnly? ParseToday(string? text) =>
        text is null ? null
        : !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? throw new UsageException($"--today '{text}' is not a YYYY-MM-DD date.")
        : PlanCalendar.Contains(day) ? day
        : throw new UsageException($"--today: {PlanCalendar.OutOfRange("day", day)}");

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
