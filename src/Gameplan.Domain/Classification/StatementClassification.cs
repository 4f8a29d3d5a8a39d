namespace Gameplan.Domain.Classification;

/// <summary>
/// The verdict of <see cref="StatementClassifier"/> on one statement.
/// </summary>
/// <param name="Text">The statement as given (trimmed).</param>
/// <param name="Kind">The most likely kind.</param>
/// <param name="Confidence">
/// How sure the classifier is, in [0, 1], rounded to two decimals: the share of the winning kind
/// in a softmax over the three kinds' cue scores (1/3 means "no idea").
/// </param>
/// <param name="Reasons">
/// The cues behind the verdict as short phrases, strongest first, e.g. "names a numeric result (50%)".
/// Cues that pointed to another kind follow, prefixed with "but ". Never empty.
/// </param>
public sealed record StatementClassification(
    string Text,
    StatementKind Kind,
    double Confidence,
    IReadOnlyList<string> Reasons)
{
    /// <summary>
    /// True below <see cref="StatementClassifier.ConfidenceFloor"/>: the classifier leans to
    /// <see cref="Kind"/> but not clearly, so rules and hints must not state it as a fact.
    /// </summary>
    public bool Unsure => Confidence < StatementClassifier.ConfidenceFloor;
}
