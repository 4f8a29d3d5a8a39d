namespace Gameplan.Domain.Reviews;

/// <summary>A person invited to a review: they read it (even a one-on-one) and add talking points to it.</summary>
public sealed class ReviewParticipant
{
    private ReviewParticipant() { }

    public ReviewParticipant(int organizationId, int planId, int reviewId, int personId)
    {
        OrganizationId = organizationId;
        PlanId = planId;
        ReviewId = reviewId;
        PersonId = personId;
    }

    public int Id { get; private set; }

    public int OrganizationId { get; private set; }

    public int PlanId { get; private set; }

    public int ReviewId { get; private set; }

    public int PersonId { get; private set; }
}
