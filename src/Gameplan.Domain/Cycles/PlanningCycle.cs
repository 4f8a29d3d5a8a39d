namespace Gameplan.Domain.Cycles;

/// <summary>
/// A period's planning timeline: planning opens (by default the planning window before the period,
/// 90 days), drafts are due, reviews are due, then the period starts. The cycle page measures every
/// team's and person's plan for the period against it.
/// </summary>
public sealed class PlanningCycle
{
    /// <summary>Days before the period that planning opens by default (the planning window of the critique, GP301).</summary>
    public const int DefaultWindowDays = 90;

    /// <summary>Days before the period that drafts are due by default.</summary>
    public const int DefaultDraftsDueDays = 45;

    /// <summary>Days before the period that reviews are due by default.</summary>
    public const int DefaultReviewsDueDays = 14;

    private PlanningCycle() { }

    public PlanningCycle(int organizationId, CycleFields fields, DateTimeOffset now)
    {
        OrganizationId = organizationId;
        CreatedAt = now;
        Apply(fields);
    }

    public int Id { get; private set; }

    public int OrganizationId { get; private set; }

    /// <summary>"FY2028 planning".</summary>
    public string Name { get; private set; } = "";

    public DateOnly PeriodStart { get; private set; }

    /// <summary>The period's last day (inclusive).</summary>
    public DateOnly PeriodEnd { get; private set; }

    public DateOnly Opens { get; private set; }

    public DateOnly DraftsDue { get; private set; }

    public DateOnly ReviewsDue { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public void Change(CycleFields fields) => Apply(fields);

    /// <summary>The default timeline of a cycle for a period: opens 90 days before it, drafts due 45, reviews 14.</summary>
    public static CycleFields Defaults(string name, DateOnly start, DateOnly end) =>
        new(name, start, end, start.AddDays(-DefaultWindowDays), start.AddDays(-DefaultDraftsDueDays), start.AddDays(-DefaultReviewsDueDays));

    private void Apply(CycleFields fields)
    {
        Name = Guard.Required(fields.Name, "name", 200);
        PlanCalendar.Check(fields.PeriodStart, "period_start");
        PlanCalendar.Check(fields.PeriodEnd, "period_end");
        PlanCalendar.Check(fields.Opens, "opens");
        PlanCalendar.Check(fields.DraftsDue, "drafts_due");
        PlanCalendar.Check(fields.ReviewsDue, "reviews_due");
        Guard.Order(fields.PeriodStart, fields.PeriodEnd, "period_end");
        Guard.Order(fields.Opens, fields.DraftsDue, "drafts_due");
        Guard.Order(fields.DraftsDue, fields.ReviewsDue, "reviews_due");
        if (fields.ReviewsDue > fields.PeriodEnd)
        {
            throw new DomainRuleException("Reviews are due before the period ends.", "reviews_due");
        }
        (PeriodStart, PeriodEnd, Opens, DraftsDue, ReviewsDue) = (fields.PeriodStart, fields.PeriodEnd, fields.Opens, fields.DraftsDue, fields.ReviewsDue);
    }
}
