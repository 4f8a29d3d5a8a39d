using Gameplan.Domain.Critique;

namespace Gameplan.Domain.Tests.Critique;

/// <summary>The shared sound example (clinic growth), rebuilt in C#: no error or warning on 2027-02-01.</summary>
internal static class SoundPlan
{
    public static readonly DateOnly Today = new(2027, 2, 1);

    public static PlanDocument Build() => new()
    {
        Name = "FY2027 Clinic Growth Plan",
        Scope = "team",
        Team = "Mid-Market East",
        Owner = "dana",
        PeriodStart = new(2027, 1, 1),
        PeriodEnd = new(2027, 12, 31),
        Drafted = new(2026, 9, 20),
        Mission = "Help independent clinics get paid faster for the care they give.",
        BackgroundCurrent = "42 clinic customers, 60% of them from referrals; outbound pipeline is thin.",
        BackgroundDesired = "80 clinic customers by year end, half of new business sourced by our own outbound.",
        CustomerWho = "Independent clinics with 5 to 50 practitioners in the north-east.",
        CustomerValues = "Fewer denied insurance claims and a go-live within one week.",
        DesiredResults = "Nearly double the customer base while keeping churn under 5%.",
        Goals =
        [
            new() { Id = "g1", Title = "Reach 80 paying clinics", Metric = "customers", Unit = "count", Baseline = 42, Target = 80, Due = new(2027, 12, 31), Dri = ["dana"] },
            new() { Id = "g2", Title = "Keep annual churn under 5%", Metric = "churn_rate", Unit = "percent", Baseline = 7, Target = 5, Due = new(2027, 12, 31), Dri = ["sam"] },
        ],
        Strategies =
        [
            new()
            {
                Id = "s1",
                Statement = "Win multi-site clinics through value-based selling built on claim-denial savings.",
                Dri = ["sam"],
                Goals = ["g1"],
                Tactics =
                [
                    Tactic("t1", "Prospect for one hour every working day.", "team", ["ana", "ben"], ["Sales Navigator seats"],
                        new() { Metric = "prospecting_minutes", Unit = "minutes", Target = 60, Per = "day", Assignees = ["team"] }, ["ana", "ben"]),
                    Tactic("t2", "Each rep books at least three demos with multi-site clinics this quarter.", "team", ["ana", "ben", "dana"],
                        ["Demo environment with sample claims data"],
                        new() { Metric = "demos_booked", Unit = "count", Target = 3, Per = "quarter", Assignees = ["team"] }, ["ana", "ben"]),
                ],
            },
            new()
            {
                Id = "s2",
                Statement = "Turn onboarding speed into our retention advantage with a dedicated go-live team.",
                Dri = ["dana"],
                Goals = ["g2"],
                Tactics =
                [
                    Tactic("t3", "Call every customer whose contract renews in the next 60 days.", "ben", ["ben"], [],
                        new() { Metric = "renewal_calls", Unit = "count", Target = 5, Per = "week", Assignees = ["owner"] }, ["ben"]),
                ],
            },
        ],
        People =
        [
            new() { Handle = "dana", Name = "Dana Reyes", Role = "manager", CapacityHoursPerWeek = 40 },
            new() { Handle = "sam", Name = "Sam Ito", Role = "executive", CapacityHoursPerWeek = 40 },
            new() { Handle = "ana", Name = "Ana Silva", Role = "rep", Team = "Mid-Market East", CapacityHoursPerWeek = 40 },
            new() { Handle = "ben", Name = "Ben Okafor", Role = "rep", Team = "Mid-Market East", CapacityHoursPerWeek = 40 },
        ],
        Reviews =
        [
            new() { Kind = "strategic", Date = new(2027, 3, 31), Held = false },
            new() { Kind = "tactical", Date = new(2027, 1, 15), Held = true, Notes = "Pipeline on track; demo environment ready." },
            new() { Kind = "tactical", Date = new(2027, 1, 29), Held = true, Notes = "Ana ahead on demos; Ben behind on prospecting." },
        ],
    };

    private static TacticDocument Tactic(
        string id, string action, string owner, string[] authors, string[] resources, ActivityDocument activity, string[] acknowledgedBy) => new()
        {
            Id = id,
            Action = action,
            Owner = owner,
            Authors = authors,
            Start = new(2027, 1, 4),
            Due = new(2027, 3, 31),
            Resources = resources,
            Activities = [activity],
            AcknowledgedBy = acknowledgedBy,
        };
}
