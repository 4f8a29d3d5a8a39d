using Gameplan.Domain.Critique;

namespace Gameplan.Domain.Tests.Critique;

/// <summary>The shared naive example, rebuilt in C#: results posing as strategies, loose tactics.</summary>
internal static class NaivePlan
{
    public static PlanDocument Build() => new()
    {
        Name = "2027 Sales Plan",
        Scope = "team",
        Team = "Field Sales",
        Owner = "lee",
        PeriodStart = new(2027, 1, 1),
        PeriodEnd = new(2027, 12, 31),
        Drafted = new(2026, 12, 15),
        Mission = "Be the best sales team in the industry.",
        BackgroundCurrent = "Revenue flat for two years.",
        BackgroundDesired = "Growth again.",
        Goals = [new() { Id = "g1", Title = "Increase sales by 50% this year", Metric = "revenue", Unit = "currency:USD", Dri = ["lee"] }],
        Strategies =
        [
            new()
            {
                Id = "s1",
                Statement = "Fill the pipeline with more leads over the next two weeks.",
                Dri = ["lee"],
                Goals = ["g1"],
                Tactics =
                [
                    new()
                    {
                        Id = "t1", Action = "Spend an hour prospecting each day.", Owner = "lee", Authors = ["lee"],
                        Start = new(2027, 1, 4), Due = new(2027, 1, 15), Resources = [],
                        Activities = [new() { Metric = "prospecting_minutes", Unit = "minutes", Target = 60, Per = "day", Assignees = ["team"] }],
                    },
                    new() { Id = "t2", Action = "Attend an industry networking event.", Authors = ["lee"], Resources = ["Conference budget"] },
                ],
            },
            new()
            {
                Id = "s2",
                Statement = "Close more deals each month.",
                Goals = ["g1"],
                Tactics =
                [
                    new()
                    {
                        Id = "t3", Action = "Create an incentive for the reps who close the most deals in a month.", Owner = "lee",
                        Authors = ["lee"], Due = new(2027, 3, 31), Resources = ["Incentive budget"],
                    },
                ],
            },
            new() { Id = "s3", Statement = "Hire 20 entry-level sales representatives by the end of Q1.", Dri = ["lee"], Goals = ["g1"] },
        ],
        People =
        [
            new() { Handle = "lee", Name = "Lee Park", Role = "manager", CapacityHoursPerWeek = 40 },
            new() { Handle = "ana", Name = "Ana Silva", Role = "rep", Team = "Field Sales" },
            new() { Handle = "ben", Name = "Ben Okafor", Role = "rep", Team = "Field Sales" },
        ],
    };
}
