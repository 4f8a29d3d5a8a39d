using System.Text.Json;

namespace Gameplan.Cli.Tests.Funnels;

/// <summary><c>gameplan diff</c> sees the funnel: a changed rate under the stage's metric, a new deal value on the funnel.</summary>
public sealed class FunnelDiffTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gameplan-funnel-diff-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_changed_rate_and_deal_value_are_changes_of_the_funnel()
    {
        var older = TempFiles.Write(_folder, "old.yaml", ModelCommandTests.Plan);
        var newer = TempFiles.Write(_folder, "new.yaml", ModelCommandTests.Plan
            .Replace("{ metric: calls, rate: 0.1 }", "{ metric: calls, rate: 0.12 }", StringComparison.Ordinal)
            .Replace("deal_value: 25000", "deal_value: 30000", StringComparison.Ordinal));

        var result = await Cli.RunAsync("diff", older, newer, "--format", "json");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        var changes = JsonDocument.Parse(result.Output).RootElement.GetProperty("changes").EnumerateArray().ToList();
        var stage = Assert.Single(changes, change => change.GetProperty("path").GetString() == "funnel.stages[calls]");
        var field = Assert.Single(stage.GetProperty("fields").EnumerateArray());
        Assert.Equal(("rate", "0.1", "0.12"), (field.GetProperty("field").GetString(), field.GetProperty("old").GetString(), field.GetProperty("new").GetString()));
        var funnel = Assert.Single(changes, change => change.GetProperty("path").GetString() == "funnel");
        Assert.Equal("deal_value", Assert.Single(funnel.GetProperty("fields").EnumerateArray()).GetProperty("field").GetString());
    }
}
