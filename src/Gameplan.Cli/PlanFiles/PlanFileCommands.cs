using System.CommandLine;

namespace Gameplan.Cli.PlanFiles;

/// <summary>The <c>import</c> and <c>export</c> verbs; plans were their first noun, activities the second.</summary>
public static class PlanFileCommands
{
    public static Command Import(CliContext cli) => new("import", "Import data from files.")
    {
        PlanImportCommand.Create(cli),
        OkrImportCommand.Create(cli),
        Activities.ActivityImportCommand.Create(cli),
    };

    public static Command Export(CliContext cli) => new("export", "Export data to files.") { PlanExportCommand.Create(cli) };
}
