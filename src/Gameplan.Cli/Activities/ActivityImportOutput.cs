using Gameplan.Core.Activities.Import;

namespace Gameplan.Cli.Activities;

/// <summary>
/// What <c>import activities</c> prints: with <c>--format json</c> only the summary on stdout (also
/// for an unreadable file, with its one problem); as text, problems on stderr in the compiler's
/// <c>FILE:line: column: reason</c> form, so editors and CI annotate the line, and one summary line.
/// </summary>
internal sealed class ActivityImportOutput(CliContext cli, string path, bool json)
{
    public void Unreadable(ActivityImportError problem)
    {
        if (json)
        {
            cli.Output.WriteLine(ActivityImportJson.Write(new ActivityImportSummary(0, 0, [problem])));
        }
        cli.WriteError($"{path}:{problem}");
    }

    public void Summary(ActivityImportSummary summary, string organization, bool skipInvalid)
    {
        if (json)
        {
            cli.Output.WriteLine(ActivityImportJson.Write(summary));
            return;
        }
        foreach (var problem in summary.Invalid)
        {
            cli.WriteProblem($"{path}:{problem}");
        }
        var unlisted = summary.InvalidRows - summary.Invalid.Select(p => p.Line).Distinct().Count();
        if (unlisted > 0)
        {
            cli.WriteProblem($"{path}: {unlisted} more invalid rows are not listed.");
        }
        var ignored = summary.Ignored > 0 ? $", {summary.Ignored} ignored by the mapping" : "";
        if (summary.InvalidRows > 0 && !skipInvalid)
        {
            cli.WriteLine($"[red]Nothing imported:[/] {summary.InvalidRows} of {summary.Rows} rows are invalid{ignored}. Fix them, or import the valid rows with --skip-invalid.");
            return;
        }
        var skipped = summary.InvalidRows > 0 ? $", {summary.InvalidRows} invalid rows skipped" : "";
        if (summary.Imported == 0)
        {
            // Zero stored is never shown in a success's green: the counts in brackets say why.
            cli.WriteLine($"[yellow]Nothing imported[/] into '{organization}' ({summary.Duplicates} already there{skipped}{ignored}).");
            return;
        }
        cli.WriteLine($"[green]Imported[/] {summary.Imported} activities into '{organization}' ({summary.Duplicates} already there{skipped}{ignored}).");
    }
}
