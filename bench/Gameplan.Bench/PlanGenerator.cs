using System.Globalization;
using Gameplan.Core.PlanFiles;

namespace Gameplan.Bench;

/// <summary>Deterministic plan files of a given size: goals, strategies with tactics and activities, people, reviews.</summary>
internal static class PlanGenerator
{
    private static readonly string[] Segments = ["multi-site clinics", "regional hospitals", "dental groups", "physiotherapy chains", "urgent-care centres"];

    /// <summary>The eight people of every generated plan: a manager (p0) and seven reps of the team "Field".</summary>
    public static List<PlanFilePerson> Team() =>
    [
        .. Enumerable.Range(0, 8).Select(i => new PlanFilePerson
        {
            Handle = $"p{i}",
            Name = $"Person {i}",
            Role = i == 0 ? "manager" : "rep",
            Team = "Field",
            CapacityHoursPerWeek = 40,
        }),
    ];

    public static PlanFile Plan(int index, int strategies)
    {
        var start = new DateOnly(2027, 1, 1);
        var people = Team();
        return new PlanFile
        {
            Plan = new PlanFilePlan
            {
                Name = $"Generated plan {index}",
                Scope = "team",
                Team = "Field",
                Owner = "p0",
                Period = new PlanFilePeriod(start, start.AddYears(1).AddDays(-1)),
                Drafted = start.AddDays(-100),
                Mission = "Help clinics get paid faster.",
                Background = new PlanFileBackground("Flat bookings.", "Growth from outbound."),
                Customer = new PlanFileCustomer("Independent clinics.", "Fewer denied claims."),
                DesiredResults = "Double the customer base.",
                Goals = Enumerable.Range(1, 3).Select(g => new PlanFileGoal
                {
                    Id = $"g{g}",
                    Title = $"Reach {40 * g} new customers",
                    Metric = "customers",
                    Unit = "count",
                    Baseline = 0,
                    Target = 40 * g,
                    Due = start.AddYears(1).AddDays(-1),
                    Dri = ["p0"],
                }).ToList(),
                Strategies = Enumerable.Range(1, strategies).Select(s => new PlanFileStrategy
                {
                    Id = $"s{s}",
                    Statement = $"Win {Segments[(s + index) % Segments.Length]} through value-based selling on claim savings (line {s}).",
                    Dri = [$"p{s % 8}"],
                    Goals = [$"g{(s % 3) + 1}"],
                    Tactics = Enumerable.Range(1, 3).Select(t => new PlanFileTactic
                    {
                        Id = $"t{s}_{t}",
                        Action = $"Call {5 + t} clinic managers every working day about case {s}.{t}.",
                        Owner = $"p{(s + t) % 8}",
                        Authors = [$"p{(s + t) % 8}"],
                        Start = start.AddDays(7 * t),
                        Due = start.AddDays((7 * t) + 60),
                        Resources = t % 2 == 0 ? [] : ["CRM seat"],
                        Activities = [new PlanFileActivity { Metric = "calls", Unit = "count", Target = 5 + t, Per = "day", Assignees = PlanFileAssignees.Owner }],
                        AcknowledgedBy = [$"p{(s + t) % 8}"],
                    }).ToList(),
                }).ToList(),
            },
            People = people,
            Reviews = [new PlanFileReview { Kind = "strategic", Date = start.AddDays(90), Held = false }, new PlanFileReview { Kind = "tactical", Date = start.AddDays(14), Held = true }],
        };
    }

    public static string Describe(int plans, int strategies) =>
        string.Create(CultureInfo.InvariantCulture, $"{plans} plans x {strategies} strategies x 3 tactics");
}
