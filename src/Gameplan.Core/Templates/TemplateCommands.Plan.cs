using Gameplan.Core.Commitments;
using Gameplan.Core.Goals;
using Gameplan.Core.Organizations;
using Gameplan.Core.PlanFiles;
using Gameplan.Core.Plans;
using Gameplan.Core.Reviews;
using Gameplan.Core.Strategies;
using Gameplan.Core.Tactics;
using Gameplan.Domain;
using Gameplan.Domain.Access;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Templates;

// A filled template becomes a plan through the commands an API caller uses, with the caller as actor: the
// plan is authorised as created (scope, team, owner, a readable parent), then each element as drafted.
// Never the admin importer: a template creates no team and no person, and unknown names are refused.
public sealed partial class TemplateCommands
{
    private async Task<PlanDetails> CreatePlanAsync(PlanFile file, ParentInput? parent, Actor? actor, CancellationToken ct)
    {
        await EnsureKnownAsync(file, ct);
        var source = file.Plan;
        if (source.Tactics.Count > 0)
        {
            throw new DomainRuleException("A template's tactics each sit under a strategy; this one has tactics under none.", "tactics");
        }
        await using var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var plan = await plans.CreateAsync(Header(file, parent), actor, ct);
            foreach (var goal in source.Goals)
            {
                await goals.CreateAsync(plan.Id, Goal(goal), actor, ct);
            }
            foreach (var strategy in source.Strategies)
            {
                var added = await strategies.CreateAsync(plan.Id, new StrategyRequest
                {
                    Key = strategy.Id,
                    Statement = strategy.Statement ?? "",
                    Dri = One(strategy.Dri, $"strategies[{strategy.Id}].dri"),
                    Goals = strategy.Goals,
                }, actor, ct);
                foreach (var tactic in strategy.Tactics)
                {
                    var made = await tactics.CreateAsync(plan.Id, added.Id, Tactic(tactic), actor, ct);
                    foreach (var (activity, index) in tactic.Activities.Select((a, i) => (a, i)))
                    {
                        await commitments.CreateAsync(plan.Id, made.Id, Commitment(activity, $"strategies[{strategy.Id}].tactics[{tactic.Id}].activities[{index}]"), actor, ct);
                    }
                }
            }
            foreach (var (review, index) in file.Reviews.Select((r, i) => (r, i)))
            {
                // The actor may edit the plan they just created, which is what adding a review asks.
                await reviews.CreateAsync(plan.Id, new ReviewRequest
                {
                    Kind = PlanFileNames.Parse<ReviewKind>(review.Kind, $"reviews[{index}].kind") ?? ReviewKind.Tactical,
                    Date = review.Date,
                    Held = review.Held ?? false,
                    Notes = review.Notes,
                    Person = review.Person,
                }, ct);
            }
            if (own is not null)
            {
                await own.CommitAsync(ct);
            }
            return await new PlanQueries(db).GetAsync(plan.Id, ct);
        }
        catch
        {
            // Nothing of a half-made plan stays, in the database (rolled back) or in this context.
            db.ChangeTracker.Clear();
            throw;
        }
    }

    private static PlanRequest Header(PlanFile file, ParentInput? parent)
    {
        var source = file.Plan;
        return new PlanRequest
        {
            Name = source.Name ?? "",
            Scope = PlanFileNames.Scope(source.Scope, source.Team),
            Team = source.Team,
            Owner = source.Owner,
            Period = new PeriodInput { Start = source.Period?.Start, End = source.Period?.End },
            Drafted = source.Drafted,
            Mission = source.Mission,
            Background = new BackgroundInput { Current = source.Background?.Current, Desired = source.Background?.Desired },
            Customer = new CustomerInput { Who = source.Customer?.Who, Values = source.Customer?.Values },
            DesiredResults = source.DesiredResults,
            Settings = file.Settings is { } s ? new PlanningSettingsInput
            {
                PlanningWindowDays = s.PlanningWindowDays,
                MaxStrategies = s.MaxStrategies,
                StrategicReviewDays = s.StrategicReviewDays,
                TacticalReviewDays = s.TacticalReviewDays,
                WorkingDays = s.WorkingDays,
                Holidays = s.Holidays,
                Rollup = s.Rollup,
            } : null,
            // The parent asked for wins: a template without a {{parent}} line still carries it out.
            Parent = parent is { Plan: { Length: > 0 } } ? parent
                : source.Parent is { } p ? new ParentInput { Plan = p.Plan, Strategy = p.Strategy, Goal = p.Goal } : null,
        };
    }

    private static GoalRequest Goal(PlanFileGoal goal) => new()
    {
        Key = goal.Id,
        Title = goal.Title ?? "",
        Metric = goal.Metric,
        Unit = goal.Unit,
        Baseline = goal.Baseline,
        Target = goal.Target,
        Due = goal.Due,
        Dri = One(goal.Dri, $"goals[{goal.Id}].dri"),
        Direction = PlanFileNames.Parse<GoalDirection>(goal.Direction, $"goals[{goal.Id}].direction"),
        Weight = goal.Weight,
        ContributesTo = goal.ContributesTo is { } c ? new ContributionInput { Goal = c.Goal, Amount = c.Amount } : null,
    };

    private static TacticRequest Tactic(PlanFileTactic tactic) => new()
    {
        Key = tactic.Id,
        Action = tactic.Action ?? "",
        Owner = tactic.Owner,
        Authors = tactic.Authors,
        Start = tactic.Start,
        Due = tactic.Due,
        Resources = tactic.Resources,
        EffortHours = tactic.EffortHours,
        Status = PlanFileNames.Parse<TacticStatus>(tactic.Status, $"tactics[{tactic.Id}].status") ?? TacticStatus.Planned,
    };

    private static CommitmentRequest Commitment(PlanFileActivity activity, string path)
    {
        var assignees = activity.Assignees ?? PlanFileAssignees.Owner;
        return new CommitmentRequest
        {
            Metric = activity.Metric ?? throw new DomainRuleException($"{path}.metric: the metric is required.", $"{path}.metric"),
            Unit = activity.Unit ?? "count",
            Target = activity.Target ?? throw new DomainRuleException($"{path}.target: the target is required.", $"{path}.target"),
            Per = PlanFileNames.Parse<CommitmentPer>(activity.Per, $"{path}.per") ?? CommitmentPer.Day,
            Assignees = PlanFileNames.Parse<AssigneeMode>(assignees.Mode, $"{path}.assignees")!.Value,
            People = assignees.Handles,
        };
    }

    private static string? One(IReadOnlyList<string> dri, string path) => dri.Count switch
    {
        0 => null,
        1 => dri[0],
        _ => throw new DomainRuleException($"{path}: exactly one person is directly responsible; this names {dri.Count}.", path),
    };

    /// <summary>Every person and the team the filled file names exist: a template creates nobody (a rep cannot create people).</summary>
    private async Task EnsureKnownAsync(PlanFile file, CancellationToken ct)
    {
        var source = file.Plan;
        var named = new List<(string Path, string? Handle)> { ("owner", source.Owner) };
        named.AddRange(source.Goals.SelectMany(g => g.Dri.Select(h => ($"goals[{g.Id}].dri", (string?)h))));
        foreach (var strategy in source.Strategies)
        {
            var at = $"strategies[{strategy.Id}]";
            named.AddRange(strategy.Dri.Select(h => ($"{at}.dri", (string?)h)));
            foreach (var tactic in strategy.Tactics)
            {
                var path = $"{at}.tactics[{tactic.Id}]";
                named.Add(($"{path}.owner", tactic.Owner == PlanFileAssignees.TeamMode ? null : tactic.Owner));
                named.AddRange(tactic.Authors.Select(h => ($"{path}.authors", (string?)h)));
                named.AddRange(tactic.Activities.SelectMany((a, i) => (a.Assignees?.Handles ?? []).Select(h => ($"{path}.activities[{i}].assignees", (string?)h))));
            }
        }
        named.AddRange(file.Reviews.Select((r, i) => ($"reviews[{i}].person", r.Person)));
        named.AddRange(file.People.Select((p, i) => ($"people[{i}].handle", p.Handle)));
        var handles = named.Select(n => n.Handle?.Trim().ToLowerInvariant()).OfType<string>().Where(h => h.Length > 0).Distinct().ToList();
        var known = await db.People.Where(p => handles.Contains(p.Handle)).Select(p => p.Handle).ToListAsync(ct);
        if (named.FirstOrDefault(n => n.Handle is { } h && h.Trim().Length > 0 && !known.Contains(h.Trim().ToLowerInvariant(), StringComparer.Ordinal)) is { Handle: { } missing } unknown)
        {
            throw new DomainRuleException($"{unknown.Path}: there is nobody with the handle '{missing.Trim()}' in this organisation; a template creates nobody.", unknown.Path);
        }
        if (source.Team?.Trim() is { Length: > 0 } team && !await db.Teams.AnyAsync(t => t.Name == team, ct))
        {
            throw new DomainRuleException($"team: there is no team called '{team}' in this organisation; a template creates no team.", "team");
        }
    }
}
