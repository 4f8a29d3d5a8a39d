using System.Text.Json;
using Gameplan.Core.Tests.PlanFiles;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Cli.Tests.Alignment;

public sealed class AlignmentCommandTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("gameplan-alignment-").FullName;

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_tree_shows_a_team_plan_under_the_demo_strategy_it_carries_out_with_the_coverage()
    {
        var demo = await SeedWithChildAsync();

        var text = await Cli.RunAsync("alignment", "--db", _database.Path);
        var json = await Cli.RunAsync("alignment", "--db", _database.Path, "--format", "json", "--plan", demo.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(ExitCodes.Success, text.ExitCode);
        // One node a line, indented two spaces a level (OutputLines would trim the indentation).
        var lines = text.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        // Each organisation plan is a root (the demo's next-year company plan is one too).
        var top = lines.FindIndex(l => l.StartsWith($"Plan {demo.Name} [rosa, active", StringComparison.Ordinal));
        Assert.True(top >= 0, text.Output);
        lines = lines[top..];
        var next = lines.FindIndex(1, l => l.StartsWith("Plan ", StringComparison.Ordinal));
        lines = next < 0 ? lines : lines[..next];
        var strategy = lines.FindIndex(l => l.StartsWith("  Strategy s2 ", StringComparison.Ordinal));
        var child = lines.FindIndex(l => l.StartsWith("    Plan FY2027 Clinic Growth Plan [dana, draft", StringComparison.Ordinal));
        Assert.True(strategy > 0 && child > strategy, text.Output);
        Assert.Contains(lines, l => l.StartsWith("  Goal g2 ", StringComparison.Ordinal) && l.EndsWith("child plans cover 60 of 140 (43%)]", StringComparison.Ordinal));
        var root = Assert.Single(JsonDocument.Parse(json.Output).RootElement.EnumerateArray());
        Assert.Equal(("plan", demo.Id), (root.GetProperty("kind").GetString(), root.GetProperty("id").GetInt32()));
        var g2 = root.GetProperty("children").EnumerateArray().Single(n => n.GetProperty("key").GetString() == "g2");
        Assert.Equal(0.429m, g2.GetProperty("coverage").GetProperty("ratio").GetDecimal());
    }

    [Fact]
    public async Task An_unknown_plan_fails_with_a_message()
    {
        await Cli.RunAsync("seed", "--demo", "--db", _database.Path);

        var result = await Cli.RunAsync("alignment", "--db", _database.Path, "--plan", "999");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("There is no plan 999.", result.Error, StringComparison.Ordinal);
    }

    private async Task<(int Id, string Name)> SeedWithChildAsync()
    {
        await Cli.RunAsync("seed", "--demo", "--db", _database.Path);
        int id;
        string name;
        await using (var db = _database.Open())
        {
            (id, name) = await db.Plans.Where(p => p.Name.EndsWith(" Sales Plan")).Select(p => new ValueTuple<int, string>(p.Id, p.Name)).SingleAsync();
        }
        var child = PlanFileSamples.Child
            .Replace("FY2027 Sales Plan", name, StringComparison.Ordinal)
            .Replace("contributes_to: { goal: g1, amount: 60 }", "contributes_to: { goal: g2, amount: 60 }", StringComparison.Ordinal);
        var path = TempFiles.Write(_folder, "child.yaml", child);
        var imported = await Cli.RunAsync("import", "plan", path, "--db", _database.Path);
        Assert.Equal(ExitCodes.Success, imported.ExitCode);
        return (id, name);
    }
}
