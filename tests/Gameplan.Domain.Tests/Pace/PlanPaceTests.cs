using System.Text.Json;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Pace;
using Gameplan.Domain.Progress;

namespace Gameplan.Domain.Tests.Pace;

public sealed class PlanPaceTests
{
    private static PlanDocument Plan() => PacePlan.Build() with
    {
        Goals =
        [
            new() { Id = "g1", Metric = "revenue", Unit = "currency:USD", Baseline = 0, Target = 100_000, Measurements = [new(new(2027, 1, 8), 50_000)] },
            new() { Id = "g2", Metric = "revenue_b", Unit = "currency:USD", Baseline = 0, Target = 20_000, Measurements = [new(new(2027, 1, 8), 5_000)] },
            new() { Id = "g3", Metric = "revenue_c", Unit = "currency:USD", Baseline = 0, Target = 1_000, Measurements = [new(new(2027, 1, 8), 1_000)] },
        ],
        Strategies = [PacePlan.Build().Strategies[0] with { Goals = ["g1", "G2"] }],
    };

    private static JsonElement Json(PaceReport report) => JsonDocument.Parse(JsonSerializer.Serialize(report)).RootElement;

    [Fact]
    public void The_report_serialises_with_the_field_names_of_the_pace_contract()
    {
        var report = PlanPace.Report(Plan(), new ActivityFacts([PacePlan.Logged("2027-01-05", "eva", 48)]), PacePlan.SixthDay);

        var root = Json(report);
        Assert.Equal(["plan", "today", "commitments", "goals", "plan_progress", "strategies"], root.EnumerateObject().Select(property => property.Name));
        Assert.Equal("2027-01-11", root.GetProperty("today").GetString());
        var line = root.GetProperty("commitments")[0].GetRawText();
        Assert.StartsWith("{\"tactic\":\"t1\",\"metric\":\"calls\",\"person\":\"eva\",\"target_to_date\":60,\"actual_to_date\":48,"
            + "\"target_total\":180,\"projected_total\":144,\"attainment\":0.8,\"status\":\"at-risk\"", line, StringComparison.Ordinal);
        Assert.Equal(["id", "progress", "formula"], root.GetProperty("goals")[0].EnumerateObject().Select(property => property.Name).Take(3));
        Assert.Equal(["value", "method", "formula"], root.GetProperty("plan_progress").EnumerateObject().Select(property => property.Name));
    }

    [Fact]
    public void Goals_strategies_and_the_plan_roll_up_value_weighted_by_default()
    {
        var report = PlanPace.Report(Plan(), null, PacePlan.SixthDay);

        Assert.Equal([0.5m, 0.25m, 1m], report.Goals.Select(goal => goal.Progress));
        Assert.Equal("(50000 - 0) / (100000 - 0) = 0.5", report.Goals[0].Formula);
        Assert.Equal(new PaceProgressLine(0.463m, RollupMethod.ValueWeighted, "(0.5x100000 + 0.25x20000 + 1x1000) / 121000 = 0.463"), report.PlanProgress);
        var strategy = Assert.Single(report.Strategies);
        Assert.Equal(("s1", 0.458m, "(0.5x100000 + 0.25x20000) / 120000 = 0.458"), (strategy.Id, strategy.Progress, strategy.Formula));
    }

    [Fact]
    public void The_settings_choose_the_roll_up_method_and_the_working_days()
    {
        var plan = Plan() with { Settings = new() { Rollup = "weakest", Holidays = [new(2027, 1, 5)] } };

        var report = PlanPace.Report(plan, null, PacePlan.SixthDay);

        Assert.Equal(("weakest", "min(0.5, 0.25, 1) = 0.25"), (JsonSerializer.Serialize(report.PlanProgress.Method).Trim('"'), report.PlanProgress.Formula));
        Assert.Equal((50m, 170m, 5), (report.Commitments[0].TargetToDate, report.Commitments[0].TargetTotal, report.Commitments[0].ElapsedWorkingDays));
    }

    [Fact]
    public void Shown_numbers_are_rounded_without_trailing_zeros_while_nothing_is_due_they_are_null()
    {
        var plan = PacePlan.Build(PacePlan.Calls("month", 100));

        var started = PlanPace.Report(plan, new ActivityFacts([PacePlan.Logged("2027-01-05", "eva", 10)]), new(2027, 1, 8)).Commitments[0];
        var early = PlanPace.Report(plan, null, new(2027, 1, 1)).Commitments[0];

        Assert.Equal("{\"target_to_date\":23.81,\"attainment\":0.42,\"projected_total\":36}",
            JsonSerializer.Serialize(new { target_to_date = started.TargetToDate, attainment = started.Attainment, projected_total = started.ProjectedTotal }));
        Assert.Equal((null, null, PaceStatus.NotStarted), (early.Attainment, early.ProjectedTotal, early.Status));
        Assert.Contains("\"status\":\"not-started\"", JsonSerializer.Serialize(early), StringComparison.Ordinal);
    }
}
