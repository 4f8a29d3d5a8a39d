namespace Gameplan.Domain.Activities;

/// <summary>
/// An activity the organisation measures (calls, demos_booked, prospecting_minutes), with its unit.
/// Activity log rows refer to it by id so that tens of millions of rows stay compact.
/// </summary>
public sealed class Metric
{
    private Metric() { }

    public Metric(int organizationId, string name, string unit)
    {
        OrganizationId = organizationId;
        Name = Guard.Required(name, "metric", 100);
        Unit = Guard.Required(unit, "unit", 40);
    }

    public int Id { get; private set; }

    public int OrganizationId { get; private set; }

    public string Name { get; private set; } = "";

    public string Unit { get; private set; } = "";
}
