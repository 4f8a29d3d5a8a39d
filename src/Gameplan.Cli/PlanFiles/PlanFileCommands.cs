using System.CommandLine;

namespace Gameplan.Cli.PlanFiles;

/// <summary>The <c>import</c> and <c>export</c> verbs; plans are their first noun.</summary>
public static class PlanFileCommands
{
    public static Command Import(CliContext cli) => new("import", "Import data from files.") { PlanImportCommand.Create(cli) };

    public static Command Export(CliContext cli) => new("export", "Export data to files.") { PlanExportCommand.Create(cli) };
}
