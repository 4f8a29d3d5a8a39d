namespace Gameplan.Domain.Plans;

/// <summary>
/// A concrete, time-bound action under a strategy (or, until it is placed, under none): who does it,
/// from when to when, with what, and which measurable activities it commits people to.
/// </summary>
public sealed class Tactic
{
    /// <summary>The largest one-off effort a tactic may state, in hours (about 50 person-years).</summary>
    public const decimal MaxEffortHours = 100_000;

    private readonly List<TacticAuthor> _authors = [];
    private readonly List<ActivityCommitment> _commitments = [];

    private Tactic() { }

    internal Tactic(string key, TacticFields fields)
    {
        Key = key;
        Apply(fields);
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    /// <summary>The strategy the tactic serves; null while it is tied to none.</summary>
    public int? StrategyId { get; private set; }

    /// <summary>Plan-unique key, e.g. <c>t1</c>.</summary>
    public string Key { get; internal set; } = "";

    public string Action { get; private set; } = "";

    /// <summary>The owning person, unless <see cref="OwnerIsTeam"/> or nobody owns it yet.</summary>
    public int? OwnerId { get; private set; }

    /// <summary>True when everyone in the plan's team owns the tactic together.</summary>
    public bool OwnerIsTeam { get; private set; }

    public TacticOwner Owner => new(OwnerId, OwnerIsTeam);

    public IReadOnlyList<TacticAuthor> Authors => _authors;

    public DateOnly? Start { get; private set; }

    /// <summary>The last day of the tactic (inclusive).</summary>
    public DateOnly? Due { get; private set; }

    /// <summary>Tools or resources needed; empty means "none needed", null means "not stated".</summary>
    public List<string>? Resources { get; private set; }

    /// <summary>One-off effort in hours besides the recurring activities.</summary>
    public decimal? EffortHours { get; private set; }

    public TacticStatus Status { get; private set; }

    /// <summary>Order of the tactic within its strategy (or among the unplaced tactics), starting at 0.</summary>
    public int Position { get; internal set; }

    public IReadOnlyList<ActivityCommitment> Commitments => _commitments;

    internal void Apply(TacticFields fields)
    {
        Action = Guard.Required(fields.Action, "action", 500);
        if (fields.Owner.IsTeam && fields.Owner.PersonId is not null)
        {
            throw new DomainRuleException("A tactic is owned by one person or by the team, not both.", "owner");
        }
        OwnerId = fields.Owner.PersonId;
        OwnerIsTeam = fields.Owner.IsTeam;
        PlanCalendar.Check(fields.Start, "start");
        PlanCalendar.Check(fields.Due, "due");
        Guard.Order(fields.Start, fields.Due, "due");
        Start = fields.Start;
        Due = fields.Due;
        Resources = fields.Resources?
            .Select(r => Guard.Optional(r, "resources", 200))
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        EffortHours = Guard.NonNegative(fields.EffortHours, "effort_hours", MaxEffortHours);
        Status = fields.Status;
        var authors = fields.AuthorIds.Distinct().ToList();
        _authors.RemoveAll(a => !authors.Contains(a.PersonId));
        _authors.AddRange(authors.Where(id => _authors.All(a => a.PersonId != id)).Select(id => new TacticAuthor(id)));
    }

    internal void Add(ActivityCommitment commitment) => _commitments.Add(commitment);

    internal void Remove(ActivityCommitment commitment) => _commitments.Remove(commitment);
}
