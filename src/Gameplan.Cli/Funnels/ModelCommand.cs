using System.CommandLine;
using Gameplan.Cli.Critique;
using Gameplan.Cli.Pace;
using Gameplan.Core.Funnels;
using Gameplan.Core.PlanFiles;
using Gameplan.Domain;

namespace Gameplan.Cli.Funnels;

/// <summary>
/// <c>gameplan model PLAN.yaml [--activities FILE.csv] [--today YYYY-MM-DD] [--format text|json] [--set KEY=VALUE ...]</c>:
/// the plan file's goals run back through its funnel (PLAN-FORMAT.md, "Funnel maths"): the deals and the volume each
/// stage requires in the activity window, per person and working day, against what the commitments give; with
/// activities, the measured rates and each goal's projection. Exit 0 when modelled (or when there is no funnel),
/// 1 when the funnel or a goal cannot be modelled (each error naming its field), 2 when the file cannot be read or
/// an argument is wrong (a <c>--set</c> is named).
/// </summary>
public static class ModelCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("PLAN.yaml") { Description = "The plan file, with a funnel section." };
        var format = PlanFileInput.Format("text: a readable model with its formulas; json: {goals: [{id, remaining, deals, window, stages}]}.");
        var today = PlanFileInput.Today("The day the activity window starts (YYYY-MM-DD); default: today.");
        var activities = ActivityFileOption.Create();
        activities.Description = "Activity log as CSV: date, person (handle), metric, quantity[, tactic]; adds the measured rates and each goal's projection.";
        var set = new Option<string[]>("--set")
        {
            Description = "A what-if, repeatable: STAGE.rate=0.35, deal_value=30000, cycle_days=45 or people=8.",
            HelpName = "KEY=VALUE",
        };
        var command = new Command("model", "Reverse a plan file's goals through its funnel: the activity each stage requires, per person and working day, against the commitments.")
        {
            file, format, today, activities, set,
        };
        command.SetCliAction(cli, async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            var day = PlanFileInput.Day(parse.GetValue(today), cli);
            var read = PlanFileReader.Read(await PlanFileInput.ReadAsync(path, ct));
            if (read.HasErrors)
            {
                // A value that could not be read (a rate of "ten percent") would be modelled as missing: no model at all.
                return PlanFileInput.Unreadable(cli, path, read.Problems.Where(problem => problem.IsError));
            }
            foreach (var warning in read.Warnings)
            {
                cli.WriteProblem($"{path}:{warning}");
            }
            var facts = await ActivityFileOption.ReadAsync(cli, parse.GetValue(activities), day, ct);
            PlanFileFunnelReport report;
            try
            {
                report = PlanFileFunnelModel.Model(read.Plan!, day, parse.GetValue(set) ?? [], facts);
            }
            catch (DomainRuleException e)
            {
                throw new UsageException(e.Field is null or "set" ? $"--set: {e.Message}" : $"--set {e.Field}: {e.Message}");
            }
            if (parse.GetValue(format) == "json")
            {
                cli.Output.WriteLine(FunnelModelJson.Of(report).ToJsonString());
            }
            else if (!report.HasFunnel)
            {
                cli.WriteLine($"{path} has no funnel section: nothing to model. Add one (see docs/plan-files.md, \"The funnel\").");
            }
            else
            {
                FunnelModelText.Write(cli, report);
            }
            return report.HasErrors ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }
}
