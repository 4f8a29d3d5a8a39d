using System.Text.RegularExpressions;
using Gameplan.Core.Activities;
using Gameplan.Core.Audit;
using Gameplan.Core.Critique;
using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Core.Pace;
using Gameplan.Core.Plans;
using Gameplan.Domain;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Pace;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Homes;

/// <summary>
/// The executive's home (<see cref="OrganizationHomeDetails"/>). A fixed number of reads however large the
/// organisation: the organisation plans and their direct child plans in one load, every pace report from one
/// set of activity aggregates, one critique per organisation plan, the newest audit lines in one read.
/// </summary>
public sealed partial class OrganizationHomeQueries(GameplanDbContext db, PlanQueries plans, ActivityQueries activities, TimeProvider clock)
{
    /// <summary>How many changed plans "what changed this week" lists.</summary>
    public const int MostChangedPlans = 8;

    /// <summary>How many of the newest audit lines are read for "what changed this week" (a busier week shows its newest).</summary>
    public const int AuditLinesRead = 2000;

    public async Task<OrganizationHomeDetails> GetAsync(DateOnly? today = null, CancellationToken ct = default)
    {
        var day = PlanCalendar.Check(today, "today") ?? await new OrganizationClock(db, clock).ForOrganizationAsync(ct);
        var weekStart = day.AddDays(-6);
        var weekAgo = day.AddDays(-7);

        var organizationPlans = await db.Plans.AsNoTracking()
            // In force today: active, or back in review or draft after a change (an edit of an active plan sends it back to review).
            .Where(p => p.Scope == PlanScope.Organization && p.Status != PlanStatus.Closed && p.PeriodStart <= day && p.PeriodEnd >= day)
            .OrderByDescending(p => p.PeriodStart).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        if (organizationPlans.Count == 0)
        {
            organizationPlans = await db.Plans.AsNoTracking().Where(p => p.Scope == PlanScope.Organization && p.Status != PlanStatus.Closed)
                .OrderByDescending(p => p.PeriodStart).ThenBy(p => p.Id).Select(p => p.Id).Take(1).ToListAsync(ct);
        }
        var children = await db.Plans.AsNoTracking().Where(p => p.ParentPlanId != null && organizationPlans.Contains(p.ParentPlanId.Value))
            .OrderBy(p => p.Name).Select(p => new { p.Id, p.Name, p.Status, Parent = p.ParentPlanId!.Value, Strategy = p.ParentStrategyKey, p.PeriodStart, p.PeriodEnd })
            .ToListAsync(ct);
        var activeChildren = children.Where(c => c.Status == PlanStatus.Active && c.PeriodStart <= day && c.PeriodEnd >= day).Select(c => c.Id).ToList();

        var loaded = (await plans.GetManyAsync([.. organizationPlans.Concat(activeChildren)], ct)).ToDictionary(p => p.Id);
        var settings = await OrganizationQueries.LoadAsync(db, ct);
        var ordered = organizationPlans.Concat(activeChildren).Where(loaded.ContainsKey).Select(id => loaded[id]).ToList();
        var documents = (await StoredPlanDocuments.ForManyAsync(db, ordered, settings, ct)).Zip(ordered).ToDictionary(x => x.Second.Id, x => x.First);
        var reports = await AggregateFacts.ComputeAsync(db, activities, facts => documents.ToDictionary(
            d => d.Key, d => (Now: PlanPace.Report(d.Value, facts, day), Before: organizationPlans.Contains(d.Key) ? PlanPace.Report(d.Value, facts, weekAgo) : null)), ct);

        var critiques = new CritiqueQueries(db, plans, clock);
        var views = new List<OrganizationPlanView>();
        foreach (var id in organizationPlans.Where(loaded.ContainsKey))
        {
            var plan = loaded[id];
            var critique = await critiques.ForPlanAsync(id, day, ct);
            var mine = children.Where(c => c.Parent == id).ToList();
            var childPace = mine.Where(c => reports.ContainsKey(c.Id)).Select(c => (c.Strategy, Lines: reports[c.Id].Now.Commitments)).ToList();
            views.Add(View(plan, documents[id], reports[id].Now, reports[id].Before!, critique, day,
                [.. mine.Select(c => new ChildPlanView(c.Id, c.Name, c.Status, c.Strategy))], childPace));
        }
        return new OrganizationHomeDetails(day, weekStart, views, await ChangesAsync(clock.GetUtcNow().AddDays(-7), ct));
    }

    private static OrganizationPlanView View(
        PlanDetails plan, PlanDocument document, PaceReport now, PaceReport before, CritiqueReport critique, DateOnly today,
        IReadOnlyList<ChildPlanView> children, IReadOnlyList<(string? Strategy, IReadOnlyList<PaceCommitmentLine> Lines)> childPace)
    {
        var start = plan.Period.Start ?? today;
        var end = plan.Period.End ?? today;
        var goals = plan.Goals.Select((g, i) =>
        {
            var line = now.Goals.ElementAtOrDefault(i);
            var due = g.Due ?? end;
            var (expected, status) = GoalPace.Of(line?.Progress, start, due, today, document.Settings.Pace);
            return new GoalView(g.Id, g.Key, g.Title, g.Metric, g.Unit, line?.Value, g.Target, due, Numbers.RoundRatio(line?.Progress),
                Numbers.RoundRatio(before.Goals.ElementAtOrDefault(i)?.Progress), Numbers.RoundRatio(expected) ?? 0m, status,
                (line is null ? "" : line.Formula + "; ") + GoalPace.Formula(line?.Progress, expected, document.Settings.Pace));
        }).ToList();

        var strategies = plan.Strategies.Select((s, i) =>
        {
            var tactics = s.Tactics.Select(t => t.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var own = now.Commitments.Where(c => c.Tactic is { } t && tactics.Contains(t));
            var carriedBy = childPace.Where(c => string.Equals(c.Strategy?.Trim(), s.Key, StringComparison.OrdinalIgnoreCase)).SelectMany(c => c.Lines);
            var due = own.Concat(carriedBy).Where(c => c.Status != PaceStatus.NotStarted).ToList();
            var onPace = due.Count(c => c.Status == PaceStatus.OnTrack);
            var childPlans = children.Count(c => string.Equals(c.Strategy?.Trim(), s.Key, StringComparison.OrdinalIgnoreCase));
            var path = $"strategies[{s.Key}]";
            var findings = critique.Findings.Count(f => f.Path == path || f.Path.StartsWith(path + ".", StringComparison.Ordinal));
            string? dream = s.Tactics.Count == 0 && childPlans == 0
                ? "no tactics and no child plan carries it out"
                : due.Count > 0 && onPace == 0 ? (due.Count == 1 ? "nobody is on pace on its one commitment due so far" : Text($"nobody is on pace on any of its {due.Count} commitments due so far")) : null;
            return new StrategyView(s.Id, s.Key, s.Statement, Numbers.RoundRatio(now.Strategies.ElementAtOrDefault(i)?.Progress), s.Goals, s.Tactics.Count,
                childPlans, due.Count, onPace, findings, dream);
        }).ToList();

        return new OrganizationPlanView(plan.Id, plan.Name, plan.Status, start, end, Numbers.RoundRatio(now.PlanProgress.Value),
            Numbers.RoundRatio(before.PlanProgress.Value), goals, strategies, critique.Risks, critique.Summary.Errors, critique.Summary.Warnings, children);
    }

    /// <summary>The plans changed since <paramref name="since"/>, from the newest audit lines, most changed first.</summary>
    private async Task<IReadOnlyList<PlanChangesThisWeek>> ChangesAsync(DateTimeOffset since, CancellationToken ct)
    {
        // DateTimeOffset does not compare in SQLite's SQL: read the newest lines by id (the log is append-only) and keep the week's.
        var rows = (await db.AuditLog.AsNoTracking().Where(a => a.PlanId != null).OrderByDescending(a => a.Id).Take(AuditLinesRead).ToListAsync(ct))
            .Where(a => a.At >= since).ToList();
        var ids = rows.Select(r => r.PlanId!.Value).Distinct().ToList();
        var names = await db.Plans.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        return [.. rows.Where(r => names.ContainsKey(r.PlanId!.Value)).GroupBy(r => r.PlanId!.Value)
            .Select(g => new PlanChangesThisWeek(g.Key, names[g.Key], g.Count(),
                [.. g.Select(r => PersonOf(r.Actor)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                [.. g.Take(3).Select(r => AuditWording.Summary(r))], g.Max(r => r.At)))
            .OrderByDescending(c => c.Changes).ThenByDescending(c => c.LastAt).Take(MostChangedPlans)];
    }

    /// <summary>"omar (Omar Haddad)" or "omar (Omar Haddad) via token 'crm'" → "Omar Haddad"; anything else as written.</summary>
    internal static string PersonOf(string actor) => ActorPattern().Match(actor) is { Success: true } m ? m.Groups[1].Value : actor;

    [GeneratedRegex(@"^\S+ \((.+?)\)(?: via token .*)?$")]
    private static partial Regex ActorPattern();

    private static string Text(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
