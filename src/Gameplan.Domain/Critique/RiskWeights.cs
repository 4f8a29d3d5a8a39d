namespace Gameplan.Domain.Critique;

/// <summary>
/// Which failure reasons each rule's findings point to, how strongly, and which elements the rule checks.
/// A weight is what the rule adds to a reason when every element it checks has an error (100 = a direct
/// sign of that reason, less = a partial one); <see cref="RiskRadar"/> scales it by the share of elements
/// affected and their severity. The rationale: customer questions and mission speak to understanding the
/// customer; missing owners, DRIs, rep authorship and acknowledgements to commitment; resources and
/// overload to resource competence; dates, the planning window and commitments below what the funnel
/// requires to time requirements; broken links between goals, strategies, tactics, people and parent and
/// child plans to coordination; unmeasurable goals, tactics without activities, overdue reviews, pace and
/// lapsed check-ins to follow-through; confused statements and too many strategies to focus.
/// </summary>
public static class RiskWeights
{
    private const RiskScope Elements = RiskScope.Plan | RiskScope.Goals | RiskScope.Strategies | RiskScope.Tactics;

    private static readonly Dictionary<string, (RiskScope Scope, (string Risk, int Weight)[] Weights)> Table = new(StringComparer.Ordinal)
    {
        ["GP101"] = (RiskScope.Plan, [("customer-understanding", 30), ("communication", 60)]),
        ["GP102"] = (RiskScope.Plan, [("customer-understanding", 40), ("communication", 40)]),
        ["GP103"] = (RiskScope.Plan, [("customer-understanding", 90)]),
        ["GP104"] = (RiskScope.Plan, [("follow-through", 50), ("focus", 70)]),
        ["GP105"] = (RiskScope.Goals, [("follow-through", 60), ("focus", 40)]),
        ["GP106"] = (RiskScope.Goals | RiskScope.Strategies, [("commitment", 100), ("follow-through", 30)]),
        ["GP107"] = (RiskScope.Strategies, [("time-requirements", 20), ("follow-through", 100)]),
        ["GP108"] = (RiskScope.Tactics, [("coordination", 60), ("focus", 60)]),
        ["GP109"] = (RiskScope.Tactics, [("commitment", 100), ("follow-through", 30)]),
        ["GP110"] = (RiskScope.Tactics, [("time-requirements", 100), ("follow-through", 30)]),
        ["GP111"] = (RiskScope.Tactics, [("resource-competence", 100)]),
        ["GP112"] = (RiskScope.Tactics, [("follow-through", 80)]),
        ["GP113"] = (RiskScope.Strategies, [("coordination", 60), ("focus", 60)]),
        ["GP114"] = (RiskScope.Goals, [("coordination", 60), ("follow-through", 60)]),
        ["GP201"] = (RiskScope.Strategies, [("communication", 20), ("focus", 100)]),
        ["GP202"] = (RiskScope.Strategies, [("focus", 100)]),
        ["GP203"] = (RiskScope.Tactics, [("communication", 20), ("follow-through", 60)]),
        ["GP301"] = (RiskScope.Plan, [("time-requirements", 80)]),
        ["GP302"] = (RiskScope.Tactics, [("time-requirements", 100), ("coordination", 30)]),
        ["GP303"] = (RiskScope.Tactics, [("time-requirements", 100)]),
        ["GP304"] = (RiskScope.Plan, [("follow-through", 100)]),
        ["GP305"] = (RiskScope.Plan, [("follow-through", 100)]),
        ["GP306"] = (RiskScope.Plan, [("communication", 40), ("follow-through", 100)]),
        ["GP307"] = (RiskScope.Plan, [("communication", 40), ("commitment", 100)]),
        ["GP308"] = (RiskScope.Tactics, [("communication", 30), ("commitment", 100)]),
        ["GP401"] = (RiskScope.Plan, [("focus", 100)]),
        ["GP402"] = (RiskScope.People, [("resource-competence", 70), ("focus", 50)]),
        ["GP403"] = (RiskScope.People, [("resource-competence", 100), ("time-requirements", 50)]),
        ["GP404"] = (Elements, [("communication", 40), ("coordination", 100)]),
        ["GP501"] = (RiskScope.Tactics, [("follow-through", 100)]),
        ["GP502"] = (RiskScope.Tactics, [("follow-through", 100)]),
        // One finding per person who stopped checking in, said on the plan.
        ["GP503"] = (RiskScope.People, [("communication", 40), ("follow-through", 80)]),
        ["GP601"] = (RiskScope.Goals, [("commitment", 40), ("coordination", 100)]),
        ["GP602"] = (RiskScope.Strategies, [("coordination", 80), ("follow-through", 50)]),
        ["GP603"] = (RiskScope.Plan | RiskScope.Goals, [("communication", 30), ("coordination", 100)]),
        ["GP604"] = (RiskScope.Goals, [("coordination", 100)]),
        ["GP611"] = (RiskScope.Goals, [("time-requirements", 100), ("commitment", 40)]),
        ["GP612"] = (RiskScope.Goals, [("time-requirements", 60), ("follow-through", 40)]),
        ["GP613"] = (RiskScope.Goals, [("time-requirements", 60), ("resource-competence", 80)]),
        // The funnel is one thing: several stages assumed too high are one weakness of the plan.
        ["GP614"] = (RiskScope.Plan, [("resource-competence", 60)]),
    };

    /// <summary>What <paramref name="rule"/> adds to <paramref name="risk"/> when every element it checks has an error (0 when unrelated).</summary>
    public static int For(string rule, string risk) =>
        Table.TryGetValue(rule, out var entry) ? entry.Weights.Where(weight => weight.Risk == risk).Sum(weight => weight.Weight) : 0;

    /// <summary>The elements <paramref name="rule"/> checks (the whole plan for a rule the table does not know).</summary>
    public static RiskScope ScopeOf(string rule) => Table.TryGetValue(rule, out var entry) ? entry.Scope : RiskScope.Plan;
}
