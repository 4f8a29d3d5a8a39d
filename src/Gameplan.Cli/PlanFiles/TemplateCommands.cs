using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Gameplan.Cli.Critique;
using Gameplan.Core.Organizations;
using Gameplan.Core.Templates;

namespace Gameplan.Cli.PlanFiles;

/// <summary>
/// <c>gameplan templates [--format text|json]</c> lists the plan templates; <c>gameplan new --template NAME [--person H]
/// [--team T] [--period START..END] [--parent-plan P [--parent-strategy S]] [-o FILE]</c> writes a plan file from one, filled in, guidance kept as comments
/// and what is left to write marked TODO.
/// </summary>
public static class TemplateCommands
{
    public static Command List(CliContext cli)
    {
        var format = PlanFileInput.Format("text: name, scope and title per line; json: one object per template.");
        var command = new Command("templates", "The plan templates `gameplan new --template NAME` starts from.") { format };
        command.SetCliAction(cli, (parse, _) =>
        {
            if (parse.GetValue(format) == "json")
            {
                var list = new JsonArray();
                foreach (var t in PlanTemplates.BuiltIn)
                {
                    list.Add(new JsonObject
                    {
                        ["name"] = t.Name,
                        ["title"] = t.Title,
                        ["description"] = t.Description,
                        ["scope"] = t.Scope,
                        ["fits"] = new JsonArray([.. t.Fits.Select(f => JsonValue.Create(f))]),
                        ["source"] = "built-in",
                    });
                }
                cli.Output.WriteLine(list.ToJsonString());
                return Task.FromResult(ExitCodes.Success);
            }
            var width = PlanTemplates.BuiltIn.Max(t => t.Name.Length);
            foreach (var t in PlanTemplates.BuiltIn)
            {
                cli.WriteLine($"{t.Name.PadRight(width)}  {t.Scope,-12}  {t.Title}");
            }
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    public static Command New(CliContext cli)
    {
        var template = new Option<string>("--template") { Description = "The template's name (see `gameplan templates`).", Required = true, HelpName = "name" };
        var person = new Option<string?>("--person") { Description = "The handle of the person the plan is for (owner, DRI); default: 'you', marked to replace.", HelpName = "handle" };
        var team = new Option<string?>("--team") { Description = "The team's name; default: 'Your team'.", HelpName = "name" };
        var period = new Option<string?>("--period") { Description = "The plan period, both days inclusive; default: next calendar year.", HelpName = "START..END" };
        var parentPlan = new Option<string?>("--parent-plan") { Description = "The plan (name or id) the new plan carries out; default: none (parent: ~).", HelpName = "plan" };
        var parentStrategy = new Option<string?>("--parent-strategy") { Description = "The key of the parent plan's strategy it carries out (with --parent-plan).", HelpName = "key" };
        var output = new Option<string?>("--output", "-o") { Description = "The file to write; without it, the plan file goes to standard output.", HelpName = "file" };
        var command = new Command("new", "Start a plan file from a template, filled in for a person, a team and a period.") { template, person, team, period, parentPlan, parentStrategy, output };
        command.SetCliAction(cli, (parse, _) =>
        {
            var (start, end) = Period(parse.GetValue(period));
            if (parse.GetValue(parentStrategy) is not null && parse.GetValue(parentPlan) is null)
            {
                throw new UsageException("--parent-strategy needs --parent-plan: name the plan the strategy belongs to.");
            }
            var chosen = PlanTemplates.Find(parse.GetValue(template)!);
            var values = new TemplateValues
            {
                Person = parse.GetValue(person),
                Team = parse.GetValue(team),
                Start = start,
                End = end,
                ParentPlan = parse.GetValue(parentPlan),
                ParentStrategy = parse.GetValue(parentStrategy),
            };
            var yaml = PlanTemplates.Fill(chosen, values, OrganizationClock.TodayWithoutOrganization(cli.Clock));
            if (parse.GetValue(output) is not { } path)
            {
                cli.Output.Write(yaml);
                return Task.FromResult(ExitCodes.Success);
            }
            PlanFileText.Write(path, yaml);
            var todo = yaml.Split('\n').Count(line => line.Contains("TODO", StringComparison.Ordinal) && !line.TrimStart().StartsWith('#'));
            cli.WriteLine($"[green]Wrote[/] {path} from '{chosen.Title}': fill in the {todo} places marked TODO, then `gameplan lint {path}`.");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary><c>START..END</c> as two dates; a usage error naming the option otherwise.</summary>
    private static (DateOnly? Start, DateOnly? End) Period(string? text)
    {
        if (text is null)
        {
            return (null, null);
        }
        var parts = text.Split("..", StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !TryDate(parts[0], out var start) || !TryDate(parts[1], out var end))
        {
            throw new UsageException($"--period '{text}' is not START..END with two YYYY-MM-DD dates (e.g. 2027-01-01..2027-12-31).");
        }
        return (start, end);
    }

    private static bool TryDate(string text, out DateOnly day) => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
