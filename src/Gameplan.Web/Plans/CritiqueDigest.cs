using Gameplan.Core.Plans;
using Gameplan.Domain.Critique;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Gameplan.Web.Plans;

/// <summary>A finding as the plan page shows it: its place in the full list, the element it points to and the form that fixes it.</summary>
public sealed record PlacedFinding(int Index, Finding Finding, string? Anchor, string? Edit)
{
    public string Severity => Finding.Severity.ToString().ToLowerInvariant();
}

/// <summary>An element's own findings, shown as a badge beside it (an empty badge keeps its place for htmx to swap).</summary>
/// <param name="Anchor">The element's anchor on the plan page, e.g. <c>tactic-12</c>.</param>
/// <param name="Findings">Its findings, worst first.</param>
public sealed record FindingBadge(string Anchor, IReadOnlyList<PlacedFinding> Findings)
{
    public string Id => $"findings-of-{Anchor}";

    public string Severity => Findings.Count == 0 ? "none" : Findings[0].Severity;

    /// <summary>The group the badge links to: the rule of its worst finding.</summary>
    public string? Group => Findings.Count == 0 ? null : $"rule-{Findings[0].Finding.Rule}";

    /// <summary>Its messages, one a line, for the badge's title.</summary>
    public string Messages => string.Join("\n", Findings.Select(f => $"{f.Finding.Rule}: {f.Finding.Message}"));
}

/// <summary>A goal, strategy or tactic a group of findings names.</summary>
public sealed record FindingElement(string Key, string Title, string Anchor);

/// <summary>The findings of one rule, said once: "6 tactics have commitments not acknowledged by everyone they bind".</summary>
/// <param name="Count">How many elements (or, on the plan as a whole, findings) it is about.</param>
public sealed record FindingGroup(string Rule, FindingSeverity Worst, int Count, string Sentence, IReadOnlyList<FindingElement> Elements, IReadOnlyList<PlacedFinding> Findings)
{
    /// <summary>The group's anchor on the plan page.</summary>
    public string Id => $"rule-{Rule}";

    public string Severity => Worst.ToString().ToLowerInvariant();
}

/// <summary>
/// The plan page's reading of the critique: the findings grouped by rule, worst first (errors, then the
/// rules that hit the most elements), and each goal's, strategy's and tactic's own findings for its badge.
/// The API and the CLI keep the flat list; this is only how a person reads it.
/// </summary>
public sealed class CritiqueDigest
{
    /// <summary>The view-data key the element partials read it from.</summary>
    public const string Key = "critique-digest";

    /// <summary>How many groups the summary shows as the top issues.</summary>
    public const int TopCount = 3;

    private readonly Dictionary<string, List<PlacedFinding>> _byAnchor;

    private CritiqueDigest(IReadOnlyList<PlacedFinding> all, IReadOnlyList<FindingGroup> groups)
    {
        All = all;
        Groups = groups;
        _byAnchor = all.Where(f => f.Anchor is not null && IsElement(f.Anchor))
            .GroupBy(f => f.Anchor!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    /// <summary>Every finding in the critique's order (worst first), numbered as in the full list.</summary>
    public IReadOnlyList<PlacedFinding> All { get; }

    /// <summary>One group per rule, worst first.</summary>
    public IReadOnlyList<FindingGroup> Groups { get; }

    /// <summary>The groups the summary leads with.</summary>
    public IEnumerable<FindingGroup> Top => Groups.Take(TopCount);

    /// <summary>The findings about the element with this anchor (<c>goal-3</c>, <c>tactic-12</c>), worst first.</summary>
    public IReadOnlyList<PlacedFinding> On(string anchor) => _byAnchor.TryGetValue(anchor, out var findings) ? findings : [];

    /// <summary>The badge of the element with this anchor, from the page's view data (empty when the page has no digest).</summary>
    public static FindingBadge BadgeFrom(ViewDataDictionary viewData, string anchor) =>
        new(anchor, viewData[Key] is CritiqueDigest digest ? digest.On(anchor) : []);

    public static CritiqueDigest Of(CritiqueReport report, PlanDetails plan, Func<Finding, (string? Anchor, string? Edit)> target)
    {
        var all = report.Findings.Select((finding, index) =>
        {
            var (anchor, edit) = target(finding);
            return new PlacedFinding(index, finding, anchor, edit);
        }).ToList();
        var groups = all.GroupBy(f => f.Finding.Rule, StringComparer.Ordinal)
            .Select(g => Group(g.Key, [.. g], plan))
            .OrderBy(g => g.Worst)
            .ThenByDescending(g => g.Count)
            .ThenBy(g => g.Rule, StringComparer.Ordinal)
            .ToList();
        return new CritiqueDigest(all, groups);
    }

    private static FindingGroup Group(string rule, List<PlacedFinding> findings, PlanDetails plan)
    {
        var worst = findings.Min(f => f.Finding.Severity);
        // The elements in the plan's order (goals, strategies, tactics), not the findings' (worst first).
        var anchors = findings.Select(f => f.Anchor).ToHashSet(StringComparer.Ordinal);
        var elements = Elements(plan).Where(e => anchors.Contains(e.Anchor)).ToList();
        // An element counts once however many findings it has; a finding on the plan as a whole counts each (GP503 names a person in each).
        var count = findings.Select((f, i) => f.Finding.Path == "plan" ? $"#{i}" : f.Finding.Path).Distinct(StringComparer.Ordinal).Count();
        return new FindingGroup(rule, worst, count, FindingSentences.Of(rule, findings, count), elements, findings);
    }

    private static bool IsElement(string anchor) =>
        anchor.StartsWith("goal-", StringComparison.Ordinal) || anchor.StartsWith("strategy-", StringComparison.Ordinal) || anchor.StartsWith("tactic-", StringComparison.Ordinal);

    private static IEnumerable<FindingElement> Elements(PlanDetails plan) =>
        plan.Goals.Select(g => new FindingElement(g.Key, g.Title, $"goal-{g.Id}"))
            .Concat(plan.Strategies.Select(s => new FindingElement(s.Key, s.Statement, $"strategy-{s.Id}")))
            .Concat(plan.AllTactics().Select(t => new FindingElement(t.Key, t.Action, $"tactic-{t.Id}")));
}
