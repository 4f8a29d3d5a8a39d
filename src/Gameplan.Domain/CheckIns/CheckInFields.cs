namespace Gameplan.Domain.CheckIns;

/// <summary>What a person writes in a weekly check-in; <see cref="CheckIn"/> checks it and names the field of any refusal.</summary>
/// <param name="Lines">One per commitment of theirs on the plan: its id, the week's number, the confidence and why.</param>
public sealed record CheckInFields(
    IReadOnlyList<(int CommitmentId, decimal? Actual, CheckInConfidence Confidence, string? Why)> Lines,
    string? Wins,
    string? Blockers,
    string? NextFocus);
