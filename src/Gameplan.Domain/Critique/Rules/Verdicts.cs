using Gameplan.Domain.Classification;

namespace Gameplan.Domain.Critique.Rules;

/// <summary>
/// Reads plan statements with <see cref="StatementClassifier"/> for GP201-GP203. A verdict is
/// reported only at <see cref="MinimumConfidence"/> or above: 0.6 means the winning kind holds at
/// least 60% of the classifier's softmax, i.e. clearly more than the other two kinds together.
/// The naive example's strategies read as goals at 0.95-0.98; the sound example's statements all
/// read as their own kind, one strategy at only 0.59, so borderline calls stay silent.
/// </summary>
internal static class Verdicts
{
    public const double MinimumConfidence = 0.6;

    /// <summary>The classification when it is one of <paramref name="kinds"/> and confident enough; else null.</summary>
    public static StatementClassification? Confident(CritiqueContext context, string? text, params ReadOnlySpan<StatementKind> kinds)
    {
        if (CritiqueContext.IsBlank(text))
        {
            return null;
        }
        var verdict = context.Classify(text!);
        return kinds.Contains(verdict.Kind) && verdict.Confidence >= MinimumConfidence ? verdict : null;
    }

    /// <summary>The strongest reason for the verdict, for the message.</summary>
    public static string Why(StatementClassification verdict) => verdict.Reasons[0];
}
