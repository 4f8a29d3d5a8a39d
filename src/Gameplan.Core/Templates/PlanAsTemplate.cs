using System.Globalization;
using System.Text.RegularExpressions;
using Gameplan.Core.PlanFiles;

namespace Gameplan.Core.Templates;

/// <summary>
/// A plan as a template's text (ADR 0032): the plan file the exporter writes, with the period, the owner (everywhere
/// the plan names them), the team and the parent made placeholders, and every other date counted from the period's
/// start (<c>{{start+N}}</c>, <c>{{month+N}}</c>), so the plan it makes falls in its own period. What belongs to the
/// period lived, not to the plan's structure, is left out: measurements, acknowledgements, reviews' outcomes and
/// notes, tactics' progress, and the people section (a template creates nobody; the organisation has them).
/// </summary>
public static partial class PlanAsTemplate
{
    private const string Person = "{{person}}";
    private const string Team = "{{team}}";
    private const string Parent = "{{parent}}";

    /// <summary>The largest N of <c>{{start+N}}</c> and <c>{{month+N}}</c> (the template filler reads three digits).</summary>
    private const int MaxOffset = 999;

    public static string Text(PlanFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var plan = file.Plan;
        var start = plan.Period?.Start ?? throw new ArgumentException("A stored plan always has a period.", nameof(file));
        var end = plan.Period?.End ?? start;
        var owner = plan.Owner?.Trim();
        // The writer spells dates itself, so each placeholder date is written as a stand-in day of a year the plan's
        // own text never mentions (plans live in 1900-2200), then the stand-ins are replaced: nothing else can match.
        var dates = new StandIns(Year(PlanFileWriter.Write(file)));
        string Who(string handle) => owner is not null && string.Equals(handle.Trim(), owner, StringComparison.OrdinalIgnoreCase) ? Person : handle;
        IReadOnlyList<string> All(IReadOnlyList<string> handles) => [.. handles.Select(Who)];
        DateOnly? Day(DateOnly? day) => day is { } d ? dates.For(Relative(d, start, end)) : null;
        PlanFileTactic Tactic(PlanFileTactic t) => t with
        {
            Owner = t.Owner is { } o ? Who(o) : null,
            Authors = All(t.Authors),
            Start = Day(t.Start),
            Due = Day(t.Due),
            Status = null,
            AcknowledgedBy = [],
            Activities = [.. t.Activities.Select(a => a with
            {
                Assignees = a.Assignees is { Mode: PlanFileAssignees.NamedMode } named ? PlanFileAssignees.Named(All(named.Handles)) : a.Assignees,
                AcknowledgedBy = [],
            })],
        };

        var template = file with
        {
            Plan = plan with
            {
                Team = plan.Team is null ? null : Team,
                Owner = Person,
                Parent = new PlanFileParent(Parent, null),
                Period = new PlanFilePeriod(dates.For("{{period.start}}"), dates.For("{{period.end}}")),
                Drafted = dates.For("{{drafted}}"),
                Goals = [.. plan.Goals.Select(g => g with { Dri = All(g.Dri), Due = Day(g.Due), Measurements = [] })],
                Strategies = [.. plan.Strategies.Select(s => s with { Dri = All(s.Dri), Tactics = [.. s.Tactics.Select(Tactic)] })],
                Tactics = [.. plan.Tactics.Select(Tactic)],
            },
            People = [],
            Reviews = [.. file.Reviews.Select(r => r with { Date = Day(r.Date), Held = null, Notes = null, Person = r.Person is { } p ? Who(p) : null })],
        };
        // The writer quotes a placeholder as text ("{{person}}"); in a template it stands bare, as in the built-in ones.
        var text = PlanFileWriter.Write(template)
            .Replace($"{{ plan: \"{Parent}\" }}", Parent, StringComparison.Ordinal)
            .Replace($"\"{Person}\"", Person, StringComparison.Ordinal)
            .Replace($"\"{Team}\"", Team, StringComparison.Ordinal);
        return "# Saved from a plan: its period, owner, team and parent are placeholders; its dates count from the period's start.\n"
            + Date().Replace(text, m => dates.Placeholder(m.Value) ?? m.Value);
    }

    /// <summary>
    /// The placeholder for a day of a plan running <paramref name="start"/> to <paramref name="end"/>: its first or last
    /// day, the last day of its Nth month, or N days after it starts; a day outside the period is held to it.
    /// </summary>
    public static string Relative(DateOnly day, DateOnly start, DateOnly end)
    {
        if (day <= start)
        {
            return "{{period.start}}";
        }
        if (day >= end)
        {
            return "{{period.end}}";
        }
        var months = 1;
        while (months < MaxOffset && start.AddMonths(months).AddDays(-1) < day)
        {
            months++;
        }
        var days = day.DayNumber - start.DayNumber;
        return start.AddMonths(months).AddDays(-1) == day || days > MaxOffset
            ? $"{{{{month+{months.ToString(CultureInfo.InvariantCulture)}}}}}"
            : $"{{{{start+{days.ToString(CultureInfo.InvariantCulture)}}}}}";
    }

    /// <summary>
    /// A year before the plan calendar whose stand-ins the written plan does not contain: six years of days, more than
    /// the distinct placeholders a plan can need (N up to 999 for both <c>start+N</c> and <c>month+N</c>).
    /// </summary>
    private static int Year(string written) =>
        Enumerable.Range(1000, 800).First(year => Enumerable.Range(year, 6).All(y => !written.Contains($"{y.ToString(CultureInfo.InvariantCulture)}-", StringComparison.Ordinal)));

    [GeneratedRegex(@"\b\d{4}-\d\d-\d\d\b")]
    private static partial Regex Date();

    /// <summary>One stand-in day per placeholder, counted from the first day of <paramref name="year"/>.</summary>
    private sealed class StandIns(int year)
    {
        private readonly Dictionary<string, DateOnly> _days = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _placeholders = new(StringComparer.Ordinal);

        public DateOnly For(string placeholder)
        {
            if (!_days.TryGetValue(placeholder, out var day))
            {
                day = new DateOnly(year, 1, 1).AddDays(_days.Count);
                _days[placeholder] = day;
                _placeholders[YamlText.Date(day)] = placeholder;
            }
            return day;
        }

        public string? Placeholder(string written) => _placeholders.GetValueOrDefault(written);
    }
}
