using System.Globalization;
using Gameplan.Core.PlanFiles;

namespace Gameplan.Bench;

/// <summary>
/// One deterministic plan file whose every part grows with its goal count: per 10 goals, one
/// strategy serving them with one tactic (an activity, acknowledged by its owner); every goal has
/// one measurement. So 10,000 goals come with 1,000 strategies, tactics and commitments.
/// </summary>
internal static class LargePlanGenerator
{
    public const int GoalsPerStrategy = 10;

    public static PlanFile Plan(int goals)
    {
        var start = new DateOnly(2027, 1, 1);
        var end = start.AddYears(1).AddDays(-1);
        var people = PlanGenerator.Team();
        return new PlanFile
        {
            Plan = new PlanFilePlan
            {
                Name = $"Large plan of {goals} goals",
                Scope = "team",
                Team = "Field",
                Owner = "p0",
                Period = new PlanFilePeriod(start, end),
                Goals = Enumerable.Range(1, goals).Select(g => new PlanFileGoal
                {
                    Id = $"g{g}",
                    Title = $"Reach {g} new customers in area {g}",
                    Metric = "customers",
                    Unit = "count",
                    Baseline = 0,
                    Target = g,
                    Due = end,
                    Dri = [$"p{g % 8}"],
                    Measurements = [new PlanFileMeasurement { Date = start.AddDays(g % 300), Value = g % 7 }],
                }).ToList(),
                Strategies = Enumerable.Range(0, goals / GoalsPerStrategy).Select(s => new PlanFileStrategy
                {
                    Id = $"s{s + 1}",
                    Statement = $"Win area group {s + 1} through value-based selling on claim savings.",
                    Dri = [$"p{s % 8}"],
                    Goals = Enumerable.Range((s * GoalsPerStrategy) + 1, GoalsPerStrategy).Select(g => $"g{g}").ToList(),
                    Tactics =
                    [
                        new PlanFileTactic
                        {
                            Id = $"t{s + 1}",
                            Action = $"Call 5 clinic managers every working day in area group {s + 1}.",
                            Owner = $"p{s % 8}",
                            Authors = [$"p{s % 8}"],
                            Start = start,
                            Due = end,
                            Activities = [new PlanFileActivity { Metric = "calls", Unit = "count", Target = 5, Per = "day", Assignees = PlanFileAssignees.Owner }],
                            AcknowledgedBy = [$"p{s % 8}"],
                        },
                    ],
                }).ToList(),
            },
            People = people,
        };
    }

    public static string Describe(int goals) => string.Create(CultureInfo.InvariantCulture,
        $"{goals:N0} goals (a measurement each), {goals / GoalsPerStrategy:N0} strategies, tactics and commitments");
}
