using System.CommandLine;
using Gameplan.Cli.Critique;
using Gameplan.Cli.Organizations;
using Gameplan.Core.Activities.Import;

namespace Gameplan.Cli.Activities;

/// <summary>
/// <c>gameplan import activities FILE.csv [--mapping NAME|FILE] [--skip-invalid] [--format text|json] [--today YYYY-MM-DD]</c>:
/// a CSV of activities into the database, all or nothing unless <c>--skip-invalid</c>. Exit 0 when
/// every row is valid (or the invalid ones were skipped on request), 1 when invalid rows stopped
/// the import, 2 when the file (or the mapping) cannot be read.
/// </summary>
public static class ActivityImportCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("FILE.csv") { Description = "The activities: date, person, metric, quantity (+ external_id, note), or any columns with --mapping." };
        var mapping = new Option<string?>("--mapping")
        {
            Description = "A saved mapping's name (gameplan mappings list), or a mapping file (JSON), for a CRM export's columns.",
            HelpName = "NAME|FILE",
        };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Import the valid rows and report the others, instead of importing nothing." };
        var format = new Option<string>("--format")
        {
            Description = "text: a summary, problems on stderr as FILE:line: column: reason; json: {\"imported\", \"duplicates\", \"invalid\": [{\"line\", \"column\", \"reason\"}], ...}.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var today = new Option<string?>("--today") { Description = "Rows dated after this day are invalid (YYYY-MM-DD); default: today.", HelpName = "YYYY-MM-DD" };
        var organization = new Option<string?>("--organization") { Description = "The organisation to import into, when the database holds several.", HelpName = "name" };
        var command = new Command("activities", "Import activities from a CSV file (one transaction; re-importing the same file adds nothing).")
        {
            file, mapping, skipInvalid, format, today, organization,
        };
        command.SetCliAction(cli, (parse, ct) => RunAsync(cli, parse, new Request(
            parse.GetValue(file)!, parse.GetValue(mapping), parse.GetValue(skipInvalid), parse.GetValue(format) == "json",
            PlanFileInput.ParseToday(parse.GetValue(today)), parse.GetValue(organization)), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, ParseResult parse, Request request, CancellationToken ct)
    {
        var output = new ActivityImportOutput(cli, request.Path, request.Json);
        FileStream csv;
        try
        {
            csv = new FileStream(request.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan | FileOptions.Asynchronous);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            cli.WriteError($"cannot read {request.Path}: {e.Message}");
            return ExitCodes.Usage;
        }
        await using (csv)
        {
            await using var db = await cli.Database.OpenExistingAsync(parse, ct);
            var (_, into) = await OrganizationChoice.ScopeAsync(db, request.Organization, ct);
            var mapping = await MappingOption.LoadAsync(db, request.Mapping, ct);
            var options = new ActivityImportOptions
            {
                Mapping = mapping,
                SkipInvalid = request.SkipInvalid,
                Today = request.Today,
                TotalBytes = csv.Length,
            };
            var import = new ActivityImportCommands(db, cli.Clock);
            ActivityImportSummary summary;
            try
            {
                summary = request.Json || !ImportProgressBar.IsInteractive(cli)
                    ? await import.ImportCsvAsync(csv, options, null, ct)
                    : await ImportProgressBar.RunAsync(cli, Path.GetFileName(request.Path), progress => import.ImportCsvAsync(csv, options, progress, ct));
            }
            catch (ActivityFileException e)
            {
                output.Unreadable(e.Problem);
                return ExitCodes.Usage;
            }
            output.Summary(summary, into, request.SkipInvalid);
            return summary.InvalidRows > 0 && !request.SkipInvalid ? ExitCodes.Failure : ExitCodes.Success;
        }
    }

    private sealed record Request(string Path, string? Mapping, bool SkipInvalid, bool Json, DateOnly? Today, string? Organization);
}
