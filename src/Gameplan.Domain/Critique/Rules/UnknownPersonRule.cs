namespace Gameplan.Domain.Critique.Rules;

/// <summary>GP404: an owner, DRI, author, assignee or acknowledger is not a person listed in the plan.</summary>
internal sealed class UnknownPersonRule : CritiqueRule
{
    public override string Id => "GP404";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        var plan = context.Plan;
        var references = new List<(string Path, string Role, string Handle)>();
        Add("plan", "owner", plan.Owner is null ? [] : [plan.Owner]);
        foreach (var (goal, index) in plan.Goals.Select((goal, index) => (goal, index)))
        {
            Add(CritiqueContext.GoalPath(goal, index), "DRI", goal.Dri);
        }
        foreach (var (strategy, index) in plan.Strategies.Select((strategy, index) => (strategy, index)))
        {
            Add(CritiqueContext.StrategyPath(strategy, index), "DRI", strategy.Dri);
        }
        foreach (var placed in context.Tactics)
        {
            var tactic = placed.Tactic;
            Add(placed.Path, "owner", tactic.Owner is null ? [] : [tactic.Owner]);
            Add(placed.Path, "author", tactic.Authors);
            Add(placed.Path, "assignee", tactic.Activities.SelectMany(activity => activity.Assignees ?? []));
            Add(placed.Path, "acknowledger", tactic.AcknowledgedBy);
        }
        return references
            .DistinctBy(reference => (reference.Path, reference.Handle.ToLowerInvariant()))
            .Select(reference => Report(reference.Path,
                $"The {reference.Role} '{reference.Handle}' of {reference.Path} is not a known person.",
                "Add the person to the plan's people, or correct the handle."));

        void Add(string path, string role, IEnumerable<string> handles) =>
            references.AddRange(handles
                .Where(handle => !CritiqueContext.IsBlank(handle)
                    && !CritiqueContext.SameName(handle, CritiqueContext.Team)
                    && !CritiqueContext.SameName(handle, CritiqueContext.Owner)
                    && !context.IsKnown(handle))
                .Select(handle => (path, role, handle.Trim())));
    }
}
