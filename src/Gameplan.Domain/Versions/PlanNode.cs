namespace Gameplan.Domain.Versions;

/// <summary>
/// One element of a plan as the comparison sees it: its kind (<c>goals</c>, <c>strategies</c>, <c>tactics</c>, ...),
/// its key within that kind (a goal's id; null for a section that occurs once, such as <c>settings</c>), its
/// fields as text (lists already in a canonical order, so reordering them is no change) and its children.
/// </summary>
/// <param name="MatchesAnywhere">
/// True for elements whose key is unique in the whole plan (tactics): the same key under another parent is the
/// element moved, not one removed and another added.
/// </param>
public sealed record PlanNode(string Kind, string? Key, IReadOnlyList<PlanField> Fields, IReadOnlyList<PlanNode> Children, bool MatchesAnywhere = false)
{
    /// <summary>How the node appears in a path: <c>strategies[s1]</c>, or the kind alone for a section that occurs once.</summary>
    public string Segment => Key is null ? Kind : $"{Kind}[{Key}]";
}

/// <summary>A field of a <see cref="PlanNode"/>; null when the plan leaves it out.</summary>
public sealed record PlanField(string Name, string? Value);
