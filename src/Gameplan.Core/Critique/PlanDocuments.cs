using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Tactics;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Critique;

/// <summary>
/// A stored plan as the critique and the pace engine read it: the same shape as a plan file. A goal's
/// direction is passed on only when stated (one equal to the inferred one reads the same, and a goal
/// without a baseline then infers it from its earliest measurement, as a plan file's does).
/// </summary>
internal static class PlanDocuments
{
    /// <param name="measurements">The goals' measurements by goal id, in order; none when null.</param>
    public static PlanDocument From(
        PlanDetails plan, IEnumerable<PersonDetails> people, CritiqueSettings settings, IReadOnlyDictionary<int, IReadOnlyList<MeasurementDocument>>? measurements = null) => new()
        {
            Name = plan.Name,
            Scope = plan.Scope.ToString().ToLowerInvariant(),
            Team = plan.Team,
            Owner = plan.Owner,
            Parent = plan.Parent is { } parent
                ? new ParentDocument { Plan = parent.Plan, Strategy = parent.Strategy, Goal = parent.Goal }
                : null,
            PeriodStart = plan.Period.Start,
            PeriodEnd = plan.Period.End,
            Drafted = plan.Drafted,
            Mission = plan.Mission,
            BackgroundCurrent = plan.Background.Current,
            BackgroundDesired = plan.Background.Desired,
            CustomerWho = plan.Customer.Who,
            CustomerValues = plan.Customer.Values,
            DesiredResults = plan.DesiredResults,
            Goals = plan.Goals.Select(g => new GoalDocument
            {
                Id = g.Key,
                Title = g.Title,
                Metric = g.Metric,
                Unit = g.Unit,
                Baseline = g.Baseline,
                Target = g.Target,
                Due = g.Due,
                Dri = g.Dri is null ? [] : [g.Dri],
                Direction = g.Direction == Goal.InferDirection(g.Baseline, g.Target) ? null : g.Direction.ToString().ToLowerInvariant(),
                Weight = g.Weight,
                Measurements = measurements?.GetValueOrDefault(g.Id) ?? [],
                ContributesTo = g.ContributesTo is { } c ? new ContributionDocument { Goal = c.Goal, Amount = c.Amount } : null,
            }).ToList(),
            Strategies = plan.Strategies.Select(s => new StrategyDocument
            {
                Id = s.Key,
                Statement = s.Statement,
                Dri = s.Dri is null ? [] : [s.Dri],
                Goals = s.Goals,
                Tactics = s.Tactics.Select(Tactic).ToList(),
            }).ToList(),
            Tactics = plan.Tactics.Select(Tactic).ToList(),
            People = people.DistinctBy(p => p.Handle).Select(p => new PersonDocument
            {
                Handle = p.Handle,
                Name = p.Name,
                Role = p.Role.ToString().ToLowerInvariant(),
                Team = p.Team,
                CapacityHoursPerWeek = p.CapacityHoursPerWeek,
            }).ToList(),
            Reviews = plan.Reviews.Select(r => new ReviewDocument
            {
                Kind = r.Kind == ReviewKind.OneOnOne ? "one-on-one" : r.Kind.ToString().ToLowerInvariant(),
                Date = r.Date,
                Held = r.Held,
                Notes = r.Notes,
            }).ToList(),
            Settings = settings,
        };

    /// <summary>A tactic counts as acknowledged by someone who acknowledged every one of its commitments.</summary>
    private static TacticDocument Tactic(TacticDetails t) => new()
    {
        Id = t.Key,
        Action = t.Action,
        Owner = t.Owner,
        Authors = t.Authors,
        Start = t.Start,
        Due = t.Due,
        Resources = t.Resources,
        EffortHours = t.EffortHours,
        Activities = t.Commitments.Select(c => new ActivityDocument
        {
            Metric = c.Metric,
            Unit = c.Unit,
            Target = c.Target,
            Per = c.Per.ToString().ToLowerInvariant(),
            Assignees = c.Assignees switch { AssigneeMode.Team => [TacticOwners.Team], AssigneeMode.Named => c.People, _ => ["owner"] },
        }).ToList(),
        AcknowledgedBy = t.Commitments.Count == 0 ? [] : t.Commitments.Select(c => c.AcknowledgedBy.AsEnumerable()).Aggregate((a, b) => a.Intersect(b)).ToList(),
    };
}
