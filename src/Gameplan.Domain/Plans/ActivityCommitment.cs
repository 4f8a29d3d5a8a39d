namespace Gameplan.Domain.Plans;

/// <summary>
/// A measurable activity a tactic commits people to: <see cref="Target"/> units of
/// <see cref="Metric"/> per <see cref="Per"/> (a working day, calendar week, month, quarter, or
/// the tactic's whole timeline), for each assignee.
/// </summary>
public sealed class ActivityCommitment
{
    private readonly List<CommitmentAssignee> _namedAssignees = [];
    private readonly List<Acknowledgement> _acknowledgements = [];

    private ActivityCommitment() { }

    internal ActivityCommitment(CommitmentFields fields) => Apply(fields);

    public int Id { get; private set; }

    public int TacticId { get; private set; }

    public string Metric { get; private set; } = "";

    public string Unit { get; private set; } = "";

    /// <summary>Units per <see cref="Per"/> for each assignee; positive.</summary>
    public decimal Target { get; private set; }

    public CommitmentPer Per { get; private set; }

    public AssigneeMode Assignees { get; private set; }

    /// <summary>The people, when <see cref="Assignees"/> is <see cref="AssigneeMode.Named"/>; otherwise empty.</summary>
    public IReadOnlyList<CommitmentAssignee> NamedAssignees => _namedAssignees;

    public IReadOnlyList<Acknowledgement> Acknowledgements => _acknowledgements;

    internal void Apply(CommitmentFields fields)
    {
        Metric = Guard.Required(fields.Metric, "metric", 100);
        Unit = Guard.Required(fields.Unit, "unit", 40);
        if (fields.Target <= 0)
        {
            throw new DomainRuleException($"The target for '{Metric}' must be greater than zero.", "target");
        }
        Target = fields.Target;
        Per = fields.Per;
        var named = fields.Assignees == AssigneeMode.Named ? fields.NamedAssigneeIds.Distinct().ToList() : [];
        if (fields.Assignees == AssigneeMode.Named && named.Count == 0)
        {
            throw new DomainRuleException("Name at least one assignee, or assign the owner or the team.", "assignees");
        }
        Assignees = fields.Assignees;
        _namedAssignees.RemoveAll(a => !named.Contains(a.PersonId));
        _namedAssignees.AddRange(named.Where(id => _namedAssignees.All(a => a.PersonId != id)).Select(id => new CommitmentAssignee(id)));
    }

    internal void Acknowledge(int personId, DateOnly? on)
    {
        if (_acknowledgements.All(a => a.PersonId != personId))
        {
            _acknowledgements.Add(new Acknowledgement(personId, on));
        }
    }

    internal void Withdraw(int personId) => _acknowledgements.RemoveAll(a => a.PersonId == personId);
}
