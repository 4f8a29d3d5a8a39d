using System.Globalization;
using System.Text.RegularExpressions;
using Gameplan.Core.PlanFiles;
using Gameplan.Domain;
using Gameplan.Domain.People;

namespace Gameplan.Core.Templates;

/// <summary>
/// The built-in template library and its filling. A template's text is a plan file whose placeholders are
/// replaced as text before it is read: <c>{{person}}</c>, <c>{{team}}</c>, <c>{{period.start}}</c>,
/// <c>{{period.end}}</c>, <c>{{parent}}</c> (the plan file's <c>parent</c> value, <c>~</c> for none), <c>{{drafted}}</c> (today), <c>{{start+N}}</c> (N days after the period starts) and
/// <c>{{month+N}}</c> (the last day of the period's Nth month). Guidance is YAML comments, kept in the new file;
/// what the writer must fill is marked <c>TODO</c>.
/// </summary>
public static partial class PlanTemplates
{
    private static readonly Lazy<IReadOnlyList<PlanTemplate>> BuiltInTemplates = new(Load);

    public static IReadOnlyList<PlanTemplate> BuiltIn => BuiltInTemplates.Value;

    /// <summary>The template named <paramref name="name"/> (ignoring case); a refusal naming the ones there are otherwise.</summary>
    public static PlanTemplate Find(string name) =>
        BuiltIn.FirstOrDefault(t => string.Equals(t.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new DomainRuleException($"There is no template '{name?.Trim()}'; there are: {string.Join(", ", BuiltIn.Select(t => t.Name))}.", "template");

    /// <summary>The template's plan file text with every placeholder filled; <paramref name="today"/> is the drafting day.</summary>
    public static string Fill(PlanTemplate template, TemplateValues values, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        var start = values.Start ?? new DateOnly(today.Year + 1, 1, 1);
        var end = values.End ?? start.AddYears(1).AddDays(-1);
        if (end < start)
        {
            throw new DomainRuleException($"The period ends ({Date(end)}) before it starts ({Date(start)}).", "period");
        }
        PlanCalendar.Check(start, "period");
        PlanCalendar.Check(end, "period");
        var person = Handle(values.Person);
        var team = string.IsNullOrWhiteSpace(values.Team) ? TemplateValues.SomeTeam : values.Team.Trim();
        var parent = Parent(values);
        return Placeholder().Replace(template.Text, match => match.Groups["name"].Value switch
        {
            "person" => person,
            "team" => YamlText.Text(team, flow: true),
            "period.start" => Date(start),
            "period.end" => Date(end),
            "drafted" => Date(today),
            "parent" => parent,
            var offset when offset.StartsWith("start+", StringComparison.Ordinal) => Date(Min(start.AddDays(Number(offset)), end)),
            var offset when offset.StartsWith("month+", StringComparison.Ordinal) => Date(Min(start.AddMonths(Number(offset)).AddDays(-1), end)),
            var other => throw new DomainRuleException(
                $"Line {Line(template.Text, match.Index)}: '{{{{{other}}}}}' is not a placeholder; there are {{{{person}}}}, {{{{team}}}}, {{{{period.start}}}}, " +
                "{{period.end}}, {{parent}}, {{drafted}}, {{start+N}} and {{month+N}}.", "text"),
        });
    }

    private static string Handle(string? handle)
    {
        if (string.IsNullOrWhiteSpace(handle))
        {
            return TemplateValues.SomePerson;
        }
        var trimmed = handle.Trim().TrimStart('@').ToLowerInvariant();
        return Person.IsHandle(trimmed)
            ? trimmed
            : throw new DomainRuleException($"'{handle.Trim()}' is not a handle: a letter, then letters, digits, '.', '-' or '_'.", "person");
    }

    /// <summary>The <c>parent</c> value as a YAML flow mapping, or <c>~</c> (none) when no parent plan is given.</summary>
    private static string Parent(TemplateValues values)
    {
        var plan = values.ParentPlan?.Trim();
        var strategy = values.ParentStrategy?.Trim();
        if (string.IsNullOrEmpty(plan))
        {
            return string.IsNullOrEmpty(strategy)
                ? "~"
                : throw new DomainRuleException($"A strategy ('{strategy}') is carried out only with the plan it belongs to: name the parent plan too.", "parent.plan");
        }
        return string.IsNullOrEmpty(strategy)
            ? $"{{ plan: {YamlText.Text(plan, flow: true)} }}"
            : $"{{ plan: {YamlText.Text(plan, flow: true)}, strategy: {YamlText.Text(strategy, flow: true)} }}";
    }

    private static int Line(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    private static int Number(string placeholder) => int.Parse(placeholder[(placeholder.IndexOf('+', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<PlanTemplate> Load()
    {
        var assembly = typeof(PlanTemplates).Assembly;
        return TemplateCatalog.Entries.Select(entry =>
        {
            using var stream = assembly.GetManifestResourceStream($"templates/{entry.Name}.yaml")
                ?? throw new InvalidOperationException($"The built-in template {entry.Name} is not in the assembly.");
            using var reader = new StreamReader(stream);
            return entry with { Text = reader.ReadToEnd() };
        }).ToList();
    }

    [GeneratedRegex(@"\{\{(?<name>[a-z.]+(\+[0-9]{1,3})?)\}\}")]
    private static partial Regex Placeholder();
}
