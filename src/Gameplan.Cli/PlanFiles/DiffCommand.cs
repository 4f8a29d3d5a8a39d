using System.CommandLine;
using System.Text.Json.Nodes;
using Gameplan.Cli.Critique;
using Gameplan.Core.PlanFiles;
using Gameplan.Domain.Versions;

namespace Gameplan.Cli.PlanFiles;

/// <summary>
/// <c>gameplan diff OLD.yaml NEW.yaml [--format text|json]</c>: what changed between two versions of a plan file
/// (plans kept under version control), element by element, matched by id: added, removed, changed fields
/// (old -> new) and moved tactics. Exit 0 when they are the same, 1 when they differ, 2 when either file
/// cannot be read (places on stderr as <c>FILE:line:column: message</c>).
/// </summary>
public static class DiffCommand
{
    public static Command Create(CliContext cli)
    {
        var older = new Argument<string>("OLD.yaml") { Description = "The earlier version of the plan file." };
        var newer = new Argument<string>("NEW.yaml") { Description = "The later version." };
        var format = PlanFileInput.Format("text: one line per change with its fields; json: {changes, summary}.");
        var command = new Command("diff", "Compare two versions of a plan file: added, removed, changed and moved elements, matched by id.") { older, newer, format };
        command.SetCliAction(cli, async (parse, ct) =>
        {
            var (oldPath, newPath) = (parse.GetValue(older)!, parse.GetValue(newer)!);
            var oldRead = PlanFileReader.Read(await PlanFileInput.ReadAsync(oldPath, ct));
            var newRead = PlanFileReader.Read(await PlanFileInput.ReadAsync(newPath, ct));
            if (oldRead.HasErrors || newRead.HasErrors)
            {
                // A value that could not be read would show as a change that is not one: no comparison at all.
                PlanFileInput.Unreadable(cli, oldPath, oldRead.Errors);
                return PlanFileInput.Unreadable(cli, newPath, newRead.Errors);
            }
            var diff = PlanDiff.Compare(PlanFileTree.From(oldRead.Plan!), PlanFileTree.From(newRead.Plan!));
            if (parse.GetValue(format) == "json")
            {
                cli.Output.WriteLine(Json(diff).ToJsonString());
            }
            else
            {
                WriteText(cli, diff);
            }
            return diff.Same ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    /// <summary>The contract's JSON: <c>{"changes": [{"path", "change", "fields": [{"field", "old", "new"}]}], "summary": {...}}</c>.</summary>
    public static JsonObject Json(PlanDiffResult diff)
    {
        var changes = new JsonArray();
        foreach (var change in diff.Changes)
        {
            var fields = new JsonArray();
            foreach (var field in change.Fields)
            {
                fields.Add(new JsonObject { ["field"] = field.Field, ["old"] = field.Old, ["new"] = field.New });
            }
            changes.Add(new JsonObject { ["path"] = change.Path, ["change"] = Name(change.Change), ["fields"] = fields });
        }
        return new JsonObject
        {
            ["changes"] = changes,
            ["summary"] = new JsonObject
            {
                ["added"] = diff.Summary.Added,
                ["removed"] = diff.Summary.Removed,
                ["changed"] = diff.Summary.Changed,
                ["moved"] = diff.Summary.Moved,
            },
        };
    }

    private static void WriteText(CliContext cli, PlanDiffResult diff)
    {
        if (diff.Same)
        {
            cli.WriteLine($"The plans are the same.");
            return;
        }
        foreach (var change in diff.Changes)
        {
            var (mark, colour) = change.Change switch
            {
                PlanChangeKind.Added => ("+", "green"),
                PlanChangeKind.Removed => ("-", "red"),
                PlanChangeKind.Moved => (">", "blue"),
                _ => ("~", "yellow"),
            };
            cli.WriteLine($"[{colour}]{mark} {Name(change.Change),-7}[/] {change.Path}");
            foreach (var field in change.Fields)
            {
                cli.WriteLine($"            {field.Field}: {field.Old ?? "(none)"} -> {field.New ?? "(none)"}");
            }
        }
        var s = diff.Summary;
        cli.WriteLine($"{s.Total} changes: {s.Added} added, {s.Removed} removed, {s.Changed} changed, {s.Moved} moved");
    }

    private static string Name(PlanChangeKind change) => change.ToString().ToLowerInvariant();
}
