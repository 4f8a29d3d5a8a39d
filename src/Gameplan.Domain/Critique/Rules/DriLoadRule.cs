namespace Gameplan.Domain.Critique.Rules;

/// <summary>
/// GP402: one person is DRI for more than three goals and strategies together. A DRI the plan does not
/// know ("Sales") is GP404's, once per element, not a load on a person.
/// </summary>
internal sealed class DriLoadRule : CritiqueRule
{
    private const int MaxItems = 3;

    public override string Id => "GP402";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<Finding> Check(CritiqueContext context) =>
        context.Plan.Goals.Select(goal => goal.Dri)
            .Concat(context.Plan.Strategies.Select(strategy => strategy.Dri))
            .SelectMany(dri => dri.Where(handle => !CritiqueContext.IsBlank(handle) && !CritiqueContext.SameName(handle, CritiqueContext.Team)
                    && !context.IsUnknownPerson(handle))
                .Select(handle => handle.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(handle => handle, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > MaxItems)
            .Select(group => Report($"people[{group.Key}]",
                $"{group.Key} is DRI for {group.Count()} goals and strategies, more than {MaxItems}.",
                "Spread accountability: give some of them to another person who can own them."));
}
