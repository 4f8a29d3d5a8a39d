using Gameplan.Domain.Critique;

namespace Gameplan.Domain.Tests.Pace;

/// <summary>
/// A small team plan for pace tests: tactic t1 (owner eva, 10 calls a working day, Mon 4 to Wed 27
/// January 2027: 18 working days) in strategy s1; eva and max are in team East, olga is not.
/// </summary>
internal static class PacePlan
{
    public static readonly DateOnly Start = new(2027, 1, 4);
    public static readonly DateOnly Due = new(2027, 1, 27);

    /// <summary>The sixth working day of t1.</summary>
    public static readonly DateOnly SixthDay = new(2027, 1, 11);

    public static PlanDocument Build(ActivityDocument? activity = null, string owner = "eva") => new()
    {
        Name = "East pace",
        Scope = "team",
        Team = "East",
        Owner = "dana",
        PeriodStart = new(2027, 1, 1),
        PeriodEnd = new(2027, 12, 31),
        Strategies =
        [
            new()
            {
                Id = "s1",
                Tactics = [new() { Id = "t1", Action = "Call clinics.", Owner = owner, Start = Start, Due = Due, Activities = [activity ?? Calls()] }],
            },
        ],
        People =
        [
            new() { Handle = "dana", Role = "manager" },
            new() { Handle = "eva", Role = "rep", Team = "East" },
            new() { Handle = "max", Role = "rep", Team = "east " },
            new() { Handle = "olga", Role = "rep", Team = "West" },
        ],
    };

    public static ActivityDocument Calls(string per = "day", decimal target = 10, params string[] assignees) =>
        new() { Metric = "calls", Unit = "count", Target = target, Per = per, Assignees = assignees.Length == 0 ? null : assignees };

    public static ActivityFact Logged(string day, string person, decimal quantity, string? tactic = null, string metric = "calls") =>
        new(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), person, metric, quantity, tactic);
}
