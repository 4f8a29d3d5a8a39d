using System.Globalization;
using Gameplan.Domain.Versions;

namespace Gameplan.Core.PlanFiles;

/// <summary>
/// A plan file as the version comparison sees it (<see cref="PlanDiff"/>): the plan's own fields, then goals,
/// strategies with their tactics, plan-level tactics, people, reviews, settings and the funnel, each keyed as the file keys
/// it (ids; a person's handle; a review's kind and date; a measurement's date), with the file's field names.
/// Numbers are compared by value (60 and 60.0 are the same), and lists that are sets (DRIs, a strategy's goals,
/// authors, resources, days) in sorted order, so writing them in another order is no change.
/// </summary>
public static class PlanFileTree
{
    public static PlanNode From(PlanFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var plan = file.Plan;
        var children = new List<PlanNode>();
        children.AddRange(Keyed(plan.Goals, g => g.Id, "goals", Goal));
        children.AddRange(Keyed(plan.Strategies, s => s.Id, "strategies", Strategy));
        children.AddRange(Keyed(plan.Tactics, t => t.Id, "tactics", Tactic));
        children.AddRange(Keyed(file.People, p => p.Handle, "people", Person));
        children.AddRange(Keyed(file.Reviews, r => $"{r.Kind} {Date(r.Date)}".Trim(), "reviews", Review));
        if (file.Settings is { } settings)
        {
            children.Add(new PlanNode("settings", null, Settings(settings), []));
        }
        if (file.Funnel is { } funnel)
        {
            children.Add(Funnel(funnel));
        }
        return new PlanNode("plan", null, [
            new("version", Number(file.Version)),
            new("name", plan.Name),
            new("scope", plan.Scope),
            new("team", plan.Team),
            new("owner", plan.Owner),
            new("parent.plan", plan.Parent?.Plan),
            new("parent.strategy", plan.Parent?.Strategy),
            new("parent.goal", plan.Parent?.Goal),
            new("period.start", Date(plan.Period?.Start)),
            new("period.end", Date(plan.Period?.End)),
            new("drafted", Date(plan.Drafted)),
            new("mission", plan.Mission),
            new("background.current", plan.Background?.Current),
            new("background.desired", plan.Background?.Desired),
            new("customer.who", plan.Customer?.Who),
            new("customer.values", plan.Customer?.Values),
            new("desired_results", plan.DesiredResults),
        ], children);
    }

    /// <summary>Items keyed by <paramref name="keyOf"/>; one without a key is known by its place (<c>#2</c>: the second without one).</summary>
    private static IEnumerable<PlanNode> Keyed<T>(IReadOnlyList<T> items, Func<T, string?> keyOf, string kind, Func<T, string, string, PlanNode> node)
    {
        var unkeyed = 0;
        foreach (var item in items)
        {
            var key = keyOf(item) is { Length: > 0 } given ? given : $"#{++unkeyed}";
            yield return node(item, kind, key);
        }
    }

    private static PlanNode Goal(PlanFileGoal goal, string kind, string key) => new(kind, key, [
        new("title", goal.Title),
        new("metric", goal.Metric),
        new("unit", goal.Unit),
        new("baseline", Number(goal.Baseline)),
        new("target", Number(goal.Target)),
        new("due", Date(goal.Due)),
        new("dri", Set(goal.Dri)),
        new("direction", goal.Direction),
        new("weight", Number(goal.Weight)),
        new("contributes_to.goal", goal.ContributesTo?.Goal),
        new("contributes_to.amount", Number(goal.ContributesTo?.Amount)),
    ], [.. Keyed(goal.Measurements, m => Date(m.Date), "measurements", (m, k, id) => new PlanNode(k, id, [new("value", Number(m.Value)), new("note", m.Note)], []))]);

    private static PlanNode Strategy(PlanFileStrategy strategy, string kind, string key) => new(kind, key, [
        new("statement", strategy.Statement),
        new("dri", Set(strategy.Dri)),
        new("goals", Set(strategy.Goals)),
    ], [.. Keyed(strategy.Tactics, t => t.Id, "tactics", Tactic)]);

    // Tactic ids are unique in the plan: the same id under another strategy (or none) is the tactic moved.
    private static PlanNode Tactic(PlanFileTactic tactic, string kind, string key) => new(kind, key, [
        new("action", tactic.Action),
        new("owner", tactic.Owner),
        new("authors", Set(tactic.Authors)),
        new("start", Date(tactic.Start)),
        new("due", Date(tactic.Due)),
        new("resources", tactic.Resources is { } resources ? Set(resources) : null),
        new("effort_hours", Number(tactic.EffortHours)),
        new("status", tactic.Status),
        new("acknowledged_by", Set(tactic.AcknowledgedBy)),
    ], [.. Keyed(tactic.Activities, a => a.Metric, "activities", Activity)], MatchesAnywhere: true);

    private static PlanNode Activity(PlanFileActivity activity, string kind, string key) => new(kind, key, [
        new("unit", activity.Unit),
        new("target", Number(activity.Target)),
        new("per", activity.Per),
        new("assignees", activity.Assignees is { Mode: PlanFileAssignees.NamedMode } named ? Set(named.Handles) : activity.Assignees?.Mode),
        new("acknowledged_by", Set(activity.AcknowledgedBy.Select(a => a.Date is { } day ? $"{a.Handle} {Date(day)}" : a.Handle))),
    ], []);

    private static PlanNode Person(PlanFilePerson person, string kind, string key) => new(kind, key, [
        new("name", person.Name),
        new("role", person.Role),
        new("team", person.Team),
        new("capacity_hours_per_week", Number(person.CapacityHoursPerWeek)),
    ], []);

    private static PlanNode Review(PlanFileReview review, string kind, string key) => new(kind, key, [
        new("held", review.Held is { } held ? (held ? "true" : "false") : null),
        new("notes", review.Notes),
        new("person", review.Person),
    ], []);

    private static List<PlanField> Settings(PlanFileSettings settings) => [
        new("planning_window_days", Number(settings.PlanningWindowDays)),
        new("max_strategies", Number(settings.MaxStrategies)),
        new("strategic_review_days", Number(settings.StrategicReviewDays)),
        new("tactical_review_days", Number(settings.TacticalReviewDays)),
        new("working_days", settings.WorkingDays is { } days ? Set(days) : null),
        new("holidays", settings.Holidays is { } holidays ? Set(holidays.Select(d => Date(d)!)) : null),
        new("rollup", settings.Rollup),
    ];

    // Stages are keyed by their metric (funnel.stages[calls]); their order is the funnel's meaning, so it is a field of its own.
    private static PlanNode Funnel(PlanFileFunnel funnel) => new("funnel", null, [
        new("deal_value", Number(funnel.DealValue)),
        new("currency", funnel.Currency),
        new("cycle_days", Number(funnel.CycleDays)),
        new("order", $"[{string.Join(", ", funnel.Stages.Select(stage => stage.Metric))}]"),
    ], [.. Keyed(funnel.Stages, stage => stage.Metric, "stages", (stage, kind, key) => new PlanNode(kind, key, [
        new("rate", Number(stage.Rate)),
        new("minutes", Number(stage.Minutes)),
    ], []))]);

    /// <summary>A set as <c>[a, b]</c> in ordinal order; <c>[]</c> for an empty one (which a file may mean: "none").</summary>
    private static string Set(IEnumerable<string> values) => $"[{string.Join(", ", values.Order(StringComparer.Ordinal))}]";

    private static string? Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    // Dividing by 1.000...0 drops trailing zeros, so 60, 60.0 and 60.00 are written alike.
    private static string? Number(decimal? value) => value is { } v ? (v / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : null;
}
