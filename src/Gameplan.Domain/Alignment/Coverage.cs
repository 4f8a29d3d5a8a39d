using Gameplan.Domain.Critique;

namespace Gameplan.Domain.Alignment;

/// <summary>
/// The coverage maths of the cascade: which child goals contribute to which parent goal, in which
/// unit, and how much of each parent goal's target they add up to. Pure; the critique (GP601,
/// GP604), the plan page, the cycle page and the alignment view all use it.
/// </summary>
public static class Coverage
{
    /// <summary>The unit a goal that states none is measured in.</summary>
    public const string DefaultUnit = "count";

    /// <summary>True when two goals are measured in the same unit (case and spaces ignored; none means count).</summary>
    public static bool SameUnit(string? a, string? b) =>
        string.Equals(Normalize(a), Normalize(b), StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="id"/> names <paramref name="goal"/> (ids compare trimmed, ignoring case).</summary>
    public static bool Names(string? id, string? goal) =>
        !string.IsNullOrWhiteSpace(id) && !string.IsNullOrWhiteSpace(goal)
        && string.Equals(id.Trim(), goal.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The amount a child goal contributes, in the parent goal's unit: the stated amount, else the
    /// child goal's own target when both goals share a unit (a team goal of 60 customers under an
    /// organisation goal in customers gives 60), else nothing.
    /// </summary>
    public static decimal AmountOf(GoalDocument child, GoalDocument parent) =>
        child.ContributesTo?.Amount
        ?? (SameUnit(child.Unit, parent.Unit) && child.Target is { } target ? target : 0m);

    /// <summary>The coverage of each goal of <paramref name="parent"/> by the goals of <paramref name="children"/>, in the parent's goal order.</summary>
    public static IReadOnlyList<GoalCoverage> Of(PlanDocument parent, IReadOnlyList<PlanDocument> children)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(children);
        return [.. parent.Goals.Where(goal => !string.IsNullOrWhiteSpace(goal.Id)).Select(goal => OfGoal(goal, children))];
    }

    /// <summary>The coverage of one parent goal by the goals of <paramref name="children"/> that contribute to it.</summary>
    public static GoalCoverage OfGoal(GoalDocument goal, IReadOnlyList<PlanDocument> children)
    {
        ArgumentNullException.ThrowIfNull(goal);
        var contributions = new List<Contribution>();
        foreach (var child in children)
        {
            foreach (var childGoal in child.Goals)
            {
                if (Names(childGoal.ContributesTo?.Goal, goal.Id))
                {
                    contributions.Add(new Contribution(child.Name, childGoal.Id, childGoal.Title,
                        AmountOf(childGoal, goal), SameUnit(childGoal.Unit, goal.Unit)));
                }
            }
        }
        var covered = contributions.Where(c => c.Counted).Sum(c => c.Amount);
        return new GoalCoverage(goal.Id?.Trim() ?? "", goal.Target, covered, contributions);
    }

    private static string Normalize(string? unit) => string.IsNullOrWhiteSpace(unit) ? DefaultUnit : unit.Trim();
}
