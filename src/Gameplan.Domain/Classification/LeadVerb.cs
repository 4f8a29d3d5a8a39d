namespace Gameplan.Domain.Classification;

/// <summary>The verb a statement opens with: where it stands, the first word after it, and what it points to.</summary>
/// <param name="At">Index of the verb's first word; equal to <paramref name="After"/> when there is no verb.</param>
/// <param name="After">Index of the first word after the verb (its object starts here).</param>
internal readonly record struct LeadVerb(int At, int After, KindWeights Weights)
{
    public bool Exists => After > At;

    /// <summary>True when the verb leans to <paramref name="kind"/> at least as much as to any other kind.</summary>
    public bool LeansTo(StatementKind kind) =>
        Exists && Weights[kind] > 0
            && Weights[kind] >= Weights.Goal && Weights[kind] >= Weights.Strategy && Weights[kind] >= Weights.Tactic;
}
