using System.Text.Json;

namespace Gameplan.Cli.Tests.Funnels;

/// <summary>
/// The funnel rules in <c>lint</c> and the measured rates in <c>model --activities</c>, on the plan of
/// <see cref="ModelCommandTests"/> (its numbers are worked out there).
/// <para>
/// Activities, judged on Friday 2027-04-30: the trailing window is the 90 days 2027-01-31..2027-04-30; the lag is
/// round(61 days / 3 steps) = 20 days, so each step's first stage is counted over 2027-01-11..2027-04-10. Ana logs
/// 1,000 calls on 2027-02-01, 50 conversations on 2027-03-01 and 14 demos on 2027-03-15. Calls -> conversations:
/// 50 / 1,000 = 0.05 over a sample of 1,000; the 95% Wilson interval is about 0.038-0.065, and the assumed 0.1 is above
/// it and at least 1.25 x 0.05: GP614 on funnel.stages[0]. Conversations -> demos: 14 / 50 = 0.28 against 0.3 assumed,
/// inside the interval: no finding. Demos -> deals: no deal is logged, 0 of 14, a sample below 30: neither judged nor used.
/// </para>
/// <para>
/// Projection of g1: the calls pace is 1,000 over the 65 working days 2027-02-01..2027-04-30; the 65 working days
/// 2027-05-03..2027-07-30 still to come give 1,000 calls more (none of the last 61 days' calls is in flight). The rates
/// used are the measured 0.05 and 0.28 (reliable samples) and the assumed 0.25: 1,000 x 0.05 x 0.28 x 0.25 = 3.5 deals,
/// x 25,000 = 87,500 on top of the 9,500,000 measured: 9,587,500 of 13,000,000, a share of 0.7375 -> 0.74.
/// </para>
/// </summary>
public sealed class FunnelActivityTests : IDisposable
{
    private const string Log = """
        date,person,metric,quantity
        2027-02-01,ana,calls,1000
        2027-03-01,ana,conversations,50
        2027-03-15,ana,demos,14

        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("gameplan-funnel-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Lint_reports_the_commitments_that_cover_too_little_of_what_the_funnel_requires()
    {
        // Calls: 12,000 of 18,670 (64%): a warning. Demos: 180 of 560 (32%): below 50%, an error.
        var result = await Cli.RunAsync("lint", File("plan.yaml", ModelCommandTests.Plan), "--today", "2027-01-04", "--format", "json");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        var findings = Findings(result, "GP611");
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, finding => finding.Severity == "warning" && finding.Message.Contains("64% of the calls", StringComparison.Ordinal));
        Assert.Contains(findings, finding => finding.Severity == "error" && finding.Message.Contains("32% of the demos", StringComparison.Ordinal));
        Assert.All(findings, finding => Assert.Equal("goals[g1]", finding.Path));
        Assert.Empty(Findings(result, "GP612"));
    }

    [Fact]
    public async Task Lint_reports_a_modelled_goal_with_no_commitment_on_the_first_stage()
    {
        var noCalls = ModelCommandTests.Plan.Replace(
            "            - { metric: calls, unit: count, target: 40, per: day, assignees: [ana, ben] }\n", "", StringComparison.Ordinal);

        var result = await Cli.RunAsync("lint", File("plan.yaml", noCalls), "--today", "2027-01-04", "--format", "json");

        var finding = Assert.Single(Findings(result, "GP612"));
        Assert.Equal("goals[g1]", finding.Path);
        Assert.Contains("18,670 calls", finding.Message);
        Assert.DoesNotContain(Findings(result, "GP611"), f => f.Message.Contains("calls", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lint_with_activities_reports_an_assumed_rate_far_above_the_measured_one()
    {
        var plan = File("plan.yaml", ModelCommandTests.Plan);

        var without = await Cli.RunAsync("lint", plan, "--today", "2027-04-30", "--format", "json");
        var with = await Cli.RunAsync("lint", plan, "--today", "2027-04-30", "--format", "json", "--activities", File("log.csv", Log));

        Assert.Empty(Findings(without, "GP614"));
        var finding = Assert.Single(Findings(with, "GP614"));
        Assert.Equal("funnel.stages[0]", finding.Path);
        Assert.Contains("10% of calls reach conversations", finding.Message);
        Assert.Contains("5% (50 of 1,000", finding.Message);
    }

    [Fact]
    public async Task Model_with_activities_shows_the_measured_rates_and_the_projection()
    {
        var result = await Cli.RunAsync(
            "model", File("plan.yaml", ModelCommandTests.Plan), "--today", "2027-04-30", "--format", "json", "--activities", File("log.csv", Log));

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        var root = JsonDocument.Parse(result.Output).RootElement;
        var measured = root.GetProperty("measured").EnumerateArray().ToList();
        var team = measured.Where(rate => rate.GetProperty("person").ValueKind == JsonValueKind.Null).ToList();
        Assert.Equal(["calls", "conversations", "demos"], team.Select(rate => rate.GetProperty("from").GetString()));
        // No deals are logged: demos -> deals measures 0 of 14, too small a sample to be judged or used.
        Assert.Equal([0.05m, 0.28m, 0m], team.Select(rate => Nullable(rate, "measured")));
        Assert.Equal([true, true, false], team.Select(rate => rate.GetProperty("reliable").GetBoolean()));
        Assert.Equal([1_000m, 50m, 14m], team.Select(rate => rate.GetProperty("sample").GetDecimal()));
        Assert.Equal([true, false, false], team.Select(rate => rate.GetProperty("far_above").GetBoolean()));
        Assert.Equal(20, team[0].GetProperty("lag_days").GetInt32());
        var ana = Assert.Single(measured, rate => rate.GetProperty("person").GetString() == "ana" && rate.GetProperty("from").GetString() == "calls");
        Assert.Equal(0.05m, ana.GetProperty("measured").GetDecimal());
        var ben = Assert.Single(measured, rate => rate.GetProperty("person").GetString() == "ben" && rate.GetProperty("from").GetString() == "calls");
        Assert.Equal(JsonValueKind.Null, ben.GetProperty("measured").ValueKind);

        var projection = Assert.Single(root.GetProperty("goals").EnumerateArray()).GetProperty("projection");
        Assert.Equal((9_587_500m, 13_000_000m, 0.74m), (projection.GetProperty("projected").GetDecimal(), projection.GetProperty("target").GetDecimal(), projection.GetProperty("share").GetDecimal()));
        Assert.Equal([0.05m, 0.28m, 0.25m], projection.GetProperty("rates").EnumerateArray().Select(rate => rate.GetDecimal()));
        Assert.True(projection.GetProperty("uses_measured").GetBoolean());
    }

    [Fact]
    public async Task Model_with_activities_in_text_names_the_rate_far_below_the_assumed_one()
    {
        var result = await Cli.RunAsync("model", File("plan.yaml", ModelCommandTests.Plan), "--today", "2027-04-30", "--activities", File("log.csv", Log));

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Contains(result.OutputLines, line => line.StartsWith("team", StringComparison.Ordinal) && line.Contains("calls -> conversations: 5% (50 of 1,000", StringComparison.Ordinal) && line.Contains("far below the assumed rate", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, line => line.StartsWith("projected at the current pace and the measured rates: 9,587,500 of 13,000,000 (74%)", StringComparison.Ordinal));
    }

    private static List<(string Severity, string Path, string Message)> Findings(CliResult result, string rule) =>
        [.. JsonDocument.Parse(result.Output).RootElement.GetProperty("findings").EnumerateArray()
            .Where(finding => finding.GetProperty("rule").GetString() == rule)
            .Select(finding => (finding.GetProperty("severity").GetString()!, finding.GetProperty("path").GetString()!, finding.GetProperty("message").GetString()!))];

    private static decimal? Nullable(JsonElement element, string name) =>
        element.GetProperty(name) is { ValueKind: JsonValueKind.Null } ? null : element.GetProperty(name).GetDecimal();

    private string File(string name, string text) => TempFiles.Write(_folder, name, text);
}
