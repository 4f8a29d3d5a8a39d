using System.Globalization;
using System.Text;
using System.Text.Json;
using Gameplan.Core.Tests.PlanFiles;

namespace Gameplan.Cli.Tests.Pace;

/// <summary>
/// <c>gameplan pace</c> and <c>lint --activities</c> on the clinic sample: tactic t1 asks ana and ben
/// (the team) for 60 prospecting minutes every working day from Monday 2027-01-04 to 2027-03-31
/// (63 working days). On Friday 2027-01-15, 10 working days have passed.
/// </summary>
public sealed class PaceCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gameplan-pace-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Pace_reports_each_persons_target_actual_projection_and_status_in_the_contract_json()
    {
        var result = await Cli.RunAsync("pace", Plan(), "--activities", Activities(ana: 60, ben: 30), "--today", "2027-01-15", "--format", "json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        var report = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(["plan", "today", "commitments", "goals", "plan_progress"], report.EnumerateObject().Select(p => p.Name).Take(5));
        Assert.Equal(("FY2027 Clinic Growth Plan", "2027-01-15"), (report.GetProperty("plan").GetString(), report.GetProperty("today").GetString()));
        var ben = Commitment(report, "t1", "ben");
        Assert.Equal(
            ["tactic", "metric", "person", "target_to_date", "actual_to_date", "target_total", "projected_total", "attainment", "status"],
            ben.EnumerateObject().Select(p => p.Name).Take(9));
        Assert.Equal((600m, 300m, 3780m, 1890m, 0.5m), (Number(ben, "target_to_date"), Number(ben, "actual_to_date"),
            Number(ben, "target_total"), Number(ben, "projected_total"), Number(ben, "attainment")));
        Assert.Equal("off-track", ben.GetProperty("status").GetString());
        var ana = Commitment(report, "t1", "ana");
        Assert.Equal((600m, 1m, "on-track"), (Number(ana, "actual_to_date"), Number(ana, "attainment"), ana.GetProperty("status").GetString()));
        Assert.Equal(["g1", "g2"], report.GetProperty("goals").EnumerateArray().Select(g => g.GetProperty("id").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(report.GetProperty("plan_progress").GetProperty("formula").GetString()));
    }

    [Fact]
    public async Task Activity_before_the_start_after_today_or_by_someone_not_assigned_does_not_count()
    {
        var csv = new StringBuilder("date,person,metric,quantity\n")
            .Append("2027-01-03,ana,prospecting_minutes,500\n")
            .Append("2027-01-18,ana,prospecting_minutes,500\n")
            .Append("2027-01-05,dana,prospecting_minutes,500\n")
            .Append("2027-01-05,ana,prospecting_minutes,45\n");

        var result = await Cli.RunAsync("pace", Plan(), "--activities", File("log.csv", csv.ToString()), "--today", "2027-01-15", "--format", "json");

        var report = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(45m, Number(Commitment(report, "t1", "ana"), "actual_to_date"));
        Assert.DoesNotContain(report.GetProperty("commitments").EnumerateArray(), c => c.GetProperty("person").GetString() == "dana");
    }

    [Fact]
    public async Task Readable_text_shows_each_person_with_their_status_and_the_plans_progress_formula()
    {
        var result = await Cli.RunAsync("pace", Plan(), "--activities", Activities(ana: 60, ben: 30), "--today", "2027-01-15");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains(result.OutputLines, line => line.StartsWith("t1", StringComparison.Ordinal) && line.Contains("ben", StringComparison.Ordinal)
            && line.Contains("300 of 600", StringComparison.Ordinal) && line.Contains("off-track", StringComparison.Ordinal));
        Assert.StartsWith("plan: ", result.OutputLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_with_activities_adds_the_pace_finding_for_the_person_behind_and_only_then()
    {
        var behind = await Cli.RunAsync("lint", Plan(), "--activities", Activities(ana: 60, ben: 20), "--today", "2027-01-15", "--format", "json");
        var without = await Cli.RunAsync("lint", Plan(), "--today", "2027-01-15", "--format", "json");

        var findings = JsonDocument.Parse(behind.Output).RootElement.GetProperty("findings").EnumerateArray().ToList();
        var pace = Assert.Single(findings, f => f.GetProperty("rule").GetString() == "GP501");
        Assert.Equal(("error", "strategies[s1].tactics[t1]"), (pace.GetProperty("severity").GetString(), pace.GetProperty("path").GetString()));
        Assert.Contains("ben", pace.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failure, behind.ExitCode);
        Assert.DoesNotContain(JsonDocument.Parse(without.Output).RootElement.GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("rule").GetString() is "GP501" or "GP502");
    }

    [Fact]
    public async Task An_activity_file_with_a_bad_row_is_refused_with_exit_code_2_naming_the_line_and_column()
    {
        var csv = File("bad.csv", "date,person,metric,quantity\n2027-01-05,ana,prospecting_minutes,60\n2027-01-06,ana,prospecting_minutes,lots\n");

        var lint = await Cli.RunAsync("lint", Plan(), "--activities", csv, "--today", "2027-01-15");
        var pace = await Cli.RunAsync("pace", Plan(), "--activities", csv, "--today", "2027-01-15");

        Assert.Equal((ExitCodes.Usage, ExitCodes.Usage), (lint.ExitCode, pace.ExitCode));
        Assert.Contains(lint.ErrorLines, line => line.StartsWith($"{csv}:3: quantity:", StringComparison.Ordinal));
        Assert.Empty(lint.Output);
    }

    [Fact]
    public async Task A_missing_activity_file_or_plan_file_exits_with_2()
    {
        var noCsv = await Cli.RunAsync("pace", Plan(), "--activities", Path.Combine(_folder, "missing.csv"), "--today", "2027-01-15");
        var noPlan = await Cli.RunAsync("pace", Path.Combine(_folder, "missing.yaml"), "--today", "2027-01-15");
        var broken = await Cli.RunAsync("pace", File("broken.yaml", "version: 1\nplan:\n  name: \"unclosed\n"), "--today", "2027-01-15");

        Assert.Equal((ExitCodes.Usage, ExitCodes.Usage, ExitCodes.Usage), (noCsv.ExitCode, noPlan.ExitCode, broken.ExitCode));
        Assert.Contains("missing.csv", noCsv.Error, StringComparison.Ordinal);
        Assert.Contains(broken.ErrorLines, line => line.StartsWith(Path.Combine(_folder, "broken.yaml") + ":", StringComparison.Ordinal));
    }

    private static JsonElement Commitment(JsonElement report, string tactic, string person) =>
        report.GetProperty("commitments").EnumerateArray().Single(c => c.GetProperty("tactic").GetString() == tactic && c.GetProperty("person").GetString() == person);

    private static decimal Number(JsonElement element, string name) => element.GetProperty(name).GetDecimal();

    private string Plan() => File("clinic.yaml", PlanFileSamples.Clinic);

    /// <summary>Prospecting minutes for ana and ben on each working day from 2027-01-04 to 2027-01-15.</summary>
    private string Activities(int ana, int ben)
    {
        var csv = new StringBuilder("date,person,metric,quantity,tactic\r\n");
        for (var day = new DateOnly(2027, 1, 4); day <= new DateOnly(2027, 1, 15); day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }
            var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture, $"{date},ana,prospecting_minutes,{ana},t1\r\n{date},ben,prospecting_minutes,{ben},\r\n");
            csv.Append(CultureInfo.InvariantCulture, $"{date},ben,renewal_calls,1,t2\r\n");
        }
        return File("activities.csv", csv.ToString());
    }

    private string File(string name, string text) => TempFiles.Write(_folder, name, text);
}
