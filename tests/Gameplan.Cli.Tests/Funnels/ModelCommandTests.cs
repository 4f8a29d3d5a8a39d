using System.Text.Json;

namespace Gameplan.Cli.Tests.Funnels;

/// <summary>
/// <c>gameplan model</c> on a small plan whose numbers are worked out by hand here. Goal g1 wants $13,000,000 by
/// 2027-09-30; its latest measurement (2027-01-01) is $9,500,000, so 3,500,000 remain: at a deal value of 25,000
/// that is ceil(3,500,000 / 25,000) = 140 deals. Back through the funnel calls (0.1) -> conversations (0.3) ->
/// demos (0.25) -> deals: demos = ceil(140 / 0.25) = 560, conversations = ceil(560 / 0.3) = ceil(1,866.67) = 1,867,
/// calls = ceil(1,867 / 0.1) = 18,670 exactly (a binary float would give 18,671). The cycle of 61 days moves the
/// window's end from 2027-09-30 to 2027-07-31; from Monday 2027-01-04 that is 30 whole weeks less Sunday 1 August,
/// so 150 working days (Monday to Friday). Tactic t1 commits ana and ben each to 40 calls a working day and 3 demos
/// a week: calls committed = 40 x 150 x 2 = 12,000 (coverage 12,000 / 18,670 = 0.6427 -> 0.64); demos committed =
/// 3 x 30 weeks x 2 = 180 (180 / 560 = 0.3214 -> 0.32). Per person per working day: calls 18,670 / 2 / 150 = 62.2333
/// -> 62.23; conversations (nobody committed, so 1 person) 1,867 / 150 = 12.4467 -> 12.45; demos 560 / 2 / 150 =
/// 1.8667 -> 1.87; deals 140 / 150 = 0.9333 -> 0.93.
/// </summary>
public sealed class ModelCommandTests : IDisposable
{
    internal const string Plan = """
        version: 1
        plan:
          name: Demo-led growth
          scope: team
          team: East
          owner: dana
          period: { start: 2027-01-01, end: 2027-12-31 }
          goals:
            - id: g1
              title: Reach $13M
              metric: revenue
              unit: currency:USD
              baseline: 9000000
              target: 13000000
              due: 2027-09-30
              dri: dana
              measurements:
                - { date: 2027-01-01, value: 9500000 }
          strategies:
            - id: s1
              statement: Win clinics with a demo of their claim savings.
              dri: dana
              goals: [g1]
              tactics:
                - id: t1
                  action: Call and book demos every working day.
                  owner: team
                  start: 2027-01-04
                  due: 2027-12-31
                  resources: []
                  activities:
                    - { metric: calls, unit: count, target: 40, per: day, assignees: [ana, ben] }
                    - { metric: demos, unit: count, target: 3, per: week, assignees: [ana, ben] }
        people:
          - { handle: dana, name: Dana Reyes, role: manager }
          - { handle: ana, name: Ana Silva, role: rep, team: East, capacity_hours_per_week: 40 }
          - { handle: ben, name: Ben Okafor, role: rep, team: East, capacity_hours_per_week: 40 }
        funnel:
          deal_value: 25000
          currency: USD
          cycle_days: 61
          stages:
            - { metric: calls, rate: 0.1 }
            - { metric: conversations, rate: 0.3 }
            - { metric: demos, rate: 0.25 }
            - { metric: deals }

        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("gameplan-model-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_json_has_the_contract_shape_and_the_hand_computed_numbers()
    {
        var result = await Cli.RunAsync("model", File(Plan), "--today", "2027-01-04", "--format", "json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        var root = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(["goals"], root.EnumerateObject().Select(property => property.Name));
        var goal = Assert.Single(root.GetProperty("goals").EnumerateArray());
        Assert.Equal(["id", "remaining", "deals", "window", "stages"], goal.EnumerateObject().Select(property => property.Name).Take(5));
        Assert.Equal(("g1", 3_500_000m, 140m), (goal.GetProperty("id").GetString(), goal.GetProperty("remaining").GetDecimal(), goal.GetProperty("deals").GetDecimal()));
        var window = goal.GetProperty("window");
        Assert.Equal(("2027-01-04", "2027-07-31", 150), (window.GetProperty("start").GetString(), window.GetProperty("end").GetString(), window.GetProperty("working_days").GetInt32()));
        var stages = goal.GetProperty("stages").EnumerateArray().ToList();
        Assert.Equal(["metric", "required", "people", "per_person_per_day", "committed", "coverage"], stages[0].EnumerateObject().Select(property => property.Name).Take(6));
        Assert.Equal(["calls", "conversations", "demos", "deals"], stages.Select(stage => stage.GetProperty("metric").GetString()));
        Assert.Equal([18_670m, 1_867m, 560m, 140m], stages.Select(stage => stage.GetProperty("required").GetDecimal()));
        Assert.Equal([2, 1, 2, 1], stages.Select(stage => stage.GetProperty("people").GetInt32()));
        Assert.Equal([62.23m, 12.45m, 1.87m, 0.93m], stages.Select(stage => stage.GetProperty("per_person_per_day").GetDecimal()));
        Assert.Equal([12_000m, null, 180m, null], stages.Select(stage => Nullable(stage, "committed")));
        Assert.Equal([0.64m, null, 0.32m, null], stages.Select(stage => Nullable(stage, "coverage")));
        // "18670", never "18670.0" or "18671": the number as the contract writes it.
        Assert.Contains("\"required\":18670,", result.Output);
    }

    [Fact]
    public async Task The_text_shows_each_stage_with_its_formula_people_per_day_and_coverage()
    {
        var result = await Cli.RunAsync("model", File(Plan), "--today", "2027-01-04");

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        var lines = result.OutputLines;
        Assert.Equal("g1 Reach $13M: 3,500,000 remaining = 140 deals at 25,000; window 2027-01-04..2027-07-31, 150 working days", lines[0]);
        Assert.Equal("calls          18,670 required = ceil(1,867 / 0.1) · 2 people · 62.23 a person a working day · committed 12,000 (64%)", lines[1]);
        Assert.Equal("conversations  1,867 required = ceil(560 / 0.3) · 1 person · 12.45 a person a working day · nothing committed", lines[2]);
        Assert.Equal("deals          140 required = ceil(3,500,000 / 25,000) · 1 person · 0.93 a person a working day · nothing committed", lines[4]);
    }

    [Fact]
    public async Task A_what_if_on_a_rate_moves_the_required_volume()
    {
        // calls = ceil(1,867 / 0.2) = 9,335: half of 18,670 rounded up; per person 9,335 / 2 / 150 = 31.1167 -> 31.12;
        // coverage 12,000 / 9,335 = 1.2855 -> 1.29. The stages after calls do not move.
        var result = await Cli.RunAsync("model", File(Plan), "--today", "2027-01-04", "--format", "json", "--set", "calls.rate=0.2");

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        var stages = Stages(result);
        Assert.Equal([9_335m, 1_867m, 560m, 140m], stages.Select(stage => stage.GetProperty("required").GetDecimal()));
        Assert.Equal((31.12m, 1.29m, 0.2m), (stages[0].GetProperty("per_person_per_day").GetDecimal(), stages[0].GetProperty("coverage").GetDecimal(), stages[0].GetProperty("rate").GetDecimal()));
    }

    [Fact]
    public async Task A_what_if_on_the_deal_value_and_the_team_size_moves_every_stage()
    {
        // 3,500,000 / 35,000 = 100 deals; demos 400; conversations ceil(1,333.33) = 1,334; calls 13,340.
        // Five people each: calls 13,340 / 5 / 150 = 17.7867 -> 17.79.
        var result = await Cli.RunAsync("model", File(Plan), "--today", "2027-01-04", "--format", "json", "--set", "deal_value=35000", "--set", "people=5");

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        var stages = Stages(result);
        Assert.Equal([13_340m, 1_334m, 400m, 100m], stages.Select(stage => stage.GetProperty("required").GetDecimal()));
        Assert.All(stages, stage => Assert.Equal(5, stage.GetProperty("people").GetInt32()));
        Assert.Equal(17.79m, stages[0].GetProperty("per_person_per_day").GetDecimal());
    }

    [Theory]
    [InlineData("calls.rat=0.2", "calls.rat")]
    [InlineData("meetings.rate=0.2", "meetings.rate")]
    [InlineData("calls.rate=ten", "calls.rate")]
    [InlineData("calls.rate=1.5", "calls.rate=1.5")]
    [InlineData("deals.rate=0.5", "deals.rate=0.5")]
    [InlineData("people=0", "people=0")]
    [InlineData("rate", "--set:")]
    public async Task A_bad_what_if_is_a_usage_error_that_names_it(string setting, string named)
    {
        var result = await Cli.RunAsync("model", File(Plan), "--today", "2027-01-04", "--set", setting);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(named, result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task A_funnel_that_cannot_be_modelled_exits_1_naming_the_field()
    {
        var broken = Plan.Replace("{ metric: conversations, rate: 0.3 }", "{ metric: conversations, rate: 0 }", StringComparison.Ordinal);

        var json = await Cli.RunAsync("model", File(broken), "--today", "2027-01-04", "--format", "json");
        var text = await Cli.RunAsync("model", File(broken), "--today", "2027-01-04");

        Assert.Equal((ExitCodes.Failure, ExitCodes.Failure), (json.ExitCode, text.ExitCode));
        var root = JsonDocument.Parse(json.Output).RootElement;
        Assert.Equal(0, root.GetProperty("goals").GetArrayLength());
        Assert.Equal("funnel.stages[1].rate", Assert.Single(root.GetProperty("errors").EnumerateArray()).GetProperty("field").GetString());
        Assert.StartsWith("funnel.stages[1].rate: The rate of stage 'conversations' must be above 0", text.OutputLines[0]);
    }

    [Fact]
    public async Task A_goal_in_another_currency_exits_1_naming_the_goal_s_unit()
    {
        var euros = Plan.Replace("unit: currency:USD", "unit: currency:EUR", StringComparison.Ordinal);

        var result = await Cli.RunAsync("model", File(euros), "--today", "2027-01-04", "--format", "json");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        var goal = Assert.Single(JsonDocument.Parse(result.Output).RootElement.GetProperty("goals").EnumerateArray());
        Assert.Equal("goals[g1].unit", Assert.Single(goal.GetProperty("errors").EnumerateArray()).GetProperty("field").GetString());
        Assert.Equal(0, goal.GetProperty("stages").GetArrayLength());
    }

    [Fact]
    public async Task A_plan_without_a_funnel_says_so_and_models_nothing()
    {
        var none = Plan[..Plan.IndexOf("funnel:", StringComparison.Ordinal)];

        var json = await Cli.RunAsync("model", File(none), "--today", "2027-01-04", "--format", "json");
        var text = await Cli.RunAsync("model", File(none), "--today", "2027-01-04");

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (json.ExitCode, text.ExitCode));
        Assert.Equal("{\"goals\":[]}", json.Output.Trim());
        Assert.Contains("has no funnel section", text.Output);
    }

    [Theory]
    [InlineData("version: 1\nplan:\n  name: \"unclosed\n")]
    [InlineData("version: 1\nplan:\n  name: X\nfunnel:\n  deal_value: lots\n")]
    public async Task An_unreadable_plan_file_exits_2_with_its_place(string yaml)
    {
        var result = await Cli.RunAsync("model", File(yaml), "--today", "2027-01-04");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Matches(@"plan\.yaml:\d+:\d+: ", result.Error);
    }

    [Fact]
    public async Task A_missing_file_or_a_bad_day_exits_2()
    {
        var missing = await Cli.RunAsync("model", Path.Combine(_folder, "nowhere.yaml"));
        var badDay = await Cli.RunAsync("model", File(Plan), "--today", "2027-02-30");

        Assert.Equal((ExitCodes.Usage, ExitCodes.Usage), (missing.ExitCode, badDay.ExitCode));
        Assert.Contains("--today", badDay.Error);
    }

    [Fact]
    public async Task An_unknown_key_is_reported_on_stderr_and_the_rest_is_modelled()
    {
        var typo = Plan.Replace("  cycle_days: 61", "  cycle_days: 61\n  cycle_dayz: 30", StringComparison.Ordinal);

        var result = await Cli.RunAsync("model", File(typo), "--today", "2027-01-04", "--format", "json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("funnel.cycle_dayz", result.Error);
        Assert.Equal(18_670m, Stages(result)[0].GetProperty("required").GetDecimal());
    }

    [Fact]
    public async Task The_command_is_listed_in_the_help()
    {
        var result = await Cli.RunAsync("--help");

        Assert.Contains(result.OutputLines, line => line.StartsWith("model ", StringComparison.Ordinal) || line.StartsWith("model  ", StringComparison.Ordinal));
    }

    private static List<JsonElement> Stages(CliResult result) =>
        [.. Assert.Single(JsonDocument.Parse(result.Output).RootElement.GetProperty("goals").EnumerateArray()).GetProperty("stages").EnumerateArray()];

    private static decimal? Nullable(JsonElement element, string name) =>
        element.GetProperty(name) is { ValueKind: JsonValueKind.Null } ? null : element.GetProperty(name).GetDecimal();

    private string File(string yaml) => TempFiles.Write(_folder, "plan.yaml", yaml);
}
