using Gameplan.Core.Commitments;
using Gameplan.Core.Data;
using Gameplan.Core.Funnels;
using Gameplan.Core.Goals;
using Gameplan.Core.Organizations;
using Gameplan.Core.Plans;
using Gameplan.Core.Tactics;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.PlanFiles;

/// <summary>
/// A stored plan as a plan file: the people it refers to, per commitment who acknowledged it and when
/// (and per tactic, for readers of version 1 and <c>lint</c>, who acknowledged every one of its
/// commitments), the tactics tied to no strategy (plan-level <c>tactics</c>) and the plan's own settings
/// (none set: no <c>settings</c> section), each goal's measurements and the plan's own funnel (not one it inherits). Values the app infers (a goal's direction, weight 1, status planned) are left out.
/// </summary>
public sealed class PlanFileExporter(GameplanDbContext db)
{
    public async Task<PlanFile> ExportAsync(int planId, CancellationToken ct = default)
    {
        var plan = await new PlanQueries(db).GetAsync(planId, ct);
        // Only the plan's own funnel: one inherited from its team or the organisation stays theirs (and follows their changes).
        var funnel = await db.Funnels.AsNoTracking().FirstOrDefaultAsync(f => f.PlanId == planId, ct);
        return ToFile(plan, await GoalMeasurementQueries.ForPlanAsync(db, planId, ct), await AcknowledgementsAsync(plan, ct),
            funnel is null ? null : StoredFunnels.Details(funnel));
    }

    /// <param name="measurements">The goals' measurements by goal id, in order; a goal missing here has none.</param>
    /// <param name="acknowledgements">Who acknowledged each commitment and when, by commitment id; null: the handles of <see cref="CommitmentDetails.AcknowledgedBy"/>, without days.</param>
    /// <param name="funnel">The plan's own funnel; null: no <c>funnel</c> section.</param>
    public static PlanFile ToFile(PlanDetails plan, IReadOnlyDictionary<int, IReadOnlyList<GoalMeasurement>>? measurements = null,
        IReadOnlyDictionary<int, IReadOnlyList<PlanFileAcknowledgement>>? acknowledgements = null, FunnelDetails? funnel = null)
    {
        measurements ??= new Dictionary<int, IReadOnlyList<GoalMeasurement>>();
        PlanFileTactic Tactic(TacticDetails tactic) => ToFile(tactic, acknowledgements);
        return new PlanFile
        {
            Plan = new PlanFilePlan
            {
                Name = plan.Name,
                Scope = PlanFileNames.Of(plan.Scope),
                Team = plan.Team,
                Owner = plan.Owner,
                Parent = plan.Parent is { } parent ? new PlanFileParent(parent.Plan, parent.Strategy, parent.Goal) : null,
                Period = new PlanFilePeriod(plan.Period.Start, plan.Period.End),
                Drafted = plan.Drafted,
                Mission = plan.Mission,
                Background = plan.Background is { Current: null, Desired: null } ? null : new PlanFileBackground(plan.Background.Current, plan.Background.Desired),
                Customer = plan.Customer is { Who: null, Values: null } ? null : new PlanFileCustomer(plan.Customer.Who, plan.Customer.Values),
                DesiredResults = plan.DesiredResults,
                Goals = plan.Goals.Select(g => new PlanFileGoal
                {
                    Id = g.Key,
                    Title = g.Title,
                    Metric = g.Metric,
                    Unit = g.Unit,
                    Baseline = g.Baseline,
                    Target = g.Target,
                    Due = g.Due,
                    Dri = g.Dri is { } dri ? [dri] : [],
                    Direction = g.Direction == Goal.InferDirection(g.Baseline, g.Target) ? null : PlanFileNames.Of(g.Direction),
                    Weight = g.Weight == 1 ? null : g.Weight,
                    Measurements = measurements.TryGetValue(g.Id, out var measured)
                        ? measured.Select(m => new PlanFileMeasurement { Date = m.Date, Value = m.Value, Note = m.Note }).ToList()
                        : [],
                    ContributesTo = g.ContributesTo is { } c ? new PlanFileContribution(c.Goal, c.Amount) : null,
                }).ToList(),
                Strategies = plan.Strategies.Select(s => new PlanFileStrategy
                {
                    Id = s.Key,
                    Statement = s.Statement,
                    Dri = s.Dri is { } dri ? [dri] : [],
                    Goals = s.Goals,
                    Tactics = s.Tactics.Select(Tactic).ToList(),
                }).ToList(),
                Tactics = plan.Tactics.Select(Tactic).ToList(),
            },
            People = plan.People.Select(p => new PlanFilePerson
            {
                Handle = p.Handle,
                Name = p.Name,
                Role = PlanFileNames.Of(p.Role),
                Team = p.Team,
                CapacityHoursPerWeek = p.CapacityHoursPerWeek,
            }).ToList(),
            Reviews = plan.Reviews.Select(r => new PlanFileReview
            {
                Kind = PlanFileNames.Of(r.Kind),
                Date = r.Date,
                Held = r.Held,
                // A one-on-one's notes stay in its review workspace, read only by those who may read that one-on-one
                // (docs/access.md): the file, its versions and its downloads go to every reader of the plan.
                Notes = r.Kind == ReviewKind.OneOnOne ? null : r.Notes,
                Person = r.Person,
            }).ToList(),
            Settings = ToFile(plan.Settings),
            Funnel = funnel is null ? null : ToFile(funnel),
        };
    }

    /// <summary>A stored funnel as a plan file's <c>funnel</c> section.</summary>
    public static PlanFileFunnel ToFile(FunnelDetails funnel)
    {
        ArgumentNullException.ThrowIfNull(funnel);
        return new()
        {
            DealValue = funnel.DealValue,
            Currency = funnel.Currency,
            CycleDays = funnel.CycleDays,
            Stages = [.. funnel.Stages.Select(stage => new PlanFileFunnelStage(stage.Metric, stage.Rate, stage.Minutes))],
        };
    }

    private static PlanFileSettings? ToFile(PlanningSettingsInput settings) =>
        settings.ToSettings().IsEmpty ? null : new PlanFileSettings
        {
            PlanningWindowDays = settings.PlanningWindowDays,
            MaxStrategies = settings.MaxStrategies,
            StrategicReviewDays = settings.StrategicReviewDays,
            TacticalReviewDays = settings.TacticalReviewDays,
            WorkingDays = settings.WorkingDays,
            Holidays = settings.Holidays,
            Rollup = settings.Rollup,
        };

    /// <summary>Each commitment's acknowledgements with their days, in handle order.</summary>
    private async Task<IReadOnlyDictionary<int, IReadOnlyList<PlanFileAcknowledgement>>> AcknowledgementsAsync(PlanDetails plan, CancellationToken ct)
    {
        var ids = plan.AllTactics().SelectMany(t => t.Commitments).Select(c => c.Id).ToList();
        var rows = ids.Count == 0 ? [] : await db.Set<Acknowledgement>().Where(a => ids.Contains(a.CommitmentId))
            .Join(db.People, a => a.PersonId, p => p.Id, (a, p) => new { a.CommitmentId, p.Handle, a.On })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.CommitmentId).ToDictionary(g => g.Key,
            g => (IReadOnlyList<PlanFileAcknowledgement>)[.. g.OrderBy(r => r.Handle, StringComparer.Ordinal).Select(r => new PlanFileAcknowledgement(r.Handle, r.On))]);
    }

    private static PlanFileTactic ToFile(TacticDetails tactic, IReadOnlyDictionary<int, IReadOnlyList<PlanFileAcknowledgement>>? acknowledgements) => new()
    {
        Id = tactic.Key,
        Action = tactic.Action,
        Owner = tactic.Owner,
        Authors = tactic.Authors,
        Start = tactic.Start,
        Due = tactic.Due,
        Resources = tactic.Resources,
        EffortHours = tactic.EffortHours,
        Status = tactic.Status == TacticStatus.Planned ? null : PlanFileNames.Of(tactic.Status),
        Activities = tactic.Commitments.Select(c => ToFile(c, acknowledgements)).ToList(),
        AcknowledgedBy = tactic.Commitments.Count == 0
            ? []
            : tactic.Commitments.Skip(1).Aggregate((IEnumerable<string>)tactic.Commitments[0].AcknowledgedBy, (all, c) => all.Intersect(c.AcknowledgedBy)).Order(StringComparer.Ordinal).ToList(),
    };

    private static PlanFileActivity ToFile(CommitmentDetails commitment, IReadOnlyDictionary<int, IReadOnlyList<PlanFileAcknowledgement>>? acknowledgements) => new()
    {
        Metric = commitment.Metric,
        Unit = commitment.Unit,
        Target = commitment.Target,
        Per = PlanFileNames.Of(commitment.Per),
        Assignees = commitment.Assignees switch
        {
            AssigneeMode.Team => PlanFileAssignees.Team,
            AssigneeMode.Named => PlanFileAssignees.Named(commitment.People),
            _ => PlanFileAssignees.Owner,
        },
        AcknowledgedBy = acknowledgements is null
            ? [.. commitment.AcknowledgedBy.Select(h => new PlanFileAcknowledgement(h))]
            : acknowledgements.GetValueOrDefault(commitment.Id) ?? [],
    };
}
