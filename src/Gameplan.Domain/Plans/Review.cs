namespace Gameplan.Domain.Plans;

/// <summary>A strategic, tactical or one-on-one review of a plan, scheduled or held.</summary>
public sealed class Review
{
    private Review() { }

    internal Review(ReviewFields fields) => Apply(fields);

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    public ReviewKind Kind { get; private set; }

    public DateOnly Date { get; private set; }

    public bool Held { get; private set; }

    public string? Notes { get; private set; }

    /// <summary>For a one-on-one, the person coached.</summary>
    public int? PersonId { get; private set; }

    internal void Apply(ReviewFields fields)
    {
        if (fields.Kind == ReviewKind.OneOnOne && fields.PersonId is null)
        {
            throw new DomainRuleException("A one-on-one review needs the person being coached.", "person");
        }
        Kind = fields.Kind;
        Date = PlanCalendar.Check(fields.Date, "date");
        Held = fields.Held;
        Notes = Guard.Optional(fields.Notes, "notes", 4000);
        PersonId = fields.PersonId;
    }
}
