namespace Gameplan.Domain.Activities;

/// <summary>
/// What one person logged of one metric on one day: the sum of the quantities and the number of
/// log rows. Kept up to date by the activity writer in the same transaction as every insert, so
/// pace, charts and dashboards read these instead of the raw log.
/// </summary>
public sealed class ActivityDayTotal
{
    private ActivityDayTotal() { }

    public int OrganizationId { get; private set; }

    public int PersonId { get; private set; }

    public int MetricId { get; private set; }

    /// <summary>The calendar day the activities were done.</summary>
    public DateOnly Date { get; private set; }

    /// <summary>Sum of the day's quantities, in the metric's unit.</summary>
    public decimal Quantity { get; private set; }

    /// <summary>How many log rows make up <see cref="Quantity"/>.</summary>
    public int Entries { get; private set; }
}
