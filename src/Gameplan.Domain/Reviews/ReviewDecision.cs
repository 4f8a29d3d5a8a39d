namespace Gameplan.Domain.Reviews;

/// <summary>What a review decided, in a sentence, recorded during or after it.</summary>
public sealed class ReviewDecision
{
    /// <summary>Longest text, in characters.</summary>
    public const int MaxTextLength = 1000;

    private ReviewDecision() { }

    public ReviewDecision(int organizationId, int planId, int reviewId, int authorId, string? text, DateTimeOffset now)
    {
        OrganizationId = organizationId;
        PlanId = planId;
        ReviewId = reviewId;
        AuthorId = authorId;
        CreatedAt = now;
        Change(text);
    }

    public int Id { get; private set; }

    public int OrganizationId { get; private set; }

    public int PlanId { get; private set; }

    public int ReviewId { get; private set; }

    public int AuthorId { get; private set; }

    public string Text { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public void Change(string? text) => Text = Guard.Required(text, "text", MaxTextLength);
}
