namespace Gameplan.Domain.Critique.Rules;

/// <summary>
/// GP404: an owner, DRI, author, assignee or acknowledger is not a person listed in the plan: one finding
/// per element, naming every unknown name in it; a plan that lists no people at all is one finding.
/// Handles are lower case: a capitalised name or one with a space ("Sales", "Customer Success") is read as a function.
/// </summary>
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
        var distinct = references.DistinctBy(reference => (reference.Path, reference.Handle.ToLowerInvariant())).ToList();
        if (distinct.Count > 0 && plan.People.Count == 0)
        {
            // A plan that lists nobody is one missing section, not a fault in each element that names someone.
            var names = distinct.Select(reference => reference.Handle).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            return [Report("people",
                $"Plan {CritiqueContext.Quote(plan.Name, "plan")} lists no people, so none of the {names.Count} it names ({Names(names)}) is a known person.",
                "List the plan's people (handle, name, role), and name a person wherever a function or team is written.")];
        }
        // One finding per element, however many unknown names it holds (a function written as owner, DRI and assignee is one cause).
        return distinct.GroupBy(reference => reference.Path, StringComparer.Ordinal).Select(group => group.Count() == 1
            ? Report(group.Key, $"The {group.First().Role} '{group.First().Handle}' of {group.Key} is not a known person{Function(group.First().Handle)}.",
                Advice(group))
            : Report(group.Key,
                $"{group.Key} names people who are not known: {string.Join(", ", group.Select(reference => $"the {reference.Role} '{reference.Handle}'"))}.",
                Advice(group)));

        static string Names(List<string> names) => names.Count <= 5 ? string.Join(", ", names) : $"{string.Join(", ", names.Take(5))} and {names.Count - 5} more";

        string Function(string handle) => IsFunction(handle, plan.Team) ? " (a function or team is not a person)" : "";

        string Advice(IEnumerable<(string Path, string Role, string Handle)> group) =>
            group.Any(reference => IsFunction(reference.Handle, plan.Team))
                ? "Name the one person responsible (a team or function cannot be held to it), and add them to the plan's people."
                : "Add the person to the plan's people, or correct the handle.";

        void AddAll(string path, string role, IReadOnlyList<string> handles)
        {
            foreach (var handle in handles)
            {
                Add(path, role, handle);
            }
        }

        void Add(string path, string role, string handle)
        {
            if (context.IsUnknownPerson(handle))
            {
                references.Add((path, role, handle.Trim()));
            }
        }
    }

    /// <summary>A name that reads as a function or team, not a person: the plan's team, several words, an acronym ("CS", "SDR") or a department's name.</summary>
    private static bool IsFunction(string handle, string? team)
    {
        var name = handle.Trim();
        return CritiqueContext.SameName(name, team) || name.Contains(' ', StringComparison.Ordinal)
            || (name.Length is >= 2 and <= 5 && name.All(char.IsUpper)) || People.FunctionNames.IsFunction(name);
    }
}
