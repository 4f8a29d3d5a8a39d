namespace Gameplan.Domain.Plans;

/// <summary>
/// What a team or personal plan carries out: a parent plan and one of its strategies (or goals),
/// by key. The parent is a stored plan (<see cref="PlanId"/>), or, when an imported file names a
/// plan the organisation does not have (yet), the name as written (<see cref="PlanName"/>), so
/// nothing the file said is lost; the critique reports such a parent (GP603).
/// </summary>
/// <param name="PlanId">The parent plan; null when it could not be found.</param>
/// <param name="PlanName">The parent's name as written, kept only while <paramref name="PlanId"/> is null.</param>
/// <param name="StrategyKey">The parent's strategy this plan carries out, e.g. <c>s2</c>.</param>
/// <param name="GoalKey">The parent's goal this plan carries out, when it names a goal rather than a strategy.</param>
public sealed record PlanParent(int? PlanId, string? PlanName, string? StrategyKey, string? GoalKey = null)
{
    /// <summary>A parent that names a plan, checked: lengths, and a stored or a named plan.</summary>
    internal PlanParent Checked()
    {
        var name = PlanId is null ? Guard.Optional(PlanName, "parent.plan", 200) : null;
        if (PlanId is null && name is null)
        {
            throw new DomainRuleException("A parent names the plan this plan carries out.", "parent.plan");
        }
        return new PlanParent(PlanId, name, Guard.Optional(StrategyKey, "parent.strategy", 40), Guard.Optional(GoalKey, "parent.goal", 40));
    }
}
