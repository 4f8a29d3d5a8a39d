using Gameplan.Domain.Plans;

namespace Gameplan.Domain.Tests.Plans;

/// <summary>Plans and fields with sensible defaults, so each test states only what matters to it.</summary>
internal static class PlanBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    public static StrategicPlan Plan(PlanScope scope = PlanScope.Organization, int? teamId = null, int? ownerId = 1) =>
        new(1, Header(scope, teamId, ownerId), Now);

    public static PlanHeader Header(PlanScope scope = PlanScope.Organization, int? teamId = null, int? ownerId = 1) =>
        new("FY2027 Plan", scope, teamId, ownerId, new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), new DateOnly(2026, 9, 20));

    public static GoalFields Goal(string? key = null, string title = "Reach 80 clinics", decimal? baseline = 42, decimal? target = 80, GoalDirection? direction = null) =>
        new(key, title, "customers", "count", baseline, target, new DateOnly(2027, 12, 31), 1, direction);

    public static StrategyFields Strategy(string? key = null, params string[] goals) =>
        new(key, "Win multi-site clinics through value-based selling.", 1, goals);

    public static TacticFields Tactic(string? key = null, DateOnly? start = null, DateOnly? due = null, TacticOwner? owner = null) =>
        new(key, "Prospect for one hour every working day.", owner ?? TacticOwner.Team, [2, 3], start ?? new DateOnly(2027, 1, 4), due ?? new DateOnly(2027, 3, 31), ["Sales Navigator"]);

    public static CommitmentFields Commitment(decimal target = 60, AssigneeMode assignees = AssigneeMode.Team, params int[] people) =>
        new("prospecting_minutes", "minutes", target, CommitmentPer.Day, assignees, people);
}
