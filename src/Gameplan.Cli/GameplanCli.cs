using System.CommandLine;
using System.CommandLine.Invocation;
using Gameplan.Cli.Accounts;
using Gameplan.Cli.Critique;
using Gameplan.Cli.Database;
using Gameplan.Cli.Demo;
using Gameplan.Cli.Plans;

namespace Gameplan.Cli;

/// <summary>The <c>gameplan</c> command tree: one line per command, like a table of contents.</summary>
public static class GameplanCli
{
    public static RootCommand Build(CliContext cli)
    {
        var root = new RootCommand("Gameplan: write, check and track sales plans from the command line.")
        {
            HelpName = "gameplan",
        };
        root.Options.Add(cli.Database.Option);
        root.Options.Add(cli.Server.ServerOption);
        root.Options.Add(cli.Server.TokenOption);
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new VersionAction();
        }

        root.Add(MigrateCommand.Create(cli));
        root.Add(BackupCommands.Backup(cli));
        root.Add(BackupCommands.Restore(cli));
        root.Add(SeedCommand.Create(cli));
        root.Add(new Command("user", "Accounts to sign in with.") { UserAddCommand.Create(cli) });
        root.Add(new Command("plans", "Read plans from a server (--server) or the database.") { PlansListCommand.Create(cli) });
        root.Add(LintCommand.Create(cli));
        root.Add(ClassifyCommand.Create(cli));
        root.Add(Pace.PaceCommand.Create(cli));
        root.Add(Funnels.ModelCommand.Create(cli));
        root.Add(Alignment.AlignmentCommand.Create(cli));
        root.Add(PlanFiles.PlanFileCommands.Import(cli));
        root.Add(PlanFiles.PlanFileCommands.Export(cli));
        root.Add(PlanFiles.DiffCommand.Create(cli));
        root.Add(PlanFiles.TemplateCommands.List(cli));
        root.Add(PlanFiles.TemplateCommands.New(cli));
        root.Add(Activities.MappingsCommand.Create(cli));
        var organization = new Command("organization", "The organisation's settings and single sign-on; the installation's organisations (create, list, suspend, resume, delete).")
        {
            Organizations.OrganizationSettingsCommand.Create(cli),
            Organizations.SingleSignOnCommand.Create(cli),
        };
        foreach (var command in Organizations.OrganizationAdminCommands.Create(cli))
        {
            organization.Add(command);
        }
        root.Add(organization);
        root.Add(SystemAdminCommand.Create(cli));
        return root;
    }

    public static async Task<int> RunAsync(CliContext cli, string[] args, CancellationToken ct = default)
    {
        var parse = Build(cli).Parse(args);
        var exitCode = await parse.InvokeAsync(new InvocationConfiguration { Output = cli.Output, Error = cli.Error }, ct);
        // System.CommandLine reports every parse error with 1; here 1 means "ran and failed".
        return parse.Action is ParseErrorAction ? ExitCodes.Usage : exitCode;
    }
}
