namespace Gameplan.Domain.Reviews;

/// <summary>
/// Something a participant wants to raise in a review, added beforehand (or during it). For a one-on-one the
/// coached person's come first: it is their meeting (<see cref="ReviewSeries.Ordered"/>).
/// </summary>
public sealed class TalkingPoint
{
    /// <summary>Longest text, in characters.</summary>
    public const int MaxTextLength = 1000;

    private TalkingPoint() { }

    public TalkingPoint(int organizationId, int planId, int reviewId, int authorId, string? text, DateTimeOffset now)
    {
        OrganizationId = organizationId;
        PlanId = planId;
        ReviewId = reviewId;
        AuthorId = authorId;
        CreatedAt = now;
        Text = Guard.Required(text, "text", MaxTextLength);
    }

    public int Id { get; private set; }

    public int OrganizationId { get; private set; }

    public int PlanId { get; private set; }

    public int ReviewId { get; private set; }

    public int AuthorId { get; private set; }

    public string Text { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Whether it was discussed (ticked in the meeting).</summary>
    public bool Discussed { get; private set; }

    public void Change(string? text, bool? discussed)
    {
        if (text is not null)
        {
            Text = Guard.Required(text, "text", MaxTextLength);
        }
        Discussed = discussed ?? Discussed;
    }
}
