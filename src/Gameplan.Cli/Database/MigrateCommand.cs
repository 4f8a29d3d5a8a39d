using System.CommandLine;
using Gameplan.Core.Data;

namespace Gameplan.Cli.Database;

/// <summary><c>gameplan migrate</c>: creates or upgrades the database schema.</summary>
public static class MigrateCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("migrate", "Create the database or upgrade it to the current schema.");
        command.SetCliAction(cli, (parse, ct) => RunAsync(cli, parse, ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, ParseResult parse, CancellationToken ct)
    {
        await using var db = cli.Database.Open(parse);
        if (await MigrateAsync(cli, db, ct) == 0)
        {
            cli.WriteLine($"Database is up to date.");
        }
        cli.WriteLine($"[grey]Database:[/] {cli.Database.Settings(parse).Describe()}");
        return ExitCodes.Success;
    }

    /// <summary>Applies and reports pending migrations; shared with the commands that migrate before they write (seed, import).</summary>
    public static async Task<int> MigrateAsync(CliContext cli, GameplanDbContext db, CancellationToken ct)
    {
        var applied = await GameplanDatabase.MigrateAsync(db, ct);
        foreach (var migration in applied)
        {
            cli.WriteLine($"[green]Applied[/] {migration}");
        }
        return applied.Count;
    }
}
