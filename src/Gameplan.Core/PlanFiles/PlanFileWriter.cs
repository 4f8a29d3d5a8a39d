using System.Text;

namespace Gameplan.Core.PlanFiles;

/// <summary>
/// Writes a <see cref="PlanFile"/> in the layout of PLAN-FORMAT.md: <c>version: 1</c> first, block
/// style for sections, flow style for periods, activities, people, reviews and funnel stages. Absent values are
/// left out, except that empty <c>resources</c> are written as <c>[]</c> ("none needed").
/// </summary>
public static class PlanFileWriter
{
    public static string Write(PlanFile file)
    {
        var yaml = new StringBuilder();
        Line(yaml, 0, "version", file.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yaml.Append("plan:\n");
        WritePlan(yaml, file.Plan);
        Items(yaml, 0, "people", file.People, (y, i, p) => Flow(y, i, [
            ("handle", Text(p.Handle)), ("name", Text(p.Name)), ("role", Text(p.Role)), ("team", Text(p.Team)),
            ("capacity_hours_per_week", Number(p.CapacityHoursPerWeek))]));
        Items(yaml, 0, "reviews", file.Reviews, (y, i, r) => Flow(y, i, [
            ("kind", Text(r.Kind)), ("date", Date(r.Date)), ("held", r.Held is { } held ? YamlText.Flag(held) : null),
            ("notes", Text(r.Notes)), ("person", Text(r.Person))]));
        if (file.Settings is { } settings)
        {
            yaml.Append("settings:");
            yaml.Append(settings == new PlanFileSettings() ? " {}\n" : "\n");
            Line(yaml, 1, "planning_window_days", Whole(settings.PlanningWindowDays));
            Line(yaml, 1, "max_strategies", Whole(settings.MaxStrategies));
            Line(yaml, 1, "strategic_review_days", Whole(settings.StrategicReviewDays));
            Line(yaml, 1, "tactical_review_days", Whole(settings.TacticalReviewDays));
            Line(yaml, 1, "working_days", settings.WorkingDays is { } days ? YamlText.List(days) : null);
            Line(yaml, 1, "holidays", settings.Holidays is { } holidays ? $"[{string.Join(", ", holidays.Select(YamlText.Date))}]" : null);
            Line(yaml, 1, "rollup", Block(settings.Rollup));
        }
        if (file.Funnel is { } funnel)
        {
            WriteFunnel(yaml, funnel);
        }
        return yaml.ToString();
    }

    /// <summary><c>funnel:</c> in block style, one flow mapping a stage, after the settings.</summary>
    private static void WriteFunnel(StringBuilder yaml, PlanFileFunnel funnel)
    {
        yaml.Append("funnel:");
        yaml.Append(funnel.DealValue is null && funnel.Currency is null && funnel.CycleDays is null && funnel.Stages.Count == 0 ? " {}\n" : "\n");
        Line(yaml, 1, "deal_value", Number(funnel.DealValue));
        Line(yaml, 1, "currency", Block(funnel.Currency));
        Line(yaml, 1, "cycle_days", Whole(funnel.CycleDays));
        Items(yaml, 1, "stages", funnel.Stages, (y, i, stage) => Flow(y, i, [
            ("metric", Text(stage.Metric)), ("rate", Number(stage.Rate)), ("minutes", Number(stage.Minutes))]));
    }

    private static void WritePlan(StringBuilder yaml, PlanFilePlan plan)
    {
        Line(yaml, 1, "name", Block(plan.Name));
        Line(yaml, 1, "scope", Block(plan.Scope));
        Line(yaml, 1, "team", Block(plan.Team));
        Line(yaml, 1, "owner", Block(plan.Owner));
        Line(yaml, 1, "parent", plan.Parent is { } parent ? Mapping([("plan", Text(parent.Plan)), ("strategy", Text(parent.Strategy)), ("goal", Text(parent.Goal))]) : null);
        if (plan.Period is { } period)
        {
            yaml.Append("  period: ");
            Flow(yaml, -1, [("start", Date(period.Start)), ("end", Date(period.End))]);
        }
        Line(yaml, 1, "drafted", Date(plan.Drafted));
        Line(yaml, 1, "mission", Block(plan.Mission));
        Section(yaml, "background", plan.Background, b => [("current", b.Current), ("desired", b.Desired)]);
        Section(yaml, "customer", plan.Customer, c => [("who", c.Who), ("values", c.Values)]);
        Line(yaml, 1, "desired_results", Block(plan.DesiredResults));
        Items(yaml, 1, "goals", plan.Goals, WriteGoal);
        Items(yaml, 1, "strategies", plan.Strategies, (y, indent, s) =>
        {
            Line(y, indent, "id", Block(s.Id), item: true);
            Line(y, indent, "statement", Block(s.Statement));
            Line(y, indent, "dri", Dri(s.Dri));
            Line(y, indent, "goals", s.Goals.Count > 0 ? YamlText.List(s.Goals) : null);
            Items(y, indent, "tactics", s.Tactics, WriteTactic);
        });
        Items(yaml, 1, "tactics", plan.Tactics, WriteTactic);
    }

    private static void WriteGoal(StringBuilder yaml, int indent, PlanFileGoal goal)
    {
        Line(yaml, indent, "id", Block(goal.Id), item: true);
        Line(yaml, indent, "title", Block(goal.Title));
        Line(yaml, indent, "metric", Block(goal.Metric));
        Line(yaml, indent, "unit", Block(goal.Unit));
        Line(yaml, indent, "baseline", Number(goal.Baseline));
        Line(yaml, indent, "target", Number(goal.Target));
        Line(yaml, indent, "due", Date(goal.Due));
        Line(yaml, indent, "dri", Dri(goal.Dri));
        Line(yaml, indent, "direction", Block(goal.Direction));
        Line(yaml, indent, "weight", Number(goal.Weight));
        Items(yaml, indent, "measurements", goal.Measurements, (y, i, m) => Flow(y, i, [("date", Date(m.Date)), ("value", Number(m.Value)), ("note", Text(m.Note))]));
        Line(yaml, indent, "contributes_to", goal.ContributesTo is { } c ? Mapping([("goal", Text(c.Goal)), ("amount", Number(c.Amount))]) : null);
    }

    private static void WriteTactic(StringBuilder yaml, int indent, PlanFileTactic tactic)
    {
        Line(yaml, indent, "id", Block(tactic.Id), item: true);
        Line(yaml, indent, "action", Block(tactic.Action));
        Line(yaml, indent, "owner", Block(tactic.Owner));
        Line(yaml, indent, "authors", tactic.Authors.Count > 0 ? YamlText.List(tactic.Authors) : null);
        Line(yaml, indent, "start", Date(tactic.Start));
        Line(yaml, indent, "due", Date(tactic.Due));
        Line(yaml, indent, "resources", tactic.Resources is { } resources ? YamlText.List(resources) : null);
        Line(yaml, indent, "effort_hours", Number(tactic.EffortHours));
        Line(yaml, indent, "status", Block(tactic.Status));
        Items(yaml, indent, "activities", tactic.Activities, (y, i, a) => Flow(y, i, [
            ("metric", Text(a.Metric)), ("unit", Text(a.Unit)), ("target", Number(a.Target)), ("per", Text(a.Per)),
            ("assignees", a.Assignees is { Mode: PlanFileAssignees.NamedMode } named ? YamlText.List(named.Handles) : Text(a.Assignees?.Mode)),
            ("acknowledged_by", Acknowledgements(a.AcknowledgedBy))]));
        Line(yaml, indent, "acknowledged_by", tactic.AcknowledgedBy.Count > 0 ? YamlText.List(tactic.AcknowledgedBy) : null);
    }

    private static void Section<T>(StringBuilder yaml, string key, T? section, Func<T, (string Key, string? Value)[]> fields)
        where T : class
    {
        if (section is null)
        {
            return;
        }
        var values = fields(section);
        yaml.Append($"  {key}:{(values.All(v => v.Value is null) ? " {}" : "")}\n");
        foreach (var (name, value) in values)
        {
            Line(yaml, 2, name, Block(value));
        }
    }

    /// <summary>A list under <paramref name="key"/>, each item starting with "- "; nothing when empty.</summary>
    private static void Items<T>(StringBuilder yaml, int indent, string key, IReadOnlyList<T> items, Action<StringBuilder, int, T> write)
    {
        if (items.Count == 0)
        {
            return;
        }
        yaml.Append(' ', indent * 2).Append(key).Append(":\n");
        foreach (var item in items)
        {
            write(yaml, indent + 2, item);
        }
    }

    /// <summary>A one-line <c>{ key: value, ... }</c>; as a list item when <paramref name="indent"/> is not -1.</summary>
    private static void Flow(StringBuilder yaml, int indent, (string Key, string? Value)[] fields)
    {
        if (indent >= 0)
        {
            yaml.Append(' ', (indent - 1) * 2).Append("- ");
        }
        var present = fields.Where(f => f.Value is not null).Select(f => $"{f.Key}: {f.Value}");
        yaml.Append("{ ").Append(string.Join(", ", present)).Append(" }\n");
    }

    /// <summary><c>key: value</c> at <paramref name="indent"/> levels; nothing when the value is absent.</summary>
    private static void Line(StringBuilder yaml, int indent, string key, string? value, bool item = false)
    {
        if (value is null && !item)
        {
            return;
        }
        yaml.Append(' ', item ? (indent - 1) * 2 : indent * 2).Append(item ? "- " : "").Append(key).Append(':');
        yaml.Append(value is null ? " ~" : " " + value).Append('\n');
    }

    /// <summary><c>{ plan: FY2027 Sales Plan, strategy: s2 }</c>: the fields that are present, in flow style.</summary>
    private static string Mapping((string Key, string? Value)[] fields) =>
        $"{{ {string.Join(", ", fields.Where(f => f.Value is not null).Select(f => $"{f.Key}: {f.Value}"))} }}";

    /// <summary><c>[{ handle: ana, date: 2027-01-05 }, ben]</c>: a bare handle when the day is not known.</summary>
    private static string? Acknowledgements(IReadOnlyList<PlanFileAcknowledgement> acknowledgements) => acknowledgements.Count == 0 ? null
        : $"[{string.Join(", ", acknowledgements.Select(a => a.Date is { } day ? $"{{ handle: {Text(a.Handle)}, date: {Date(day)} }}" : Text(a.Handle)))}]";

    private static string? Dri(IReadOnlyList<string> dri) => dri.Count switch
    {
        0 => null,
        1 => YamlText.Text(dri[0], flow: false),
        _ => YamlText.List(dri),
    };

    private static string? Block(string? value) => value is null ? null : YamlText.Text(value, flow: false);

    private static string? Text(string? value) => value is null ? null : YamlText.Text(value, flow: true);

    private static string? Number(decimal? value) => value is { } v ? YamlText.Number(v) : null;

    private static string? Whole(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? Date(DateOnly? value) => value is { } v ? YamlText.Date(v) : null;
}
