using Gameplan.Domain.Plans;

namespace Gameplan.Domain.Reviews;

/// <summary>
/// What a review puts on the table, prepared from the plan as of a day: a list of sections, different per kind
/// (<see cref="TacticalAgenda"/>, <see cref="StrategicAgenda"/>, <see cref="OneOnOneAgenda"/>). Kept as JSON on a held
/// review (<see cref="ReviewSnapshot"/>); <see cref="FindingKeys"/> and <see cref="Figures"/> are what the next review of
/// the series compares with. Sections are a list so that more sources (a person's check-ins) join without a new shape.
/// </summary>
/// <param name="AsOf">The day the numbers are of (the organisation's today, or the review's day once it is past).</param>
/// <param name="Since">The previous held review of the series, whose numbers "since" and "then" are measured from; null when none.</param>
/// <param name="FindingKeys">Every critique finding shown or not, as <c>rule path</c>, so the next review lists only the new ones.</param>
/// <param name="Figures">Numbers the next review compares with, by key: <c>goals[g1]</c> progress, <c>plan</c> progress, <c>risk:focus</c> score.</param>
public sealed record ReviewAgenda(
    ReviewKind Kind,
    DateOnly AsOf,
    DateOnly? Since,
    IReadOnlyList<AgendaSection> Sections,
    IReadOnlyList<string> FindingKeys,
    IReadOnlyDictionary<string, decimal> Figures)
{
    /// <summary>The section with this key, or null.</summary>
    public AgendaSection? Section(string key) => Sections.FirstOrDefault(s => s.Key == key);

    /// <summary>The same agenda with one more section (at the end, or after <paramref name="after"/> when it has one).</summary>
    public ReviewAgenda With(AgendaSection section, string? after = null)
    {
        var sections = Sections.ToList();
        var at = after is null ? -1 : sections.FindIndex(s => s.Key == after);
        sections.Insert(at < 0 ? sections.Count : at + 1, section);
        return this with { Sections = sections };
    }
}

/// <summary>One part of an agenda.</summary>
/// <param name="Key">Stable, for code and tests (see <see cref="AgendaSections"/>).</param>
/// <param name="Title">For people.</param>
/// <param name="Empty">What to say when it has no lines ("every tactic had activity").</param>
public sealed record AgendaSection(string Key, string Title, string Empty, IReadOnlyList<AgendaLine> Lines);

/// <summary>One line of a section. Numbers are rounded (<see cref="Numbers"/>) and in the line's unit.</summary>
/// <param name="Label">What the line is about, in words.</param>
/// <param name="Path">The plan element, as the critique prints it (<c>strategies[s1].tactics[t2]</c>); null for none.</param>
/// <param name="Person">The person's handle, when the line is about one.</param>
/// <param name="Value">The number now (done since, progress, score).</param>
/// <param name="Target">What it is measured against (due since, target), when there is one.</param>
/// <param name="Previous">The number at the previous review of the series, when it is known.</param>
/// <param name="Notes">Why, in words (the reasons a commitment is off pace, a finding's message).</param>
public sealed record AgendaLine(
    string Label,
    string? Path = null,
    string? Person = null,
    AgendaTone Tone = AgendaTone.Neutral,
    decimal? Value = null,
    decimal? Target = null,
    decimal? Previous = null,
    string? Unit = null,
    IReadOnlyList<string>? Notes = null);

/// <summary>How a line reads at a glance.</summary>
public enum AgendaTone
{
    Neutral,
    Good,
    Warning,
    Bad,
}
