using System.Text.Json;
using Gameplan.Core.Tests.PlanFiles;

namespace Gameplan.Cli.Tests.Critique;

public sealed class LintCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gameplan-lint-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_sound_plan_passes_with_exit_code_zero_and_no_error_or_warning()
    {
        var result = await Cli.RunAsync("lint", File("clinic.yaml", PlanFileSamples.Clinic), "--today", "2027-01-20", "--format", "json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var summary = JsonDocument.Parse(result.Output).RootElement.GetProperty("summary");
        Assert.Equal((0, 0), (summary.GetProperty("errors").GetInt32(), summary.GetProperty("warnings").GetInt32()));
    }

    [Fact]
    public async Task A_naive_plan_fails_with_the_findings_it_deserves_in_the_contract_json()
    {
        var result = await Cli.RunAsync("lint", File("naive.yaml", Naive), "--today", "2027-02-01", "--format", "json");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        var report = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(["plan", "findings", "risks", "summary"], report.EnumerateObject().Select(p => p.Name));
        var rules = report.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "GP103", "GP105", "GP106", "GP107", "GP109", "GP110", "GP201", "GP301", "GP306", "GP307" }, rules);
        var goalLike = report.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("rule").GetString() == "GP201").Select(f => f.GetProperty("path").GetString());
        Assert.Equal(["strategies[s1]", "strategies[s2]", "strategies[s3]"], goalLike.Order());
        var first = report.GetProperty("findings")[0];
        Assert.Equal(["rule", "severity", "path", "message", "advice"], first.EnumerateObject().Select(p => p.Name));
        // The formula came after the contract's three fields, which keep their order and names.
        Assert.Equal(["id", "score", "because", "formula"], report.GetProperty("risks")[0].EnumerateObject().Select(p => p.Name));
        var customer = report.GetProperty("risks")[0];
        Assert.Equal(("customer-understanding", 90), (customer.GetProperty("id").GetString(), customer.GetProperty("score").GetInt32()));
        Assert.Equal("GP103 90x1 = 90", customer.GetProperty("formula").GetString());
    }

    [Fact]
    public async Task Readable_text_names_each_finding_with_its_rule_and_place()
    {
        var result = await Cli.RunAsync("lint", File("naive.yaml", Naive), "--today", "2027-02-01");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains(result.OutputLines, line => line.StartsWith("error", StringComparison.Ordinal) && line.Contains("GP107 strategies[s3]:", StringComparison.Ordinal));
        Assert.Matches(@"^\d+ errors, \d+ warnings, \d+ infos$", result.OutputLines[^1]);
    }

    [Fact]
    public async Task A_typo_in_a_key_is_a_warning_with_its_line_and_the_rest_is_still_checked()
    {
        var typo = PlanFileSamples.Clinic.Replace("  mission:", "  misson:", StringComparison.Ordinal);

        var result = await Cli.RunAsync("lint", File("typo.yaml", typo), "--today", "2027-01-20", "--format", "json");

        var findings = JsonDocument.Parse(result.Output).RootElement.GetProperty("findings").EnumerateArray().ToList();
        var unknown = Assert.Single(findings, f => f.GetProperty("rule").GetString() == "GP001");
        Assert.Contains("Line ", unknown.GetProperty("message").GetString());
        Assert.Contains(findings, f => f.GetProperty("rule").GetString() == "GP101");
        Assert.Equal(ExitCodes.Failure, result.ExitCode);
    }

    [Fact]
    public async Task A_file_that_is_not_yaml_exits_two_with_file_line_and_column()
    {
        var path = File("broken.yaml", "version: 1\nplan:\n  name: Broken\n  mission: \"unclosed\n");

        var result = await Cli.RunAsync("lint", path);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(path)}:\\d+:\\d+: ", result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task A_missing_file_or_a_bad_today_exits_two()
    {
        var missing = await Cli.RunAsync("lint", Path.Combine(_folder, "nowhere.yaml"));
        var badDay = await Cli.RunAsync("lint", File("clinic.yaml", PlanFileSamples.Clinic), "--today", "01/02/2027");

        Assert.Equal(ExitCodes.Usage, missing.ExitCode);
        Assert.Equal(ExitCodes.Usage, badDay.ExitCode);
    }

    [Fact]
    public async Task Several_files_give_one_json_report_a_line_in_order_and_the_worst_exit_code()
    {
        var sound = File("clinic.yaml", PlanFileSamples.Clinic);
        var naive = File("naive.yaml", Naive);

        var result = await Cli.RunAsync("lint", sound, naive, sound, "--today", "2027-02-01", "--format", "json");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        var reports = result.OutputLines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal([sound, naive, sound], reports.Select(r => r.GetProperty("file").GetString()));
        Assert.Equal(["plan", "findings", "risks", "summary", "file"], reports[1].EnumerateObject().Select(p => p.Name));
        var single = JsonDocument.Parse((await Cli.RunAsync("lint", naive, "--today", "2027-02-01", "--format", "json")).Output).RootElement;
        Assert.Equal(single.GetProperty("summary").GetRawText(), reports[1].GetProperty("summary").GetRawText());
        Assert.Equal(0, reports[0].GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Equal(reports[0].GetRawText(), reports[2].GetRawText());
    }

    [Fact]
    public async Task Several_files_in_text_get_a_header_each_and_totals_and_an_unreadable_one_exits_two()
    {
        var sound = File("clinic.yaml", PlanFileSamples.Clinic);
        var naive = File("naive.yaml", Naive);
        var broken = File("broken.yaml", "version: 1\nplan: [unclosed\n");

        var text = await Cli.RunAsync("lint", sound, naive, "--today", "2027-02-01");
        var withBroken = await Cli.RunAsync("lint", sound, broken, naive, "--today", "2027-02-01");

        Assert.Equal(ExitCodes.Failure, text.ExitCode);
        Assert.Equal([$"== {sound}", $"== {naive}"], text.OutputLines.Where(l => l.StartsWith("== ", StringComparison.Ordinal)));
        Assert.Matches(@"^2 files: \d+ errors, \d+ warnings, \d+ infos$", text.OutputLines[^1]);
        Assert.Equal(ExitCodes.Usage, withBroken.ExitCode);
        Assert.StartsWith($"{broken}:", withBroken.Error, StringComparison.Ordinal);
        Assert.Contains($"== {naive}", withBroken.OutputLines);
        Assert.EndsWith("; 1 could not be read", withBroken.OutputLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_files_are_one_cascade_whose_coverage_and_parents_are_checked()
    {
        var org = File("org.yaml", Organization);
        var east = File("east.yaml", PlanFileSamples.Child);
        var west = File("west.yaml", PlanFileSamples.Child
            .Replace("FY2027 Clinic Growth Plan", "FY2027 West Plan", StringComparison.Ordinal)
            .Replace("amount: 60", "amount: 52", StringComparison.Ordinal));

        var result = await Cli.RunAsync("lint", org, east, west, "--today", "2027-01-20", "--format", "json");

        var reports = result.OutputLines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var orgFindings = Findings(reports[0]);
        // 60 + 52 of 140 customers: 80%, a warning on the organisation's goal.
        var coverage = Assert.Single(orgFindings, f => f.Rule == "GP601");
        Assert.Equal(("warning", "goals[g1]"), (coverage.Severity, coverage.Path));
        Assert.Contains("112 of the 140 customers", coverage.Message, StringComparison.Ordinal);
        // s2 is carried out by both team plans; s3 by nobody.
        Assert.DoesNotContain(orgFindings, f => f.Rule == "GP107" && f.Path == "strategies[s2]");
        Assert.Contains(orgFindings, f => f.Rule == "GP602" && f.Path == "strategies[s3]");
        Assert.DoesNotContain(Findings(reports[1]), f => f.Rule.StartsWith("GP60", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_parent_missing_from_the_files_is_GP603_but_one_file_alone_is_not_judged_on_it()
    {
        var east = File("east.yaml", PlanFileSamples.Child);
        var clinic = File("clinic.yaml", PlanFileSamples.Clinic);

        var together = await Cli.RunAsync("lint", east, clinic, "--today", "2027-01-20", "--format", "json");
        var alone = await Cli.RunAsync("lint", east, "--today", "2027-01-20", "--format", "json");

        var missing = Assert.Single(Findings(JsonDocument.Parse(together.OutputLines[0]).RootElement), f => f.Rule == "GP603");
        Assert.Equal("plan.parent", missing.Path);
        Assert.Contains("'FY2027 Sales Plan' cannot be found", missing.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Findings(JsonDocument.Parse(alone.Output).RootElement), f => f.Rule.StartsWith("GP60", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Success, alone.ExitCode);
    }

    private static List<(string Rule, string Severity, string Path, string Message)> Findings(JsonElement report) =>
        [.. report.GetProperty("findings").EnumerateArray().Select(f => (
            f.GetProperty("rule").GetString()!, f.GetProperty("severity").GetString()!, f.GetProperty("path").GetString()!, f.GetProperty("message").GetString()!))];

    /// <summary>The organisation's plan: 140 new customers, three strategies; s3 is nobody's yet.</summary>
    private const string Organization = """
        version: 1
        plan:
          name: FY2027 Sales Plan
          scope: organization
          owner: sam
          period: { start: 2027-01-01, end: 2027-12-31 }
          drafted: 2026-09-01
          mission: Help independent clinics get paid faster.
          goals:
            - { id: g1, title: Win 140 new clinics, metric: customers, unit: count, baseline: 0, target: 140, due: 2027-12-31, dri: sam }
          strategies:
            - id: s1
              statement: Win multi-site clinics through value-based selling.
              dri: sam
              goals: [g1]
            - id: s2
              statement: Turn onboarding speed into our retention advantage.
              dri: sam
              goals: [g1]
            - id: s3
              statement: Enter the dental market with a partner channel.
              dri: sam
              goals: [g1]
        people:
          - { handle: sam, name: Sam Ito, role: executive, capacity_hours_per_week: 40 }
        """;

    /// <summary>A plan written the way many teams write one: results posing as strategies, loose tactics.</summary>
    private const string Naive = """
        version: 1
        plan:
          name: Northern Region 2027
          scope: team
          team: North
          owner: kai
          period: { start: 2027-01-01, end: 2027-12-31 }
          drafted: 2026-12-10
          mission: Be the most admired sales team in the region.
          background:
            current: Bookings flat since 2024.
            desired: Growth again.
          goals:
            - id: g1
              title: Double bookings this year
              metric: bookings
              unit: currency:EUR
              dri: kai
          strategies:
            - id: s1
              statement: Generate more qualified leads over the next month.
              dri: kai
              goals: [g1]
              tactics:
                - id: t1
                  action: Make twenty cold calls every morning.
                  owner: kai
                  authors: [kai]
                  start: 2027-01-04
                  due: 2027-01-29
                  resources: []
                  activities:
                    - { metric: calls, unit: count, target: 20, per: day, assignees: team }
                - id: t2
                  action: Exhibit at the regional trade fair.
                  authors: [kai]
                  resources: [Booth budget]
            - id: s2
              statement: Win more deals every quarter.
              goals: [g1]
              tactics:
                - id: t3
                  action: Offer a quarterly bonus to the top closer.
                  owner: kai
                  authors: [kai]
                  due: 2027-03-31
                  resources: [Bonus budget]
            - id: s3
              statement: Hire 12 new account executives by the end of Q2.
              dri: kai
              goals: [g1]
        people:
          - { handle: kai, name: Kai Lund, role: manager, capacity_hours_per_week: 40 }
          - { handle: ola, name: Ola Berg, role: rep, team: North }
          - { handle: pia, name: Pia Dahl, role: rep, team: North }
        """;

    private string File(string name, string text) => TempFiles.Write(_folder, name, text);
}
