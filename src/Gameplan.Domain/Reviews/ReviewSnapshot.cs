namespace Gameplan.Domain.Reviews;

/// <summary>
/// The agenda a review showed when it was marked held, kept as JSON (<see cref="ReviewAgenda"/>), so a past review
/// shows what was seen then, not today's figures, and the next review compares with it ("since then").
/// </summary>
public sealed class ReviewSnapshot
{
    private ReviewSnapshot() { }

    public ReviewSnapshot(int organizationId, int planId, int reviewId, string agenda, DateTimeOffset takenAt)
    {
        OrganizationId = organizationId;
        PlanId = planId;
        ReviewId = reviewId;
        Retake(agenda, takenAt);
    }

    public int ReviewId { get; private set; }

    public int OrganizationId { get; private set; }

    public int PlanId { get; private set; }

    /// <summary>The agenda as JSON (snake_case, as the API gives it).</summary>
    public string Agenda { get; private set; } = "{}";

    public DateTimeOffset TakenAt { get; private set; }

    /// <summary>A review held again (after being set back to planned) keeps what it showed the last time.</summary>
    public void Retake(string agenda, DateTimeOffset takenAt)
    {
        Agenda = agenda;
        TakenAt = takenAt;
    }
}
