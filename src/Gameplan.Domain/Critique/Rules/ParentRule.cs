namespace Gameplan.Domain.Critique.Rules;

/// <summary>
/// GP603: the parent plan, the parent strategy or goal a plan names, or the parent goal one of its
/// goals contributes to, cannot be found. Runs only when the critique knows the plans around this
/// one (in the app, or several files given to <c>lint</c>).
/// </summary>
internal sealed class ParentRule : CritiqueRule
{
    public const string ParentPath = "plan.parent";

    public override string Id => "GP603";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        if (context.Family is not { } family)
        {
            yield break;
        }
        var plan = context.Plan;
        var named = plan.Parent;
        var parent = family.Parent;
        if (named is not null)
        {
            if (CritiqueContext.IsBlank(named.Plan))
            {
                yield return Report(ParentPath, "The plan's parent names no plan.", "Name the plan this plan carries out (its name or id), or remove the parent.");
            }
            else if (parent is null)
            {
                yield return Report(ParentPath, $"The parent plan '{named.Plan!.Trim()}' cannot be found.",
                    "Correct the parent's name (lint the parent plan's file with this one), or remove the parent.");
            }
            else
            {
                if (!CritiqueContext.IsBlank(named.Strategy) && !parent.Strategies.Any(s => Alignment.Coverage.Names(s.Id, named.Strategy)))
                {
                    yield return Report(ParentPath, $"The parent plan '{parent.Name?.Trim()}' has no strategy '{named.Strategy!.Trim()}'.",
                        "Name one of the parent plan's strategies (by its id), the one this plan carries out.");
                }
                if (!CritiqueContext.IsBlank(named.Goal) && !parent.Goals.Any(g => Alignment.Coverage.Names(g.Id, named.Goal)))
                {
                    yield return Report(ParentPath, $"The parent plan '{parent.Name?.Trim()}' has no goal '{named.Goal!.Trim()}'.",
                        "Name one of the parent plan's goals (by its id), the one this plan carries out.");
                }
            }
        }
        for (var index = 0; index < plan.Goals.Count; index++)
        {
            var goal = plan.Goals[index];
            if (goal.ContributesTo is not { } contribution)
            {
                continue;
            }
            var path = CritiqueContext.GoalPath(goal, index);
            var title = CritiqueContext.Quote(goal.Title, goal.Id);
            if (named is null)
            {
                yield return Report(path, $"Goal {title} contributes to a parent goal, but the plan names no parent plan.",
                    "Name the parent plan (plan.parent) this plan carries out, or remove the contribution.");
            }
            else if (CritiqueContext.IsBlank(contribution.Goal))
            {
                yield return Report(path, $"Goal {title} contributes to a parent goal but does not say which.",
                    "Name the parent plan's goal by its id (contributes_to.goal).");
            }
            else if (parent is not null && !parent.Goals.Any(g => Alignment.Coverage.Names(g.Id, contribution.Goal)))
            {
                yield return Report(path, $"Goal {title} contributes to goal '{contribution.Goal!.Trim()}', which the parent plan '{parent.Name?.Trim()}' does not have; it covers nothing.",
                    "Name one of the parent plan's goals by its id.");
            }
        }
    }
}
