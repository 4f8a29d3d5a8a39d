using Gameplan.Core.Activities.Import;
using Spectre.Console;

namespace Gameplan.Cli.Activities;

/// <summary>A progress bar on stderr (bytes read of the file's size), only when stderr is a terminal: logs and pipes stay clean.</summary>
internal static class ImportProgressBar
{
    public static bool IsInteractive(CliContext cli) =>
        ReferenceEquals(cli.Error, Console.Error) && !Console.IsErrorRedirected && string.IsNullOrEmpty(cli.GetEnvironmentVariable("NO_COLOR"));

    public static async Task<T> RunAsync<T>(CliContext cli, string name, Func<IProgress<ActivityImportProgress>, Task<T>> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(name), maxValue: 1);
                return await work(new Reporter(task, name));
            });
    }

    // Called on the importing thread; Spectre's task is safe to update from there.
    private sealed class Reporter(ProgressTask task, string name) : IProgress<ActivityImportProgress>
    {
        public void Report(ActivityImportProgress value)
        {
            if (value.Storing)
            {
                // Read to the end; the database finishes the write (indexes, totals, commit).
                task.Description = Markup.Escape(name) + " [dim]storing[/]";
                task.IsIndeterminate = true;
                return;
            }
            if (value.TotalBytes is { } total && total > 0)
            {
                task.MaxValue = total;
            }
            task.Value = value.BytesRead;
        }
    }
}
