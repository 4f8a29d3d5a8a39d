using Gameplan.Core.PlanFiles;
using Gameplan.Domain.Critique;

namespace Gameplan.Core.Critique;

/// <summary>A plan file as the critique reads it; nothing is resolved or defaulted beyond the format's own defaults.</summary>
internal static class PlanFileDocuments
{
    public static PlanDocument From(PlanFile file)
    {
        var plan = file.Plan;
        var defaults = new CritiqueSettings();
        return new PlanDocument
        {
            Name = plan.Name,
            Scope = plan.Scope,
            Team = plan.Team,
            Owner = plan.Owner,
            Parent = plan.Parent is { } parent ? new ParentDocument { Plan = parent.Plan, Strategy = parent.Strategy, Goal = parent.Goal } : null,
            PeriodStart = plan.Period?.Start,
            PeriodEnd = plan.Period?.End,
            Drafted = plan.Drafted,
            Mission = plan.Mission,
            BackgroundCurrent = plan.Background?.Current,
            BackgroundDesired = plan.Background?.Desired,
            CustomerWho = plan.Customer?.Who,
            CustomerValues = plan.Customer?.Values,
            DesiredResults = plan.DesiredResults,
            Goals = plan.Goals.Select(g => new GoalDocument
            {
                Id = g.Id,
                Title = g.Title,
                Metric = g.Metric,
                Unit = g.Unit,
                Baseline = g.Baseline,
                Target = g.Target,
                Due = g.Due,
                Dri = g.Dri,
                Direction = g.Direction,
                Weight = g.Weight,
                Measurements = [.. g.Measurements.Where(m => m is { Date: not null, Value: not null }).Select(m => new MeasurementDocument(m.Date!.Value, m.Value!.Value))],
                ContributesTo = g.ContributesTo is { } c ? new ContributionDocument { Goal = c.Goal, Amount = c.Amount } : null,
            }).ToList(),
            Strategies = plan.Strategies.Select(s => new StrategyDocument
            {
                Id = s.Id,
                Statement = s.Statement,
                Dri = s.Dri,
                Goals = s.Goals,
                Tactics = s.Tactics.Select(Tactic).ToList(),
            }).ToList(),
            Tactics = plan.Tactics.Select(Tactic).ToList(),
            People = file.People.Select(p => new PersonDocument
            {
                Handle = p.Handle,
                Name = p.Name,
                Role = p.Role,
                Team = p.Team,
                CapacityHoursPerWeek = p.CapacityHoursPerWeek,
            }).ToList(),
            Reviews = file.Reviews.Select(r => new ReviewDocument
            {
                Kind = r.Kind is "one_on_one" ? "one-on-one" : r.Kind,
                Date = r.Date,
                Held = r.Held ?? false,
                Notes = r.Notes,
            }).ToList(),
            Funnel = file.Funnel is { } funnel ? Funnel(funnel) : null,
            Settings = new CritiqueSettings
            {
                PlanningWindowDays = file.Settings?.PlanningWindowDays ?? defaults.PlanningWindowDays,
                MaxStrategies = file.Settings?.MaxStrategies ?? defaults.MaxStrategies,
                StrategicReviewDays = file.Settings?.StrategicReviewDays ?? defaults.StrategicReviewDays,
                TacticalReviewDays = file.Settings?.TacticalReviewDays ?? defaults.TacticalReviewDays,
                WorkingDays = file.Settings?.WorkingDays ?? defaults.WorkingDays,
                Holidays = file.Settings?.Holidays ?? defaults.Holidays,
                Rollup = file.Settings?.Rollup,
            },
        };
    }

    private static TacticDocument Tactic(PlanFileTactic t) => new()
    {
        Id = t.Id,
        Action = t.Action,
        Owner = t.Owner,
        Authors = t.Authors,
        Start = t.Start,
        Due = t.Due,
        Resources = t.Resources,
        EffortHours = t.EffortHours,
        AcknowledgedBy = AcknowledgedBy(t),
        Activities = t.Activities.Select(a => new ActivityDocument
        {
            Metric = a.Metric,
            Unit = a.Unit,
            Target = a.Target,
            Per = a.Per,
            Assignees = a.Assignees switch
            {
                null => null,
                { Mode: PlanFileAssignees.NamedMode } named => named.Handles,
                var mode => [mode.Mode],
            },
        }).ToList(),
    };

    /// <summary>
    /// Who acknowledged the tactic's commitments, as the stored plan counts it (docs/plan-files.md): the
    /// tactic's own list, plus whoever the activities' own lists name on every activity.
    /// </summary>
    private static List<string> AcknowledgedBy(PlanFileTactic t)
    {
        var all = t.AcknowledgedBy.ToList();
        if (t.Activities.Count == 0 || t.Activities.All(a => a.AcknowledgedBy.Count == 0))
        {
            return all;
        }
        var onEvery = t.Activities
            .Select(a => a.AcknowledgedBy.Select(x => x.Handle.Trim()).Concat(t.AcknowledgedBy))
            .Aggregate((a, b) => a.Intersect(b, StringComparer.OrdinalIgnoreCase));
        all.AddRange(onEvery.Where(h => !all.Contains(h, StringComparer.OrdinalIgnoreCase)));
        return all;
    }

    /// <summary>A plan file's funnel as the funnel maths reads it.</summary>
    public static Domain.Funnels.FunnelDocument Funnel(PlanFileFunnel funnel) => new()
    {
        DealValue = funnel.DealValue,
        Currency = funnel.Currency,
        CycleDays = funnel.CycleDays,
        Stages = [.. funnel.Stages.Select(stage => new Domain.Funnels.FunnelStageDocument { Metric = stage.Metric, Rate = stage.Rate, Minutes = stage.Minutes })],
    };
}
