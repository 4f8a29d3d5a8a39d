namespace Gameplan.Domain.Classification;

/// <summary>One piece of evidence: it adds <paramref name="Weight"/> to the score of <paramref name="Kind"/>.</summary>
/// <param name="Reason">A short readable phrase naming the cue and the words it saw.</param>
internal readonly record struct Cue(StatementKind Kind, double Weight, string Reason, CueFamily Family);
