namespace Gameplan.Domain.Critique;

/// <summary>
/// Which failure reasons each rule's findings point to, and how strongly (points per finding,
/// out of 100). The rationale: customer questions and mission speak to understanding the
/// customer; missing owners, DRIs, rep authorship and acknowledgements to commitment; resources
/// and overload to resource competence; dates and the planning window to time requirements;
/// broken links between goals, strategies, tactics, people and parent and child plans to coordination; unmeasurable
/// goals, tactics without activities, overdue reviews, pace and lapsed check-ins to follow-through; commitments below
/// what the funnel requires and required activity past capacity to time requirements, assumed rates above the measured ones to resource competence; confused
/// statements and too many strategies to focus.
/// </summary>
public static class RiskWeights
{
    private static readonly Dictionary<string, (string Risk, int Points)[]> Table = new(StringComparer.Ordinal)
    {
        ["GP101"] = [("customer-understanding", 20), ("communication", 30)],
        ["GP102"] = [("customer-understanding", 15), ("communication", 20)],
        ["GP103"] = [("customer-understanding", 60)],
        ["GP104"] = [("follow-through", 25), ("focus", 40)],
        ["GP105"] = [("follow-through", 20), ("focus", 15)],
        ["GP106"] = [("commitment", 30), ("follow-through", 15)],
        ["GP107"] = [("time-requirements", 10), ("follow-through", 35)],
        ["GP108"] = [("coordination", 20), ("focus", 30)],
        ["GP109"] = [("commitment", 30), ("follow-through", 15)],
        ["GP110"] = [("time-requirements", 35), ("follow-through", 15)],
        ["GP111"] = [("resource-competence", 30)],
        ["GP112"] = [("follow-through", 30)],
        ["GP113"] = [("coordination", 25), ("focus", 15)],
        ["GP114"] = [("coordination", 25), ("follow-through", 15)],
        ["GP201"] = [("communication", 10), ("focus", 30)],
        ["GP202"] = [("focus", 20)],
        ["GP203"] = [("communication", 10), ("follow-through", 20)],
        ["GP301"] = [("time-requirements", 40)],
        ["GP302"] = [("time-requirements", 25), ("coordination", 10)],
        ["GP303"] = [("time-requirements", 15)],
        ["GP304"] = [("follow-through", 35)],
        ["GP305"] = [("follow-through", 30)],
        ["GP306"] = [("communication", 20), ("follow-through", 50)],
        ["GP307"] = [("communication", 15), ("commitment", 50)],
        ["GP308"] = [("communication", 20), ("commitment", 30)],
        ["GP401"] = [("focus", 50)],
        ["GP402"] = [("resource-competence", 30), ("focus", 20)],
        ["GP403"] = [("resource-competence", 40), ("time-requirements", 20)],
        ["GP404"] = [("communication", 15), ("coordination", 30)],
        ["GP501"] = [("follow-through", 35)],
        ["GP502"] = [("follow-through", 30)],
        ["GP503"] = [("communication", 15), ("follow-through", 30)],
        ["GP601"] = [("commitment", 20), ("coordination", 30)],
        ["GP602"] = [("coordination", 25), ("follow-through", 25)],
        ["GP603"] = [("communication", 10), ("coordination", 30)],
        ["GP604"] = [("coordination", 20)],
        ["GP611"] = [("time-requirements", 35), ("commitment", 15)],
        ["GP612"] = [("time-requirements", 25), ("follow-through", 25)],
        ["GP613"] = [("time-requirements", 30), ("resource-competence", 30)],
        ["GP614"] = [("resource-competence", 40)],
    };

    /// <summary>Points one finding of <paramref name="rule"/> adds to <paramref name="risk"/> (0 when unrelated).</summary>
    public static int For(string rule, string risk) =>
        Table.TryGetValue(rule, out var weights) ? weights.Where(weight => weight.Risk == risk).Sum(weight => weight.Points) : 0;

    /// <summary>Rules whose findings are errors or warnings by degree; their warnings weigh less.</summary>
    public static bool CanBeError(string rule) => rule is "GP403" or "GP501" or "GP601" or "GP611";
}
