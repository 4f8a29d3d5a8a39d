using Gameplan.Domain;
using Gameplan.Domain.Classification;

namespace Gameplan.Core.PlanFiles.Okrs;

/// <summary>
/// Turns an outline into a plan file (the mapping of ADR 0042): a key result with a number is a measurable
/// goal; one without is a goal or a tactic as the classifier reads it; an objective is a goal or a strategy
/// as the classifier reads it; initiatives are tactics, under the objective's strategy or at plan level.
/// </summary>
internal sealed partial class OkrMapper(OkrReadOptions options, List<OkrProblem> problems)
{
    private readonly OkrOwners _owners = new(options);
    private readonly List<OkrMapping> _mappings = [];
    private readonly List<PlanFileGoal> _goals = [];
    private readonly List<PlanFileStrategy> _strategies = [];
    private readonly List<PlanFileTactic> _planTactics = [];
    private readonly Dictionary<string, List<(int Line, string Role)>> _functions = new(StringComparer.OrdinalIgnoreCase);
    private DateOnly _start;
    private DateOnly _end;
    private string? _planTeam;
    private int _tacticCount;

    public (PlanFile Plan, List<OkrMapping> Mappings) Map(OkrOutline outline)
    {
        (_start, _end) = Period(outline);
        _planTeam = PlanTeam(outline);
        var name = outline.Title ?? options.FallbackName ?? "Imported OKRs";
        _mappings.Add(new OkrMapping(outline.TitleLine, name, "plan name", "plan.name",
            outline.Title is null ? "the document has no title: named after the file" : "the document's title", null));
        _mappings.Add(new OkrMapping(outline.TitleLine, $"{_start:yyyy-MM-dd}..{_end:yyyy-MM-dd}", "period", "plan.period", PeriodWhy, null));
        foreach (var objective in outline.Objectives)
        {
            MapObjective(objective);
        }
        foreach (var (line, text) in outline.Prose)
        {
            _mappings.Add(new OkrMapping(line, text, "not mapped", "", "prose, not an objective, key result or initiative", null));
        }
        ReportFunctions();
        var plan = new PlanFile
        {
            Plan = new PlanFilePlan
            {
                Name = name,
                Scope = _planTeam is null ? "organization" : "team",
                Team = _planTeam,
                Period = new PlanFilePeriod(_start, _end),
                Goals = _goals,
                Strategies = _strategies,
                Tactics = _planTactics,
            },
            People = _owners.NewPeople,
        };
        return (plan, [.. _mappings.OrderBy(m => m.Line)]);
    }

    private string PeriodWhy { get; set; } = "";

    private void MapObjective(OkrEntry objective)
    {
        var verdict = StatementClassifier.Classify(objective.Statement.Text);
        var target = Target(objective);
        if (verdict.Kind == StatementKind.Goal)
        {
            Goal(objective, target, objective.Statement.Owner, $"objective; {Verdict(verdict)}");
            foreach (var child in objective.Children)
            {
                MapKeyResult(child, null, objective.Statement.Owner);
            }
            return;
        }
        var id = $"s{_strategies.Count + 1}";
        var path = $"strategies[{id}]";
        var (dri, decision) = Dri(objective.Statement.Owner, objective.Line);
        var why = verdict.Kind == StatementKind.Tactic
            ? $"objective; {Verdict(verdict)}, but an objective with key results beneath is a way to win, not one action: a strategy"
            : $"objective; {Verdict(verdict)}";
        _mappings.Add(new OkrMapping(objective.Line, objective.Statement.Text, "strategy", path, why, decision));
        var strategy = new StrategyBuilder(id);
        foreach (var child in objective.Children)
        {
            MapKeyResult(child, strategy, objective.Statement.Owner);
        }
        _strategies.Add(new PlanFileStrategy
        {
            Id = id,
            Statement = objective.Statement.Text,
            Dri = dri,
            Goals = strategy.Goals,
            Tactics = strategy.Tactics,
        });
    }

    /// <summary>A key result (or an initiative straight under the objective), then what hangs beneath it.</summary>
    private void MapKeyResult(OkrEntry entry, StrategyBuilder? strategy, string? inherited)
    {
        var owner = entry.Statement.Owner ?? inherited;
        if (entry.Level == OkrLevel.Initiative)
        {
            Tactic(entry, strategy, owner, "initiative");
        }
        else
        {
            var target = Target(entry);
            var verdict = target is null ? StatementClassifier.Classify(entry.Statement.Text) : null;
            if (verdict is { Kind: StatementKind.Tactic })
            {
                Tactic(entry, strategy, owner, $"key result without a number; {Verdict(verdict)}");
            }
            else
            {
                var why = target is not null ? $"key result with a number ({target.Read})"
                    : $"key result without a number; {Verdict(verdict!)}{(verdict!.Kind == StatementKind.Strategy ? ", but a key result is a result: a goal" : "")}";
                var goal = Goal(entry, target, owner, why);
                strategy?.Goals.Add(goal);
            }
        }
        foreach (var child in entry.Children)
        {
            MapInitiatives(child, strategy, owner);
        }
    }

    private void MapInitiatives(OkrEntry entry, StrategyBuilder? strategy, string? inherited)
    {
        var owner = entry.Statement.Owner ?? inherited;
        Tactic(entry, strategy, owner, entry.Level == OkrLevel.KeyResult ? "key result under a key result, read as an initiative" : "initiative");
        foreach (var child in entry.Children)
        {
            MapInitiatives(child, strategy, owner);
        }
    }

    private string Goal(OkrEntry entry, OkrTarget? target, string? owner, string why)
    {
        var id = $"g{_goals.Count + 1}";
        var path = $"goals[{id}]";
        var (dri, decision) = Dri(owner, entry.Line, inheritedFrom: entry.Statement.Owner is null && owner is not null);
        var (due, dueWhy) = Due(entry, defaultToEnd: target is not null);
        _goals.Add(new PlanFileGoal
        {
            Id = id,
            Title = entry.Statement.Text,
            Metric = target?.Metric,
            Unit = target?.Unit,
            Baseline = target?.Baseline,
            Target = target?.Target,
            Due = due,
            Dri = dri,
            Direction = target?.Direction,
        });
        var measured = target is null
            ? "a goal (not measurable yet: no metric or target)"
            : $"a measurable goal: metric {target.Metric}, unit {target.Unit}, {(target.Baseline is { } b ? $"baseline {Numbers.Exact(b)}, " : "")}target {Numbers.Exact(target.Target)}";
        _mappings.Add(new OkrMapping(entry.Line, entry.Statement.Text, "goal", path, $"{why}: {measured}{dueWhy}", decision));
        return id;
    }

    private void Tactic(OkrEntry entry, StrategyBuilder? strategy, string? owner, string why)
    {
        var id = $"t{++_tacticCount}";
        var path = strategy is null ? $"tactics[{id}]" : $"strategies[{strategy.Id}].tactics[{id}]";
        var (person, decision) = TacticOwner(owner, entry.Line, inheritedFrom: entry.Statement.Owner is null && owner is not null);
        var (due, dueWhy) = Due(entry, defaultToEnd: false);
        var activity = OkrActivities.Read(entry.Statement.Text);
        var tactic = new PlanFileTactic
        {
            Id = id,
            Action = entry.Statement.Text,
            Owner = person,
            Due = due,
            Activities = activity is null ? [] : [activity],
        };
        (strategy?.Tactics ?? _planTactics).Add(tactic);
        var placed = strategy is null ? "a plan-level tactic (its objective is not a strategy)" : $"a tactic of strategy {strategy.Id}";
        if (!why.Contains("classifier", StringComparison.Ordinal))
        {
            // Shown, not obeyed: an initiative is a tactic by its place; the verdict hints at what GP203 will say.
            why = $"{why} ({Verdict(StatementClassifier.Classify(entry.Statement.Text))})";
        }
        var counted = activity is null ? "" : $"; commits {Numbers.Exact(activity.Target!.Value)} {activity.Metric} per {activity.Per}";
        _mappings.Add(new OkrMapping(entry.Line, entry.Statement.Text, "tactic", path, $"{why}: {placed}{counted}{dueWhy}", decision));
    }

    private OkrTarget? Target(OkrEntry entry)
    {
        if (entry.Target is { } cell)
        {
            if (OkrTargets.Cell(cell.Text) is { } value)
            {
                var fromText = OkrTargets.Read(entry.Statement.Text);
                var baseline = entry.Baseline is { } b && OkrTargets.Cell(b.Text) is { } start ? start.Value : fromText?.Baseline;
                return new OkrTarget(baseline, value.Value, value.Unit ?? fromText?.Unit ?? "count", fromText?.Metric ?? OkrTargets.MetricOfTitle(entry.Statement.Text),
                    fromText?.Direction, $"target column: {cell.Text}");
            }
            problems.Add(new OkrProblem(OkrProblemSeverity.Warning, entry.Line, cell.Column, $"the target '{cell.Text}' is not a number; the key result's own words were read instead."));
        }
        return OkrTargets.Read(entry.Statement.Text);
    }

    private (DateOnly? Due, string Why) Due(OkrEntry entry, bool defaultToEnd)
    {
        if (entry.Due is { } cell)
        {
            if (OkrDues.Cell(cell.Text, _start.Year) is { } day)
            {
                return (day, $"; due {day:yyyy-MM-dd} (due column)");
            }
            problems.Add(new OkrProblem(OkrProblemSeverity.Warning, entry.Line, cell.Column,
                $"the due date '{cell.Text}' is not understood (write 2027-06-30, Q2 or June 30); left out."));
        }
        if (OkrDues.In(entry.Statement.Text, _start.Year) is { } due)
        {
            return (due.Day, $"; due {due.Day:yyyy-MM-dd} ('{due.Read}')");
        }
        return defaultToEnd ? (_end, $"; due {_end:yyyy-MM-dd} (no date written: the period's end)") : (null, "; no due date written");
    }

    private static string Verdict(StatementClassification verdict) =>
        $"the classifier reads a {verdict.Kind.ToString().ToLowerInvariant()} (confidence {Numbers.Format((decimal)verdict.Confidence, 2)}: {string.Join("; ", verdict.Reasons.Take(2))})";

    /// <summary>A strategy being built: its tactics and the goals its key results became.</summary>
    private sealed class StrategyBuilder(string id)
    {
        public string Id { get; } = id;

        public List<string> Goals { get; } = [];

        public List<PlanFileTactic> Tactics { get; } = [];
    }
}
