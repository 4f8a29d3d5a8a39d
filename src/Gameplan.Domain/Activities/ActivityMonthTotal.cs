namespace Gameplan.Domain.Activities;

/// <summary>
/// What one person logged of one metric in one calendar month: the roll-up of the month's
/// <see cref="ActivityDayTotal"/> rows, so a year is twelve rows instead of hundreds of days.
/// </summary>
public sealed class ActivityMonthTotal
{
    private ActivityMonthTotal() { }

    public int OrganizationId { get; private set; }

    public int PersonId { get; private set; }

    public int MetricId { get; private set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; private set; }

    /// <summary>Sum of the month's quantities, in the metric's unit.</summary>
    public decimal Quantity { get; private set; }

    /// <summary>How many log rows make up <see cref="Quantity"/>.</summary>
    public int Entries { get; private set; }
}
