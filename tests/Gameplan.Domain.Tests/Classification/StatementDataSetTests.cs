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

    private static void AssertAccuracy(string split, double minimum)
    {
        var rows = LabelledStatement.InSplit(split);
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
