using Gameplan.Domain.Versions;

namespace Gameplan.Core.Versions;

/// <summary>
/// Names the elements of a comparison for people: <c>strategies[s1].tactics[t2]</c> is "Tactic t2" titled with
/// its action. Paths are built as <see cref="PlanDiff"/> builds them (the root is <c>plan</c>, its children start afresh).
/// </summary>
internal static class VersionTitles
{
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["goals"] = "Goal",
        ["strategies"] = "Strategy",
        ["tactics"] = "Tactic",
        ["activities"] = "Commitment",
        ["measurements"] = "Measurement",
        ["people"] = "Person",
        ["reviews"] = "Review",
        ["stages"] = "Funnel stage",
    };

    // The field that says what an element is, by kind.
    private static readonly Dictionary<string, string> TitleFields = new(StringComparer.Ordinal)
    {
        ["goals"] = "title",
        ["strategies"] = "statement",
        ["tactics"] = "action",
        ["people"] = "name",
        ["plan"] = "name",
    };

    /// <summary>The title of every element of both plans by path; the newer plan's wins.</summary>
    public static Dictionary<string, string> Of(PlanNode older, PlanNode newer)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(older, titles);
        Add(newer, titles);
        return titles;
    }

    public static VersionChangeLine Line(PlanChange change, IReadOnlyDictionary<string, string> titles)
    {
        var last = LastSegment(change.Path);
        var open = last.IndexOf('[', StringComparison.Ordinal);
        var kind = open < 0 ? last : last[..open];
        var element = kind switch
        {
            "plan" => "The plan",
            "settings" => "The plan's settings",
            "funnel" => "The funnel",
            _ when open >= 0 => $"{Kinds.GetValueOrDefault(kind, kind)} {last[(open + 1)..last.LastIndexOf(']')]}",
            _ => Kinds.GetValueOrDefault(kind, kind),
        };
        return new VersionChangeLine(change.Path, element, titles.GetValueOrDefault(change.Path), change.Change, change.Fields);
    }

    /// <summary>The path's last segment; keys may hold dots (<c>strategies[s.1]</c>), so only a dot outside brackets separates.</summary>
    private static string LastSegment(string path)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < path.Length; i++)
        {
            depth += path[i] switch { '[' => 1, ']' => -1, _ => 0 };
            if (path[i] == '.' && depth == 0)
            {
                start = i + 1;
            }
        }
        return path[start..];
    }

    private static void Add(PlanNode root, Dictionary<string, string> titles)
    {
        Title(root, root.Segment, titles);
        Walk(root, "", titles);
    }

    private static void Walk(PlanNode parent, string parentPath, Dictionary<string, string> titles)
    {
        foreach (var child in parent.Children)
        {
            var path = parentPath.Length == 0 ? child.Segment : $"{parentPath}.{child.Segment}";
            Title(child, path, titles);
            Walk(child, path, titles);
        }
    }

    private static void Title(PlanNode node, string path, Dictionary<string, string> titles)
    {
        if (TitleFields.TryGetValue(node.Kind, out var field) && node.Fields.FirstOrDefault(f => f.Name == field)?.Value is { Length: > 0 } title)
        {
            titles[path] = title;
        }
    }
}
