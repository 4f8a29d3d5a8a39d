using System.CommandLine;
using Gameplan.Core.Activities.Import;
using Gameplan.Domain.Critique;

namespace Gameplan.Cli.Pace;

/// <summary>
/// <c>--activities FILE.csv</c> of <c>lint</c> and <c>pace</c>: the generic activity columns
/// (<c>date, person, metric, quantity</c>, optional <c>tactic</c>), read offline. A file with an
/// invalid row is refused (exit 2, every problem on stderr as <c>FILE:line: column: reason</c>):
/// pace computed from part of the file would be silently wrong.
/// </summary>
internal static class ActivityFileOption
{
    public static Option<string?> Create() => new("--activities")
    {
        Description = "Activity log as CSV: date, person (handle), metric, quantity[, tactic]; enables the pace rules GP501 and GP502.",
        HelpName = "FILE.csv",
    };

    /// <summary>The facts in <paramref name="path"/>; null when no file was given.</summary>
    public static async Task<ActivityFacts?> ReadAsync(CliContext cli, string? path, DateOnly today, CancellationToken ct)
    {
        if (path is null)
        {
            return null;
        }
        ActivityFactsRead read;
        try
        {
            await using var csv = File.OpenRead(path);
            // Days after --today are not refused: a plan judged on an earlier day simply does not count them.
            read = await ActivityCsvFacts.ReadAsync(csv, today: null, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{path}: {e.Message}");
        }
        catch (ActivityFileException e)
        {
            throw new UsageException($"{path}:{e.Problem}");
        }
        if (read.Invalid.Count == 0)
        {
            return read.Facts;
        }
        foreach (var problem in read.Invalid)
        {
            cli.WriteProblem($"{path}:{problem}");
        }
        throw new UsageException($"{path}: {read.InvalidRows} invalid row(s); correct them and run again.");
    }
}
