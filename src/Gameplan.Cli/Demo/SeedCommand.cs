using System.CommandLine;
using Gameplan.Cli.Database;
using Gameplan.Core.Demo;

namespace Gameplan.Cli.Demo;

/// <summary><c>gameplan seed --demo</c>: adds the demo organisation so a newcomer sees a real plan.</summary>
public static class SeedCommand
{
    public static Command Create(CliContext cli)
    {
        // An explicit flag, because seeding is the only thing this command does today and later
        // seed sources (a file, a generated data set) should not change what a bare "seed" means.
        var demo = new Option<bool>("--demo") { Description = "Add the demo organisation with its team and sales plan." };
        var command = new Command("seed", "Add sample data to the database (migrating it first).") { demo };
        command.SetCliAction(cli, (parse, ct) => RunAsync(cli, parse, parse.GetValue(demo), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, ParseResult parse, bool demo, CancellationToken ct)
    {
        if (!demo)
        {
            throw new UsageException("say what to seed: use 'gameplan seed --demo' to add the demo organisation.");
        }
        await using var db = cli.Database.Open(parse);
        await MigrateCommand.MigrateAsync(cli, db, ct);
        var (id, created) = await new DemoOrganization(db, cli.Clock).SeedAsync(ct);
        if (created)
        {
            cli.WriteLine($"[green]Seeded[/] the demo organisation '{DemoOrganization.Name}' (id {id}).");
        }
        else
        {
            cli.WriteLine($"The demo organisation '{DemoOrganization.Name}' is already present (id {id}).");
        }
        cli.WriteLine($"[grey]Database:[/] {cli.Database.Settings(parse).Describe()}");
        return ExitCodes.Success;
    }
}
