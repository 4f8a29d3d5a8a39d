using System.Text.Json;
using Gameplan.Core.PlanFiles;
using Gameplan.Core.Templates;

namespace Gameplan.Cli.Tests.PlanFiles;

public sealed class TemplateCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gameplan-templates-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Templates_lists_every_template_with_its_scope_and_title_and_as_json()
    {
        var text = await Cli.RunAsync("templates");
        var json = await Cli.RunAsync("templates", "--format", "json");

        Assert.Equal(ExitCodes.Success, text.ExitCode);
        Assert.Equal(PlanTemplates.BuiltIn.Count, text.OutputLines.Length);
        Assert.Matches(@"^rep-territory +person +A rep's territory plan$", text.OutputLines[0]);
        var list = JsonDocument.Parse(json.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal(PlanTemplates.BuiltIn.Select(t => t.Name), list.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(["name", "title", "description", "scope", "fits", "source"], list[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task New_writes_a_filled_plan_file_that_lint_accepts_and_says_how_much_is_left_to_write()
    {
        var path = Path.Combine(_folder, "ana.yaml");

        var result = await Cli.RunAsync("new", "--template", "rep-territory", "--person", "ana", "--team", "Mid-Market East", "--period", "2027-04-01..2028-03-31", "-o", path);
        var lint = await Cli.RunAsync("lint", path, "--today", "2026-12-01");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var todo = File.ReadAllLines(path).Count(l => l.Contains("TODO", StringComparison.Ordinal) && !l.TrimStart().StartsWith('#'));
        Assert.Equal([$"Wrote {path} from 'A rep's territory plan': fill in the {todo} places marked TODO, then `gameplan lint {path}`."], result.OutputLines);
        var plan = PlanFileReader.Read(File.ReadAllText(path)).Plan!.Plan;
        Assert.Equal(("ana", "Mid-Market East", new DateOnly(2027, 4, 1)), (plan.Owner, plan.Team, plan.Period!.Start!.Value));
        Assert.Equal(ExitCodes.Success, lint.ExitCode);
    }

    [Fact]
    public async Task New_without_a_file_prints_the_plan_file_with_its_guidance()
    {
        var result = await Cli.RunAsync("new", "--template", "student-career", "--person", "sam");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.StartsWith("# A student's career plan", result.Output);
        Assert.Equal("sam", PlanFileReader.Read(result.Output).Plan!.Plan.Owner);
    }

    [Fact]
    public async Task New_with_a_parent_fills_what_the_plan_carries_out_and_lint_still_accepts_it()
    {
        var path = Path.Combine(_folder, "team.yaml");

        var result = await Cli.RunAsync("new", "--template", "team-plan", "--person", "maria", "--parent-plan", "FY2027 Sales Plan", "--parent-strategy", "s2", "-o", path);
        var lint = await Cli.RunAsync("lint", path, "--today", "2026-09-01");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(new PlanFileParent("FY2027 Sales Plan", "s2"), PlanFileReader.Read(File.ReadAllText(path)).Plan!.Plan.Parent);
        Assert.Equal(ExitCodes.Success, lint.ExitCode);
    }

    [Fact]
    public async Task A_parent_strategy_without_a_parent_plan_is_a_usage_error()
    {
        var result = await Cli.RunAsync("new", "--template", "team-plan", "--parent-strategy", "s2");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--parent-strategy needs --parent-plan", result.Error);
    }

    [Fact]
    public async Task A_bad_period_is_a_usage_error_and_an_unknown_template_names_the_ones_there_are()
    {
        var period = await Cli.RunAsync("new", "--template", "rep-territory", "--period", "2027");
        var unknown = await Cli.RunAsync("new", "--template", "quota-magic");

        Assert.Equal(ExitCodes.Usage, period.ExitCode);
        Assert.Contains("--period '2027' is not START..END", period.Error);
        Assert.Equal(ExitCodes.Failure, unknown.ExitCode);
        Assert.Contains("There is no template 'quota-magic'; there are: rep-territory, team-plan", unknown.Error);
    }
}
