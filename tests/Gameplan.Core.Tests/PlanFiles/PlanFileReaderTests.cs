using Gameplan.Core.PlanFiles;

namespace Gameplan.Core.Tests.PlanFiles;

public sealed class PlanFileReaderTests
{
    [Fact]
    public void Every_key_of_the_format_is_read()
    {
        var result = PlanFileReader.Read(PlanFileSamples.Rich);

        Assert.Empty(result.Problems);
        var file = result.Plan!;
        var plan = file.Plan;
        Assert.Equal(1, file.Version);
        Assert.Equal(("FY2027 Harbour Dental Plan", "team", "Coastal", "mia"), (plan.Name, plan.Scope, plan.Team, plan.Owner));
        Assert.Equal(new PlanFilePeriod(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31)), plan.Period);
        Assert.Equal(new DateOnly(2026, 9, 1), plan.Drafted);
        Assert.Equal("Keep coastal dental practices fully booked.", plan.Mission);
        Assert.Equal("55 practices, a third of them from referrals.", plan.Background!.Desired);
        Assert.Equal("Fewer no-shows: a full calendar every week.", plan.Customer!.Values);
        Assert.Equal("Grow to 55 practices and keep every one of them.", plan.DesiredResults);

        var goal = plan.Goals[0];
        Assert.Equal(("g1", "practices", "count", 30m, 55m), (goal.Id, goal.Metric, goal.Unit, goal.Baseline!.Value, goal.Target!.Value));
        Assert.Equal((new DateOnly(2027, 12, 31), "increase", 2m), (goal.Due!.Value, goal.Direction, goal.Weight!.Value));
        Assert.Equal(["mia"], goal.Dri);
        Assert.Equal(1.5m, plan.Goals[1].Baseline);

        var strategy = plan.Strategies[0];
        Assert.Equal(["g1", "g2"], strategy.Goals);
        var tactic = strategy.Tactics[0];
        Assert.Equal(("t1", "team", new DateOnly(2027, 1, 4), new DateOnly(2027, 3, 26)), (tactic.Id, tactic.Owner, tactic.Start!.Value, tactic.Due!.Value));
        Assert.Equal(["kim", "leo"], tactic.Authors);
        Assert.Equal(["Trial accounts", "CRM list: lapsed trials"], tactic.Resources!);
        Assert.Equal((6.5m, "active"), (tactic.EffortHours!.Value, tactic.Status));
        Assert.Equal(["kim", "leo"], tactic.AcknowledgedBy);
        var activity = tactic.Activities[0];
        Assert.Equal(("calls", "count", 10m, "week", PlanFileAssignees.Team), (activity.Metric, activity.Unit, activity.Target!.Value, activity.Per, activity.Assignees));
        Assert.Equal(["kim", "leo"], tactic.Activities[1].Assignees!.Handles);
        Assert.Equal("t9", Assert.Single(plan.Tactics).Id);

        Assert.Equal(new PlanFilePerson { Handle = "kim", Name = "Kim Novak", Role = "rep", Team = "Coastal", CapacityHoursPerWeek = 38 }, file.People[0]);
        Assert.Equal(new PlanFileReview { Kind = "one_on_one", Date = new DateOnly(2027, 1, 22), Held = true, Notes = "Coached Kim on demos.", Person = "kim" }, file.Reviews[1]);
        var settings = file.Settings!;
        Assert.Equal((120, 4, 90, 7), (settings.PlanningWindowDays!.Value, settings.MaxStrategies!.Value, settings.StrategicReviewDays!.Value, settings.TacticalReviewDays!.Value));
        Assert.Equal(["mon", "tue", "wed", "thu"], settings.WorkingDays!);
        Assert.Equal([new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 24)], settings.Holidays!);
        Assert.Equal("weighted", settings.Rollup);
        Assert.Equal(
            [new PlanFileMeasurement { Date = new DateOnly(2027, 3, 31), Value = 34 }, new PlanFileMeasurement { Date = new DateOnly(2027, 6, 30), Value = 41.5m, Note = "Signed contracts in the CRM." }],
            goal.Measurements);
    }

    [Fact]
    public void A_bad_holiday_roll_up_method_or_measurement_is_reported_at_its_place()
    {
        var yaml = PlanFileSamples.Rich
            .Replace("holidays: [2027-01-01, 2027-12-24]", "holidays: [2027-01-01, christmas]", StringComparison.Ordinal)
            .Replace("rollup: weighted", "rollup: median", StringComparison.Ordinal)
            .Replace("{ date: 2027-06-30, value: 41.5,", "{ date: 2027-06-30, value: lots,", StringComparison.Ordinal);

        var result = PlanFileReader.Read(yaml);

        var problems = result.Problems.Select(p => $"{p.Path}: {p.Message}").ToList();
        Assert.True(problems.Count == 3, string.Join("\n", problems));
        Assert.Contains("settings.holidays: 'settings.holidays' must list dates (YYYY-MM-DD), not 'christmas'.", problems);
        Assert.Contains(problems, p => p.StartsWith("settings.rollup:", StringComparison.Ordinal) && p.Contains("value-weighted", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("goals[g1].measurements[1].value:", StringComparison.Ordinal));
        Assert.Equal([new DateOnly(2027, 1, 1)], result.Plan!.Settings!.Holidays!);
    }

    [Fact]
    public void A_misspelt_key_is_reported_with_its_path_and_place_and_nothing_else_is_dropped()
    {
        var yaml = PlanFileSamples.Clinic
            .Replace("      statement: Turn onboarding", "      statment: Turn onboarding", StringComparison.Ordinal)
            .Replace("      tactics:\n        - id: t2", "      tacticz:\n        - id: t2", StringComparison.Ordinal);

        var result = PlanFileReader.Read(yaml);

        Assert.False(result.HasErrors);
        Assert.Collection(result.Warnings,
            p => Assert.Equal((PlanFileProblemKind.UnknownKey, "strategies[s2].statment", 51, 7), (p.Kind, p.Path, p.Line, p.Column)),
            p => Assert.Equal(("strategies[s2].tacticz", 54, 7), (p.Path, p.Line, p.Column)));
        Assert.Contains("statment", result.Warnings.First().Message);
        var s2 = result.Plan!.Plan.Strategies[1];
        Assert.Null(s2.Statement);
        Assert.Equal(("dana", "g2"), (s2.Dri[0], s2.Goals[0]));
        Assert.Equal("t1", result.Plan.Plan.Strategies[0].Tactics[0].Id);
        Assert.Equal(4, result.Plan.People.Count);
    }

    [Fact]
    public void Unknown_keys_at_the_top_and_in_people_are_reported_too()
    {
        var yaml = PlanFileSamples.Naive + "peopel: []\n";
        yaml = yaml.Replace("role: manager,", "rol: manager,", StringComparison.Ordinal);

        var result = PlanFileReader.Read(yaml);

        Assert.Equal(["people[lee].rol", "peopel"], result.Warnings.Select(p => p.Path));
        Assert.Equal("Lee Park", result.Plan!.People[0].Name);
    }

    [Fact]
    public void Every_unknown_key_of_a_mapping_with_more_than_64_keys_is_reported_and_the_known_ones_are_read()
    {
        var typos = string.Concat(Enumerable.Range(1, 70).Select(i => $"  extra_{i}: x\n"));
        var yaml = $"version: 1\nplan:\n{typos}  name: Wide\n";

        var result = PlanFileReader.Read(yaml);

        Assert.Equal("Wide", result.Plan!.Plan.Name);
        Assert.Equal(Enumerable.Range(1, 70).Select(i => $"extra_{i}"), result.Warnings.Select(p => p.Path));
        Assert.Equal((3, 3), (result.Warnings.First().Line, result.Warnings.First().Column));
    }

    [Fact]
    public void A_syntax_error_is_fatal_and_names_its_line_and_column()
    {
        var yaml = "version: 1\nplan:\n  name: Broken\n  mission: \"unclosed\n  owner: dana\n";

        var result = PlanFileReader.Read(yaml);

        Assert.Null(result.Plan);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(PlanFileProblemKind.Syntax, problem.Kind);
        Assert.Equal((4, 12), (problem.Line, problem.Column));
        Assert.DoesNotContain("(Line:", problem.Message);
    }

    [Fact]
    public void An_unclosed_list_is_a_syntax_error_placed_where_the_yaml_breaks_off()
    {
        var yaml = "version: 1\nplan:\n  name: Broken\n  goals: [g1, g2\n  mission: x\n";

        var result = PlanFileReader.Read(yaml);

        Assert.Null(result.Plan);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((PlanFileProblemKind.Syntax, 4), (problem.Kind, problem.Line));
        Assert.Contains("unclosed", problem.Message);
    }

    [Fact]
    public void A_duplicate_key_is_a_syntax_error_at_its_place()
    {
        var result = PlanFileReader.Read("version: 1\nplan:\n  name: A\n  name: B\n");

        Assert.Null(result.Plan);
        Assert.Equal(4, Assert.Single(result.Problems).Line);
    }

    [Theory]
    [InlineData("      target: 80", "      target: lots", "goals[g1].target", 23)]
    [InlineData("      due: 2027-12-31\n      dri: dana", "      due: 2027-02-30\n      dri: dana", "goals[g1].due", 24)]
    [InlineData("  drafted: 2026-09-20", "  drafted: 20/09/2026", "drafted", 8)]
    [InlineData("  scope: team", "  scope: squad", "scope", 4)]
    [InlineData("held: false", "held: maybe", "reviews[1].held", 72)]
    [InlineData("target: 5, per: week", "target: [5], per: week", "strategies[s2].tactics[t2].activities[0].target", 63)]
    public void A_value_of_the_wrong_type_is_reported_at_its_place_and_left_out(string from, string to, string path, int line)
    {
        var result = PlanFileReader.Read(PlanFileSamples.Clinic.Replace(from, to, StringComparison.Ordinal));

        Assert.True(result.HasErrors);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((PlanFileProblemKind.InvalidValue, path, line), (problem.Kind, problem.Path, problem.Line));
        Assert.Contains(path, problem.Message);
        Assert.NotNull(result.Plan);
    }

    [Fact]
    public void A_dri_may_be_written_alone_or_as_a_list()
    {
        var yaml = PlanFileSamples.Naive.Replace("      dri: lee\n  strategies", "      dri: [lee, ana]\n  strategies", StringComparison.Ordinal);

        var plan = PlanFileReader.Read(yaml).Plan!.Plan;

        Assert.Equal(["lee", "ana"], plan.Goals[0].Dri);
        Assert.Equal(["lee"], plan.Strategies[1].Dri);
        Assert.Empty(plan.Strategies[0].Dri);
    }

    [Fact]
    public void Absent_resources_are_not_stated_while_an_empty_list_means_none_needed()
    {
        var tactics = PlanFileReader.Read(PlanFileSamples.Rich).Plan!.Plan.Strategies[0].Tactics;

        Assert.Equal(["Trial accounts", "CRM list: lapsed trials"], tactics[0].Resources!);
        Assert.NotNull(tactics[1].Resources);
        Assert.Empty(tactics[1].Resources!);
        Assert.Null(tactics[2].Resources);
    }

    [Fact]
    public void Assignees_are_the_owner_the_team_or_people_by_handle()
    {
        var yaml = PlanFileSamples.Rich.Replace("per: day }", "per: day, assignees: leo }", StringComparison.Ordinal);

        var tactics = PlanFileReader.Read(yaml).Plan!.Plan.Strategies[0].Tactics;

        Assert.Equal(PlanFileAssignees.Team, tactics[0].Activities[0].Assignees);
        Assert.Equal(PlanFileAssignees.NamedMode, tactics[0].Activities[1].Assignees!.Mode);
        Assert.Equal(PlanFileAssignees.Owner, tactics[1].Activities[0].Assignees);
        Assert.Equal(["leo"], tactics[2].Activities[0].Assignees!.Handles);
        Assert.Null(PlanFileReader.Read(PlanFileSamples.Rich).Plan!.Plan.Strategies[0].Tactics[2].Activities[0].Assignees);
    }

    [Theory]
    [InlineData("version: 2\nplan:\n  name: Later\n", "version 2")]
    [InlineData("- just\n- a list\n", "not a plan file")]
    [InlineData("version: 1\n", "no 'plan' section")]
    public void A_file_that_is_not_a_version_1_plan_is_refused(string yaml, string message)
    {
        var result = PlanFileReader.Read(yaml);

        Assert.Null(result.Plan);
        Assert.Contains(message, Assert.Single(result.Problems).Message);
    }
}
