namespace Gameplan.Domain.CheckIns;

/// <summary>
/// One commitment in a check-in: the week's number (pre-filled from logged activity, the person's to correct),
/// how sure they are of it, and, when not on track, the sentence that says why.
/// </summary>
public sealed class CheckInLine
{
    private CheckInLine() { }

    internal CheckInLine(int commitmentId, decimal? actual, CheckInConfidence confidence, string? why)
    {
        CommitmentId = commitmentId;
        Actual = actual;
        Confidence = confidence;
        Why = why;
    }

    public int Id { get; private set; }

    public int CheckInId { get; private set; }

    public int CommitmentId { get; private set; }

    /// <summary>The week's number for the commitment; null when the person left it blank.</summary>
    public decimal? Actual { get; private set; }

    public CheckInConfidence Confidence { get; private set; }

    /// <summary>Why it is at risk or off track; null when on track.</summary>
    public string? Why { get; private set; }
}
