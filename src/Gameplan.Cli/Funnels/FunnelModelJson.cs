using System.Globalization;
using System.Text.Json.Nodes;
using Gameplan.Core.Funnels;
using Gameplan.Domain;
using Gameplan.Domain.Funnels;

namespace Gameplan.Cli.Funnels;

/// <summary>
/// The JSON of <c>gameplan model --format json</c> as PLAN-FORMAT.md fixes it:
/// <c>{"goals": [{"id", "remaining", "deals", "window": {"start", "end", "working_days"}, "stages": [{"metric",
/// "required", "people", "per_person_per_day", "committed", "coverage"}]}]}</c>, numbers rounded to 2 decimals
/// (half away from zero), <c>committed</c> and <c>coverage</c> null where nothing is committed. Compatible
/// additions: a goal's <c>title</c>, <c>unit</c>, <c>current</c>, <c>due</c> and <c>errors</c>, a stage's
/// <c>rate</c> and <c>assignees</c>, the funnel's own <c>errors</c>, and with activities <c>measured</c>
/// (each step's rate, the team's then each person's) and a goal's <c>projection</c>. Rates keep 4 decimals.
/// </summary>
internal static class FunnelModelJson
{
    private const int Decimals = 2;
    private const int RateDecimals = 4;

    public static JsonObject Of(PlanFileFunnelReport report)
    {
        var projections = report.Projections.ToDictionary(projection => projection.GoalId, StringComparer.Ordinal);
        var json = new JsonObject
        {
            ["goals"] = new JsonArray([.. report.Report.Goals.Select(goal => Goal(goal, projections.GetValueOrDefault(goal.Id)))]),
        };
        if (report.Report.Errors.Count > 0)
        {
            json["errors"] = Errors(report.Report.Errors);
        }
        if (report.Measured.Count > 0)
        {
            json["measured"] = new JsonArray([.. report.Measured.Select(Measured)]);
        }
        return json;
    }

    private static JsonObject Goal(GoalModel goal, GoalProjection? projection)
    {
        var json = new JsonObject
        {
            ["id"] = goal.Id,
            ["remaining"] = Number(goal.Remaining),
            ["deals"] = Number(goal.Deals),
            ["window"] = new JsonObject
            {
                ["start"] = Date(goal.Window.Start),
                ["end"] = Date(goal.Window.End),
                ["working_days"] = goal.Window.WorkingDays,
            },
            ["stages"] = new JsonArray([.. goal.Stages.Select(Stage)]),
            ["title"] = goal.Title,
            ["unit"] = goal.Unit,
            ["due"] = Date(goal.Due),
            ["current"] = Number(goal.Current),
        };
        if (goal.Errors.Count > 0)
        {
            json["errors"] = Errors(goal.Errors);
        }
        if (projection is not null)
        {
            json["projection"] = new JsonObject
            {
                ["projected"] = Number(projection.Projected),
                ["target"] = Number(projection.Target),
                ["share"] = Number(projection.Share),
                ["daily_pace"] = Number(projection.DailyPace),
                ["first_stage_volume"] = Number(projection.FirstStageVolume),
                ["rates"] = new JsonArray([.. projection.Rates.Select(rate => (JsonNode?)Rate(rate))]),
                ["uses_measured"] = projection.UsesMeasured,
            };
        }
        return json;
    }

    private static JsonObject Stage(StageModel stage) => new()
    {
        ["metric"] = stage.Metric,
        ["required"] = Number(stage.Required),
        ["people"] = stage.People,
        ["per_person_per_day"] = Number(stage.PerPersonPerDay),
        ["committed"] = Number(stage.Committed),
        ["coverage"] = Number(stage.Coverage),
        ["rate"] = Rate(stage.Rate),
        ["assignees"] = new JsonArray([.. stage.Assignees.Select(handle => (JsonNode?)handle)]),
    };

    private static JsonObject Measured(MeasuredRate rate) => new()
    {
        ["from"] = rate.From,
        ["to"] = rate.To,
        ["person"] = rate.Person,
        ["assumed"] = Rate(rate.Assumed),
        ["measured"] = Rate(rate.Measured),
        ["low"] = Rate(rate.Low),
        ["high"] = Rate(rate.High),
        ["sample"] = Number(rate.Sample),
        ["converted"] = Number(rate.Converted),
        ["lag_days"] = rate.LagDays,
        ["reliable"] = rate.IsReliable,
        ["far_above"] = rate.IsFarAbove,
    };

    private static JsonArray Errors(IReadOnlyList<FunnelError> errors) =>
        new([.. errors.Select(error => (JsonNode?)new JsonObject { ["field"] = error.Field, ["message"] = error.Message })]);

    private static JsonNode? Number(decimal? value) => value is { } v ? JsonValue.Create(Numbers.Round(v, Decimals)) : null;

    private static JsonNode? Rate(decimal? value) => value is { } v ? JsonValue.Create(Numbers.Round(v, RateDecimals)) : null;

    private static string? Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
