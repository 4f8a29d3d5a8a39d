using Gameplan.Domain.Critique;
using Gameplan.Domain.Funnels;

namespace Gameplan.Domain.Tests.Funnels;

/// <summary>
/// The funnel of PLAN-FORMAT.md's example on a small team plan. Goal g1: revenue from 1,000,000 to
/// 4,500,000 USD by Thursday 30 September 2027; deals of 25,000; a cycle of 61 days; calls 0.10,
/// meetings 0.30, opportunities 0.25, deals. Tactic t1 commits the team East (ana and ben, 40 hours
/// a week each) to 20 calls a working day from Monday 4 January to Wednesday 30 June 2027 (128
/// working days). Today is Monday 4 January 2027, so the activity window runs to Saturday 31 July
/// (30 September minus 61 days): 150 working days.
/// </summary>
internal static class FunnelPlan
{
    public static readonly DateOnly Today = new(2027, 1, 4);

    public static FunnelDocument Funnel(decimal calls = 0.10m, decimal meetings = 0.30m, decimal opportunities = 0.25m, int cycle = 61, decimal dealValue = 25000m) => new()
    {
        DealValue = dealValue,
        CycleDays = cycle,
        Stages =
        [
            new() { Metric = "calls", Rate = calls },
            new() { Metric = "meetings", Rate = meetings },
            new() { Metric = "opportunities", Rate = opportunities },
            new() { Metric = "deals" },
        ],
    };

    public static GoalDocument Revenue(decimal baseline = 1_000_000m, decimal target = 4_500_000m, string unit = "currency:USD", DateOnly? due = null) => new()
    {
        Id = "g1",
        Title = "Reach 4.5M in revenue",
        Metric = "revenue",
        Unit = unit,
        Baseline = baseline,
        Target = target,
        Due = due ?? new DateOnly(2027, 9, 30),
        Dri = ["dana"],
    };

    public static ActivityDocument Calls(decimal perDay = 20m, string metric = "calls") =>
        new() { Metric = metric, Unit = "count", Target = perDay, Per = "day", Assignees = ["team"] };

    public static PlanDocument Build(
        FunnelDocument? funnel = null, IReadOnlyList<GoalDocument>? goals = null, IReadOnlyList<ActivityDocument>? activities = null,
        IReadOnlyList<DateOnly>? holidays = null, decimal capacity = 40m) => new()
        {
            Name = "East revenue",
            Scope = "team",
            Team = "East",
            Owner = "dana",
            PeriodStart = new(2027, 1, 1),
            PeriodEnd = new(2027, 12, 31),
            Goals = goals ?? [Revenue()],
            Strategies =
            [
                new()
                {
                    Id = "s1",
                    Statement = "Win clinics with outbound prospecting.",
                    Dri = ["dana"],
                    Goals = ["g1"],
                    Tactics =
                    [
                        new()
                        {
                            Id = "t1", Action = "Call clinics every working day.", Owner = "team", Start = new(2027, 1, 4), Due = new(2027, 6, 30),
                            Resources = [], Activities = activities ?? [Calls()],
                        },
                    ],
                },
            ],
            People =
            [
                new() { Handle = "dana", Role = "manager" },
                new() { Handle = "ana", Role = "rep", Team = "East", CapacityHoursPerWeek = capacity },
                new() { Handle = "ben", Role = "rep", Team = "East", CapacityHoursPerWeek = capacity },
            ],
            Funnel = funnel ?? Funnel(),
            Settings = new CritiqueSettings { Holidays = holidays ?? [] },
        };
}
