namespace Gameplan.Domain.Classification;

/// <summary>One piece of evidence: it adds <paramref name="Weight"/> to the score of <paramref name="Kind"/>.</summary>
/// <param name="Reason">A short readable phrase naming the cue and the words it saw.</param>
internal readonly record struct Cue(StatementKind Kind, double Weight, string Reason, CueFamily Family)
{
    /// <summary>The reason without the words it quotes: "names a numeric result " for "names a numeric result (50%)".</summary>
    public ReadOnlySpan<char> Label => Reason.AsSpan(0, Reason.IndexOf('('));

    /// <summary>
    /// The first cue of each label in <paramref name="found"/>, in order: three percentages are not
    /// three times the evidence.
    /// </summary>
    public static IEnumerable<Cue> FirstOfEachLabel(List<Cue> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            if (!SeenBefore(found, i))
            {
                yield return found[i];
            }
        }
    }

    private static bool SeenBefore(List<Cue> found, int index)
    {
        var label = found[index].Label;
        for (var i = 0; i < index; i++)
        {
            if (found[i].Label.SequenceEqual(label))
            {
                return true;
            }
        }
        return false;
    }
}
