namespace Gameplan.Core.PlanFiles.Okrs;

/// <summary>Where an entry sits in an OKR document.</summary>
internal enum OkrLevel
{
    Objective,
    KeyResult,
    Initiative,
}

/// <summary>An objective, key result or initiative as the document writes it, before any mapping.</summary>
internal sealed class OkrEntry(int line, OkrLevel level, OkrStatement statement)
{
    public int Line { get; } = line;

    public OkrLevel Level { get; set; } = level;

    public OkrStatement Statement { get; } = statement;

    /// <summary>CSV only: the owner, target, baseline and due columns, each with its column number.</summary>
    public OkrCell? Owner { get; init; }

    public OkrCell? Target { get; init; }

    public OkrCell? Baseline { get; init; }

    public OkrCell? Due { get; init; }

    public List<OkrEntry> Children { get; } = [];
}

/// <summary>A CSV cell's text and its 1-based column.</summary>
internal sealed record OkrCell(string Text, int Column);

/// <summary>The document read as an outline: its title, its objectives, and the lines nothing was made of.</summary>
internal sealed record OkrOutline(string? Title, int TitleLine, IReadOnlyList<OkrEntry> Objectives, IReadOnlyList<(int Line, string Text)> Prose);
