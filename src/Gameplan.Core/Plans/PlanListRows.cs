using System.Linq.Expressions;
using Gameplan.Core.People;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Plans;

/// <summary>A plan as the lists read it (one row, its elements counted in the database) and as they show it.</summary>
internal sealed record PlanListRow(
    int Id, string Name, PlanScope Scope, int? TeamId, int? OwnerId, DateOnly PeriodStart, DateOnly PeriodEnd, PlanStatus Status,
    DateTimeOffset UpdatedAt, int Goals, int Strategies, int Tactics)
{
    /// <summary>The projection both the plan list and its filtered view send to the database.</summary>
    public static readonly Expression<Func<StrategicPlan, PlanListRow>> Of = p => new PlanListRow(
        p.Id, p.Name, p.Scope, p.TeamId, p.OwnerId, p.PeriodStart, p.PeriodEnd, p.Status, p.UpdatedAt,
        p.Goals.Count, p.Strategies.Count, p.Tactics.Count);

    /// <summary>The row as the list shows it, with its team's name and its owner's handle.</summary>
    public PlanSummary ToSummary(IReadOnlyDictionary<int, string> teams, PeopleIndex people) => new(
        Id, Name, Scope, TeamId is { } t ? teams.GetValueOrDefault(t) : null, people.HandleOf(OwnerId),
        PeriodStart, PeriodEnd, Status, Goals, Strategies, Tactics, UpdatedAt);
}
