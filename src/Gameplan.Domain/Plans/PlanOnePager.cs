using System.Text;
using Gameplan.Domain.Activities;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Pace;

namespace Gameplan.Domain.Plans;

/// <summary>
/// A plan as a Markdown one-pager to paste into a wiki, an e-mail or a board pack: the header, the five
/// questions' answers, the goals with their progress and pace today, each strategy with its tactics and their
/// commitments in words, the highest risks and the reviews to come. People by name (handles stay in plan
/// files); every piece of the plan's own text is escaped, so a plan cannot inject links, HTML or structure.
/// </summary>
public static class PlanOnePager
{
    /// <param name="status">The plan's status in words ("Active").</param>
    /// <param name="pace">The plan's pace report as of <paramref name="today"/> (goal progress); null to leave progress out.</param>
    /// <param name="critique">The plan's critique today (the risk radar and the counts); null to leave it out.</param>
    public static string Write(PlanDocument plan, string status, PaceReport? pace, CritiqueReport? critique, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var names = plan.People.Where(p => !string.IsNullOrWhiteSpace(p.Handle) && !string.IsNullOrWhiteSpace(p.Name))
            .DistinctBy(p => p.Handle!, StringComparer.OrdinalIgnoreCase).ToDictionary(p => p.Handle!, p => p.Name!, StringComparer.OrdinalIgnoreCase);
        string Name(string? handle) => handle is null ? "nobody" : names.TryGetValue(handle, out var name) ? name : handle;
        string People(IEnumerable<string> handles) => handles.Any() ? string.Join(", ", handles.Select(Name)) : "nobody";

        var md = new StringBuilder();
        md.Append("# ").AppendLine(Text(plan.Name ?? "Untitled plan")).AppendLine();
        var scope = plan.Scope?.Trim().ToLowerInvariant() switch
        {
            "team" => $"Team plan{(plan.Team is { } team ? $" of {Text(team)}" : "")}",
            "person" => "Personal plan",
            _ => "Organisation plan",
        };
        md.AppendLine(Line($"{scope} · {Measures.Span(plan.PeriodStart, plan.PeriodEnd)} · {Text(status)} · owner {Text(Name(plan.Owner))} · as of {Measures.Date(today)}"));
        if (plan.Parent is { Plan: { } parentPlan } parent)
        {
            md.AppendLine().AppendLine(Line($"Carries out {Text(parentPlan)}{(parent.Strategy is { } s ? $", strategy {Text(s)}" : "")}{(parent.Goal is { } g ? $", goal {Text(g)}" : "")}."));
        }
        md.AppendLine();
        Paragraph(md, "Mission", plan.Mission);
        Paragraph(md, "Where we are", plan.BackgroundCurrent);
        Paragraph(md, "Where we want to be", plan.BackgroundDesired);
        Paragraph(md, "Our customers", plan.CustomerWho);
        Paragraph(md, "What they value", plan.CustomerValues);
        Paragraph(md, "Desired results", plan.DesiredResults);

        md.AppendLine("## Goals").AppendLine();
        if (plan.Goals.Count == 0)
        {
            md.AppendLine("No goals yet.").AppendLine();
        }
        else
        {
            md.AppendLine("| Goal | Metric | Baseline → target | Due | Progress | DRI |");
            md.AppendLine("|---|---|---|---|---|---|");
            foreach (var (goal, index) in plan.Goals.Select((g, i) => (g, i)))
            {
                var line = pace?.Goals.ElementAtOrDefault(index);
                var progress = "—";
                if (line is not null)
                {
                    var (_, standing) = GoalPace.Of(line.Progress, plan.PeriodStart ?? today, goal.Due ?? plan.PeriodEnd ?? today, today, plan.Settings.Pace);
                    progress = line.Progress is null ? "not measured" : $"{Measures.Percent(line.Progress)} ({Standing(standing)})";
                }
                md.AppendLine(Line($"| {Key(goal.Id)}{Cell(goal.Title)} | {Cell(goal.Metric is { } m ? MetricNames.Label(m) : "—")} | {Cell($"{Measures.Of(goal.Baseline, goal.Unit)} → {Measures.Of(goal.Target, goal.Unit)}")} | {Measures.Date(goal.Due)} | {Cell(progress)} | {Cell(People(goal.Dri))} |"));
            }
            md.AppendLine();
        }

        md.AppendLine("## Strategies").AppendLine();
        if (plan.Strategies.Count == 0)
        {
            md.AppendLine("No strategies yet.").AppendLine();
        }
        foreach (var strategy in plan.Strategies)
        {
            md.Append("### ").Append(Key(strategy.Id)).AppendLine(Text(strategy.Statement ?? "")).AppendLine();
            md.AppendLine(Line($"DRI {Text(People(strategy.Dri))}{(strategy.Goals.Count > 0 ? $" · serves {Text(string.Join(", ", strategy.Goals))}" : "")}")).AppendLine();
            Tactics(md, strategy.Tactics, Name, People);
        }
        if (plan.Tactics.Count > 0)
        {
            md.AppendLine("### Tactics under no strategy").AppendLine();
            Tactics(md, plan.Tactics, Name, People);
        }

        if (critique is not null)
        {
            md.AppendLine("## Risks").AppendLine();
            var top = critique.Risks.Where(r => r.Score > 0).OrderByDescending(r => r.Score).Take(3).ToList();
            md.AppendLine(Line(top.Count == 0
                ? $"The risk radar sees no sign of the usual reasons plans fail."
                : $"Highest on the risk radar (0 = no sign, 100 = likely): {string.Join(", ", top.Select(r => $"{r.Id.Replace('-', ' ').Replace('_', ' ')} {r.Score}"))}."));
            md.AppendLine(Line($"The critique finds {Count(critique.Summary.Errors, "error", "errors")} and {Count(critique.Summary.Warnings, "warning", "warnings")}.")).AppendLine();
        }

        var reviews = plan.Reviews.Where(r => r.Date is { } d && d >= today && !r.Held).OrderBy(r => r.Date).Take(3).ToList();
        if (reviews.Count > 0)
        {
            md.AppendLine("## Next reviews").AppendLine();
            foreach (var review in reviews)
            {
                md.AppendLine(Line($"- {Measures.Date(review.Date)}: {Text(Words(review.Kind))} review"));
            }
            md.AppendLine();
        }
        return md.ToString().TrimEnd() + "\n";
    }

    private static void Tactics(StringBuilder md, IReadOnlyList<TacticDocument> tactics, Func<string?, string> name, Func<IEnumerable<string>, string> people)
    {
        if (tactics.Count == 0)
        {
            md.AppendLine("No tactics yet.").AppendLine();
            return;
        }
        foreach (var tactic in tactics)
        {
            var owner = string.Equals(tactic.Owner, "team", StringComparison.OrdinalIgnoreCase) ? "the team" : name(tactic.Owner);
            md.AppendLine(Line($"- **{Text(tactic.Id ?? "")}** {Text(tactic.Action ?? "")} Owner {Text(owner)}, {Measures.Span(tactic.Start, tactic.Due)}."));
            foreach (var activity in tactic.Activities)
            {
                var who = activity.Assignees switch
                {
                    null or [] => Text(owner),
                    [var only] when string.Equals(only, "owner", StringComparison.OrdinalIgnoreCase) => Text(owner),
                    [var only] when string.Equals(only, "team", StringComparison.OrdinalIgnoreCase) => "everyone in the team",
                    var handles => Text(people(handles)),
                };
                var per = activity.Per?.Trim().ToLowerInvariant() switch
                {
                    "period" => "over the tactic",
                    { Length: > 0 } p => $"a {p}",
                    _ => "",
                };
                md.AppendLine(Line($"  - {Measures.Number(activity.Target)} {Text(MetricNames.Words(activity.Metric))} {per} each: {who}"));
            }
        }
        md.AppendLine();
    }

    private static void Paragraph(StringBuilder md, string label, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            md.Append("**").Append(label).Append(".** ").AppendLine(Text(text.Trim())).AppendLine();
        }
    }

    private static string Standing(PaceStatus? status) => status switch
    {
        PaceStatus.OnTrack => "on track",
        PaceStatus.AtRisk => "at risk",
        PaceStatus.OffTrack => "off track",
        _ => "not started",
    };

    private static string Words(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        "one_on_one" or "one-on-one" => "One-on-one",
        { Length: > 0 } k => char.ToUpperInvariant(k[0]) + k[1..],
        _ => "A",
    };

    private static string Count(int count, string one, string many) => $"{Measures.Number(count)} {(count == 1 ? one : many)}";

    private static string Key(string? id) => string.IsNullOrWhiteSpace(id) ? "" : $"{Text(id)}. ";

    private static string Line(string text) => text;

    /// <summary>A table cell: escaped text, no line breaks (they would end the row).</summary>
    private static string Cell(string? text) => Text((text ?? "").ReplaceLineEndings(" "));

    /// <summary>
    /// The plan's own words, inert: the characters that make links, images, HTML, emphasis, code or table cells
    /// are escaped with a backslash, and a line of a multi-line text cannot start a heading, a list or a rule.
    /// </summary>
    public static string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~')
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        var lines = escaped.ToString().ReplaceLineEndings("\n").Split('\n');
        return string.Join("\n", lines.Select((line, i) => i > 0 && StartsBlock(line) ? "\\" + line.TrimStart() : line));
    }

    /// <summary>Would this line start a block of its own (a heading, a list item, a rule, a setext underline)?</summary>
    private static bool StartsBlock(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.Length > 0 && (trimmed[0] is '#' or '-' or '+' or '=' || char.IsAsciiDigit(trimmed[0]) && trimmed.TrimStart("0123456789".ToCharArray()) is ['.' or ')', ..]);
    }
}
