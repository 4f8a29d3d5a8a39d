using System.Globalization;
using Gameplan.Bench.Activities;
using Gameplan.Core.PlanFiles;

namespace Gameplan.Bench.Cycles;

/// <summary>
/// The plan files of the cycle benchmark's cascade. The organisation plan has 5 goals and 5 strategies of 2
/// tactics; a team plan carries out one of its strategies and has 3 goals contributing to the organisation's
/// (130 of the 1,400 new customers: the ten teams cover 93%), 3 strategies of 3 tactics with 2 commitments each
/// on the whole team; a rep plan carries out a strategy of the team plan with 2 goals contributing to the team's
/// and 2 strategies of 2 tactics with 2 commitments each.
/// </summary>
internal static class CyclePlanFiles
{
    private static readonly (string Metric, string Title, decimal Target)[] OrganizationGoals =
    [
        ("customers", "Win 1,400 new clinic customers", 1400),
        ("renewals", "Renew 900 contracts", 900),
        ("meetings", "Book 20,000 first meetings", 20000),
        ("referrals", "Get 300 referrals from customers", 300),
        ("partners", "Sign 12 reseller partners", 12),
    ];

    public static PlanFile Organization(DateOnly start, DateOnly end) => File(CycleSeeder.OrganizationPlan, "organization", null, CycleSeeder.Executive, null, start, end,
        [.. OrganizationGoals.Select((g, i) => Goal(i + 1, g.Metric, g.Title, g.Target, CycleSeeder.Executive, end, null))],
        [.. Enumerable.Range(1, 5).Select(s => Strategy(s, $"Grow through {OrganizationGoals[s - 1].Metric} in every region.", CycleSeeder.Executive, [$"g{s}"],
            [.. Enumerable.Range(1, 2).Select(t => Tactic($"o{s}_{t}", $"Review the {OrganizationGoals[s - 1].Metric} figures with each team every month ({t}).", CycleSeeder.Executive, start, end,
                [Activity("meetings", 1, "month", PlanFileAssignees.Owner)]))]))]);

    public static PlanFile Team(int team, DateOnly start, DateOnly end)
    {
        var manager = CycleSeeder.Manager(team);
        return File(TeamPlan(team), "team", TeamName(team), manager, new PlanFileParent(CycleSeeder.OrganizationPlan, $"s{((team - 1) % 5) + 1}"), start, end,
            [
                Goal(1, "customers", "Win 130 new clinic customers", 130, manager, end, new PlanFileContribution("g1", 130)),
                Goal(2, "renewals", "Renew 90 contracts", 90, manager, end, new PlanFileContribution("g2", 90)),
                Goal(3, "meetings", "Book 2,000 first meetings", 2000, manager, end, new PlanFileContribution("g3", 2000)),
            ],
            [.. Enumerable.Range(1, 3).Select(s => Strategy(s, $"Win clinics of segment {s} in {TeamName(team)}'s region through value-based selling.", manager, [$"g{s}"],
                [.. Enumerable.Range(1, 3).Select(t => Tactic($"t{s}_{t}", $"Call {5 + t} clinic managers of segment {s} every working day.", manager, start, end,
                    [Activity("calls", 5 + t, "day", PlanFileAssignees.Team), Activity("meetings", 2, "week", PlanFileAssignees.Team)]))]))]);
    }

    public static PlanFile Rep(int rep, int team, DateOnly start, DateOnly end)
    {
        var handle = ActivityCsvGenerator.Handle(rep);
        return File($"Plan of {handle}", "person", TeamName(team), handle, new PlanFileParent(TeamPlan(team), $"s{(rep % 3) + 1}"), start, end,
            [
                Goal(1, "customers", "Win 13 new clinic customers", 13, handle, end, new PlanFileContribution("g1", 13)),
                Goal(2, "renewals", "Renew 9 contracts", 9, handle, end, new PlanFileContribution("g2", 9)),
            ],
            [.. Enumerable.Range(1, 2).Select(s => Strategy(s, $"Win the clinics of my territory's area {s} by showing claim savings.", handle, [$"g{s}"],
                [.. Enumerable.Range(1, 2).Select(t => Tactic($"t{s}_{t}", $"Visit {2 + t} clinics of area {s} every week.", handle, start, end,
                    [Activity("calls", 10 + t, "day", PlanFileAssignees.Owner), Activity("meetings", t, "week", PlanFileAssignees.Owner)]))]))]);
    }

    public static string TeamName(int team) => string.Create(CultureInfo.InvariantCulture, $"Team {team:000}");

    private static string TeamPlan(int team) => $"{TeamName(team)} plan";

    private static PlanFile File(string name, string scope, string? team, string owner, PlanFileParent? parent, DateOnly start, DateOnly end,
        IReadOnlyList<PlanFileGoal> goals, IReadOnlyList<PlanFileStrategy> strategies) => new()
        {
            Plan = new PlanFilePlan
            {
                Name = name,
                Scope = scope,
                Team = team,
                Owner = owner,
                Parent = parent,
                Period = new PlanFilePeriod(start, end),
                Mission = "Help clinics get paid faster.",
                Goals = goals,
                Strategies = strategies,
            },
        };

    private static PlanFileGoal Goal(int id, string metric, string title, decimal target, string dri, DateOnly due, PlanFileContribution? contribution) => new()
    {
        Id = $"g{id}",
        Title = title,
        Metric = metric,
        Unit = "count",
        Baseline = 0,
        Target = target,
        Due = due,
        Dri = [dri],
        ContributesTo = contribution,
    };

    private static PlanFileStrategy Strategy(int id, string statement, string dri, IReadOnlyList<string> goals, IReadOnlyList<PlanFileTactic> tactics) => new()
    {
        Id = $"s{id}",
        Statement = statement,
        Dri = [dri],
        Goals = goals,
        Tactics = tactics,
    };

    private static PlanFileTactic Tactic(string id, string action, string owner, DateOnly start, DateOnly end, IReadOnlyList<PlanFileActivity> activities) => new()
    {
        Id = id,
        Action = action,
        Owner = owner,
        Authors = [owner],
        Start = start,
        Due = end,
        Activities = activities,
        AcknowledgedBy = [owner],
    };

    private static PlanFileActivity Activity(string metric, decimal target, string per, PlanFileAssignees assignees) => new()
    {
        Metric = metric,
        Unit = "count",
        Target = target,
        Per = per,
        Assignees = assignees,
    };
}
