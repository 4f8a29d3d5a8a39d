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
        if (plan.Owner is not null)
        {
            Add("plan", "owner", plan.Owner);
        }
        for (var index = 0; index < plan.Goals.Count; index++)
        {
            AddAll(CritiqueContext.GoalPath(plan.Goals[index], index), "DRI", plan.Goals[index].Dri);
        }
        for (var index = 0; index < plan.Strategies.Count; index++)
        {
            AddAll(CritiqueContext.StrategyPath(plan.Strategies[index], index), "DRI", plan.Strategies[index].Dri);
        }
        foreach (var placed in context.Tactics)
        {
            var tactic = placed.Tactic;
            if (tactic.Owner is not null)
            {
                Add(placed.Path, "owner", tactic.Owner);
            }
            AddAll(placed.Path, "author", tactic.Authors);
            foreach (var activity in tactic.Activities)
            {
                AddAll(placed.Path, "assignee", activity.Assignees ?? []);
            }
            AddAll(placed.Path, "acknowledger", tactic.AcknowledgedBy);
        }
        return references
            .DistinctBy(reference => (reference.Path, reference.Handle.ToLowerInvariant()))
            .Select(reference => Report(reference.Path,
                $"The {reference.Role} '{reference.Handle}' of {reference.Path} is not a known person.",
                "Add the person to the plan's people, or correct the handle."));

        void AddAll(string path, string role, IReadOnlyList<string> handles)
        {
            foreach (var handle in handles)
            {
                Add(path, role, handle);
            }
        }

        void Add(string path, string role, string handle)
        {
            if (!CritiqueContext.IsBlank(handle)
                && !CritiqueContext.SameName(handle, CritiqueContext.Team)
                && !CritiqueContext.SameName(handle, CritiqueContext.Owner)
                && !context.IsKnown(handle))
            {
                references.Add((path, role, handle.Trim()));
            }
        }
    }
}
