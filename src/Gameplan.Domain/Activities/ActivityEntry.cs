namespace Gameplan.Domain.Activities;

/// <summary>
/// One logged activity: a person did <see cref="Quantity"/> units of a metric on a day. The log is
/// append-mostly and large (tens of millions of rows), so the row holds only ids, a day, a number,
/// and an optional external id that makes re-sent imports count once.
/// </summary>
public sealed class ActivityEntry
{
    private ActivityEntry() { }

    public ActivityEntry(int organizationId, int personId, int metricId, DateOnly date, decimal quantity, string? externalId = null, string? note = null)
    {
        if (quantity < 0)
        {
            throw new DomainRuleException("An activity quantity cannot be negative.", "quantity");
        }
        OrganizationId = organizationId;
        PersonId = personId;
        MetricId = metricId;
        Date = date;
        Quantity = quantity;
        ExternalId = Guard.Optional(externalId, "external_id", 100);
        Note = Guard.Optional(note, "note", 500);
    }

    public long Id { get; private set; }

    public int OrganizationId { get; private set; }

    public int PersonId { get; private set; }

    public int MetricId { get; private set; }

    /// <summary>The day the activity was done (the doer's calendar day).</summary>
    public DateOnly Date { get; private set; }

    /// <summary>Units of the metric (minutes, count, ...); never negative.</summary>
    public decimal Quantity { get; private set; }

    /// <summary>The source system's id (CRM row id, client retry key); unique in the organisation.</summary>
    public string? ExternalId { get; private set; }

    public string? Note { get; private set; }
}
