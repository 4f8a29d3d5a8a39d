using System.Text.Json;
using Gameplan.Core.Tests.PlanFiles;

namespace Gameplan.Cli.Tests.PlanFiles;

public sealed class DiffCommandTests : IDisposable
{
    private const string T2Due = "owner: ben\n          authors: [ben]\n          start: 2027-01-04\n          due: 2027-03-31";

    private readonly string _folder = Directory.CreateTempSubdirectory("gameplan-diff-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Order_number_spelling_and_set_order_alone_are_no_change_and_exit_zero()
    {
        var reordered = Edit(PlanFileSamples.Clinic,
            ("target: 80\n", "target: 80.0\n"),
            ("authors: [ana, ben]", "authors: [ben, ana]"),
            ("  - { handle: ana, name: Ana Silva, role: rep, team: Mid-Market East, capacity_hours_per_week: 40 }\n  - { handle: ben, name: Ben Okafor, role: rep, team: Mid-Market East, capacity_hours_per_week: 40 }\n",
             "  - { handle: ben, name: Ben Okafor, role: rep, team: Mid-Market East, capacity_hours_per_week: 40 }\n  - { handle: ana, name: Ana Silva, role: rep, team: Mid-Market East, capacity_hours_per_week: 40 }\n"));

        var result = await Cli.RunAsync("diff", File("old.yaml", PlanFileSamples.Clinic), File("new.yaml", reordered));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(["The plans are the same."], result.OutputLines);
    }

    [Fact]
    public async Task A_changed_field_and_a_removed_review_are_listed_in_the_contract_json_and_exit_one()
    {
        var newer = Edit(PlanFileSamples.Clinic,
            (T2Due, T2Due.Replace("2027-03-31", "2027-04-30", StringComparison.Ordinal)),
            ("  - { kind: strategic, date: 2027-03-31, held: false }\n", ""));

        var result = await Cli.RunAsync("diff", File("old.yaml", PlanFileSamples.Clinic), File("new.yaml", newer), "--format", "json");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        var json = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(["changes", "summary"], json.EnumerateObject().Select(p => p.Name));
        var changes = json.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(["path", "change", "fields"], changes[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(("strategies[s2].tactics[t2]", "changed"), (changes[0].GetProperty("path").GetString(), changes[0].GetProperty("change").GetString()));
        var field = Assert.Single(changes[0].GetProperty("fields").EnumerateArray());
        Assert.Equal(("due", "2027-03-31", "2027-04-30"), (field.GetProperty("field").GetString(), field.GetProperty("old").GetString(), field.GetProperty("new").GetString()));
        Assert.Equal(("reviews[strategic 2027-03-31]", "removed", 0), (changes[1].GetProperty("path").GetString(), changes[1].GetProperty("change").GetString(), changes[1].GetProperty("fields").GetArrayLength()));
        var summary = json.GetProperty("summary");
        Assert.Equal((0, 1, 1, 0), (summary.GetProperty("added").GetInt32(), summary.GetProperty("removed").GetInt32(), summary.GetProperty("changed").GetInt32(), summary.GetProperty("moved").GetInt32()));
    }

    [Fact]
    public async Task Readable_text_gives_one_line_per_change_with_old_and_new_values_and_the_totals()
    {
        var newer = Edit(PlanFileSamples.Clinic,
            ("target: 80\n", "target: 90\n"),
            ("  strategies:\n", "    - { id: g3, title: Win 10 hospital groups, metric: customers, unit: count, target: 10, due: 2027-12-31, dri: dana }\n  strategies:\n"));

        var result = await Cli.RunAsync("diff", File("old.yaml", PlanFileSamples.Clinic), File("new.yaml", newer));

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Equal([
            "~ changed goals[g1]",
            "target: 80 -> 90",
            "+ added   goals[g3]",
            "2 changes: 1 added, 0 removed, 1 changed, 0 moved",
        ], result.OutputLines);
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_exits_two_naming_its_place()
    {
        var broken = File("broken.yaml", "version: 1\nplan: [unclosed\n");

        var result = await Cli.RunAsync("diff", File("old.yaml", PlanFileSamples.Clinic), broken);
        var missing = await Cli.RunAsync("diff", File("old.yaml", PlanFileSamples.Clinic), Path.Combine(_folder, "nowhere.yaml"));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.StartsWith($"{broken}:", Assert.Single(result.ErrorLines));
        Assert.Equal(ExitCodes.Usage, missing.ExitCode);
        Assert.Contains("nowhere.yaml", missing.Error);
    }

    private static string Edit(string yaml, params (string From, string To)[] edits)
    {
        foreach (var (from, to) in edits)
        {
            Assert.Contains(from, yaml);
            yaml = yaml.Replace(from, to, StringComparison.Ordinal);
        }
        return yaml;
    }

    private string File(string name, string text) => TempFiles.Write(_folder, name, text);
}
