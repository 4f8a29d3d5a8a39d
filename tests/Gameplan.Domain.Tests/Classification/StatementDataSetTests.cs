using Gameplan.Domain.Classification;

namespace Gameplan.Domain.Tests.Classification;

/// <summary>
/// Accuracy on the labelled data set. The held-out split was written before the classifier and
/// is never used to tune it; the tune split is what the cue weights were adjusted against.
/// </summary>
public sealed class StatementDataSetTests
{
    [Fact]
    public void The_held_out_split_is_classified_with_at_least_90_percent_accuracy() =>
        AssertAccuracy(LabelledStatement.HeldOut, 0.90);

    [Fact]
    public void The_tune_split_is_classified_with_at_least_97_percent_accuracy() =>
        AssertAccuracy(LabelledStatement.Tune, 0.97);

    // The real-style set was written before the classifier was tuned for real text; its held-out
    // third read 85% then, and was never tuned against afterwards (ADR 0044).
    [Fact]
    public void The_real_style_held_out_split_is_classified_with_at_least_90_percent_accuracy() =>
        AssertAccuracy(LabelledStatement.InSplit(LabelledStatement.RealStyle, LabelledStatement.HeldOut), "real-style held-out", 0.90);

    [Fact]
    public void The_real_style_tune_split_is_classified_with_at_least_95_percent_accuracy() =>
        AssertAccuracy(LabelledStatement.InSplit(LabelledStatement.RealStyle, LabelledStatement.Tune), "real-style tune", 0.95);

    [Fact]
    public void The_real_style_set_is_balanced_and_shares_no_statement_with_the_textbook_set()
    {
        var realStyle = LabelledStatement.RealStyle;
        var heldOut = LabelledStatement.InSplit(realStyle, LabelledStatement.HeldOut);

        Assert.True(realStyle.Count >= 200, $"only {realStyle.Count} statements");
        foreach (var kind in Enum.GetValues<StatementKind>())
        {
            Assert.InRange(realStyle.Count(row => row.Kind == kind), realStyle.Count / 4, realStyle.Count / 2);
            Assert.InRange(heldOut.Count(row => row.Kind == kind), heldOut.Count / 4, heldOut.Count / 2);
        }
        var textbook = LabelledStatement.All.Select(row => row.Text.ToLowerInvariant()).ToHashSet();
        Assert.DoesNotContain(realStyle, row => textbook.Contains(row.Text.ToLowerInvariant()));
        Assert.Equal(realStyle.Count, realStyle.Select(row => row.Text.ToLowerInvariant()).Distinct().Count());
    }

    [Fact]
    public void The_data_set_is_large_varied_and_has_a_balanced_held_out_split()
    {
        var heldOut = LabelledStatement.InSplit(LabelledStatement.HeldOut);

        Assert.True(LabelledStatement.All.Count >= 200, $"only {LabelledStatement.All.Count} statements");
        Assert.True(heldOut.Count >= 60, $"only {heldOut.Count} held-out statements");
        foreach (var kind in Enum.GetValues<StatementKind>())
        {
            Assert.InRange(heldOut.Count(row => row.Kind == kind), heldOut.Count / 4, heldOut.Count / 2);
        }
        Assert.Equal(LabelledStatement.All.Count,
            LabelledStatement.All.Select(row => row.Text.ToLowerInvariant()).Distinct().Count());
    }

    private static void AssertAccuracy(string split, double minimum) =>
        AssertAccuracy(LabelledStatement.InSplit(split), split, minimum);

    private static void AssertAccuracy(IReadOnlyList<LabelledStatement> rows, string split, double minimum)
    {
        var misses = rows
            .Select(row => (row, verdict: StatementClassifier.Classify(row.Text)))
            .Where(pair => pair.verdict.Kind != pair.row.Kind)
            .Select(pair => $"{pair.row.Kind} read as {pair.verdict.Kind}: {pair.row.Text}")
            .ToList();
        var accuracy = (double)(rows.Count - misses.Count) / rows.Count;

        Assert.True(accuracy >= minimum,
            $"{split} accuracy {accuracy:P1} ({rows.Count - misses.Count}/{rows.Count}) is below {minimum:P0}:\n{string.Join('\n', misses)}");
    }
}
