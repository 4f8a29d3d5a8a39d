using Gameplan.Domain.Classification;

namespace Gameplan.Domain.Critique.Rules;

/// <summary>
/// Reads plan statements with <see cref="StatementClassifier"/> for GP201-GP203. A verdict is
/// reported only when it is not unsure (<see cref="StatementClassifier.ConfidenceFloor"/>, 0.6):
/// the winning kind holds at least 60% of the classifier's softmax, i.e. clearly more than the
/// other two kinds together. An unsure verdict is no finding at all, not even an info: a finding
/// a person cannot act on teaches them to ignore the critique; the editor's hint says it instead.
/// </summary>
internal static class Verdicts
{
    public const double MinimumConfidence = StatementClassifier.ConfidenceFloor;

    /// <summary>The classification when it is one of <paramref name="kinds"/> and confident enough; else null.</summary>
    public static StatementClassification? Confident(CritiqueContext context, string? text, params ReadOnlySpan<StatementKind> kinds)
    {
        if (CritiqueContext.IsBlank(text))
        {
            return null;
        }
        var verdict = context.Classify(text!);
        return kinds.Contains(verdict.Kind) && !verdict.Unsure ? verdict : null;
    }

    /// <summary>The strongest reason for the verdict, for the message.</summary>
    public static string Why(StatementClassification verdict) => verdict.Reasons[0];
}
