namespace Gameplan.Domain.Critique.Rules;

/// <summary>GP307: a team plan with tactics of which no rep of the team is an author (no employee commitment).</summary>
internal sealed class RepAuthorshipRule : CritiqueRule
{
    public override string Id => "GP307";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        var plan = context.Plan;
        if (!CritiqueContext.SameName(plan.Scope, "team") || context.Tactics.Count == 0)
        {
            yield break;
        }
        var reps = context.TeamMembers
            .Where(handle => CritiqueContext.SameName(context.Person(handle)?.Role, "rep"))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!context.Tactics.SelectMany(placed => placed.Tactic.Authors).Any(author => reps.Contains(author.Trim())))
        {
            yield return Report("plan",
                $"No rep of team {CritiqueContext.Quote(plan.Team, "team")} helped draft the tactics of {CritiqueContext.Quote(plan.Name, "plan")}.",
                "Have the reps draft their own tactics and list them as authors; top-down targets alienate reps.");
        }
    }
}
