using System.CommandLine;
using Gameplan.Core.Backups;
using Gameplan.Domain;

namespace Gameplan.Cli.Database;

/// <summary>
/// <c>gameplan backup FILE</c> and <c>gameplan restore FILE [--force]</c> on the database of
/// <c>--db</c> (ADR 0045). A backup is consistent while the app runs and never overwrites a file;
/// a restore refuses a database that holds data unless <c>--force</c>. Exit 0 done, 1 refused or
/// failed (the reason said), 2 bad arguments.
/// </summary>
public static class BackupCommands
{
    public static Command Backup(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "The new backup file (never overwritten): a SQLite database; for PostgreSQL a pg_dump archive, or a logical export where pg_dump is not installed." };
        var logical = new Option<bool>("--logical") { Description = "PostgreSQL: write the logical export (every table's rows, gzip) even where pg_dump is installed." };
        var command = new Command("backup", "Take a consistent copy of the database while the app runs.") { file, logical };
        command.SetCliAction(cli, async (parse, ct) =>
        {
            var settings = cli.Database.Settings(parse);
            cli.WriteLine($"[grey]Backing up[/] {settings.Describe()}");
            var result = await Run(() => DatabaseBackup.BackupAsync(settings, parse.GetValue(file)!, parse.GetValue(logical) ? BackupMethod.Logical : BackupMethod.Automatic, ct));
            Report(cli, "Backed up", result);
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Restore(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "A file written by 'gameplan backup'." };
        var force = new Option<bool>("--force") { Description = "Replace a database that already holds data (stop the app first)." };
        var command = new Command("restore", "Put a backup back into the database of --db (refusing one that holds data without --force).") { file, force };
        command.SetCliAction(cli, async (parse, ct) =>
        {
            var settings = cli.Database.Settings(parse);
            var result = await Run(() => DatabaseBackup.RestoreAsync(parse.GetValue(file)!, settings, parse.GetValue(force), ct));
            Report(cli, $"Restored into {settings.Describe()} from", result);
            cli.WriteLine($"[grey]Run 'gameplan migrate' (or start the app) if the backup is from an older version.[/]");
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<BackupResult> Run(Func<Task<BackupResult>> work)
    {
        try
        {
            return await work();
        }
        catch (BackupException e)
        {
            throw new CommandFailedException(e.Message);
        }
    }

    private static void Report(CliContext cli, string verb, BackupResult result)
    {
        var rows = Numbers.Format(result.Tables.Sum(t => t.Rows), 0, grouped: true);
        var bytes = Numbers.Format(result.Bytes, 0, grouped: true);
        cli.WriteLine($"[green]{verb}[/] {result.File} ({bytes} bytes, {result.Method}): {result.Tables.Count} tables, {rows} rows.");
    }
}
