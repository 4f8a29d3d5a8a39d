using Gameplan.Domain.Organizations;

namespace Gameplan.Domain.Plans;

/// <summary>
/// A strategic plan (organisation, team or personal) and everything under it: goals, strategies,
/// their tactics and activity commitments, and reviews. Every change goes through this root, which
/// guards the life cycle (Draft, InReview, Active, Closed) and keeps element keys unique.
/// A tactic may be tied to no strategy yet (unplaced, as a plan file's plan-level <c>tactics</c>);
/// the critique calls that busy work until it is moved under the strategy it serves.
/// </summary>
public sealed partial class StrategicPlan
{
    private readonly List<Goal> _goals = [];
    private readonly List<Strategy> _strategies = [];
    private readonly List<Review> _reviews = [];

    // Every tactic of the plan, placed or not; a strategy's own list holds its placed ones.
    private readonly List<Tactic> _tactics = [];

    private StrategicPlan() { }

    public StrategicPlan(int organizationId, PlanHeader header, DateTimeOffset now)
    {
        OrganizationId = organizationId;
        CreatedAt = now;
        ApplyHeader(header);
        Touch(now);
    }

    public int Id { get; private set; }

    public int OrganizationId { get; private set; }

    public string Name { get; private set; } = "";

    public PlanScope Scope { get; private set; }

    /// <summary>The team, for a team plan.</summary>
    public int? TeamId { get; private set; }

    /// <summary>Who writes and answers for the plan; for a personal plan, the person it is for.</summary>
    public int? OwnerId { get; private set; }

    /// <summary>The parent plan this plan carries out, when stored; see <see cref="Parent"/>.</summary>
    public int? ParentPlanId { get; private set; }

    /// <summary>The parent's name as an imported file wrote it, kept only while no stored plan matched it.</summary>
    public string? ParentPlanName { get; private set; }

    /// <summary>The key of the parent plan's strategy this plan carries out.</summary>
    public string? ParentStrategyKey { get; private set; }

    /// <summary>The key of the parent plan's goal this plan carries out (instead of a strategy).</summary>
    public string? ParentGoalKey { get; private set; }

    /// <summary>What this plan carries out; null for a plan that names no parent.</summary>
    public PlanParent? Parent => ParentPlanId is null && ParentPlanName is null ? null : new(ParentPlanId, ParentPlanName, ParentStrategyKey, ParentGoalKey);

    public DateOnly PeriodStart { get; private set; }

    /// <summary>The last day of the period (inclusive).</summary>
    public DateOnly PeriodEnd { get; private set; }

    /// <summary>When planning started (the planning-window rule compares it to the period start).</summary>
    public DateOnly? Drafted { get; private set; }

    public PlanStatus Status { get; private set; }

    public string? Mission { get; private set; }

    public string? BackgroundCurrent { get; private set; }

    public string? BackgroundDesired { get; private set; }

    public string? CustomerWho { get; private set; }

    public string? CustomerValues { get; private set; }

    public string? DesiredResults { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Incremented by every change; a stale writer is refused rather than silently overwriting.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<Goal> Goals => _goals;

    public IReadOnlyList<Strategy> Strategies => _strategies;

    public IReadOnlyList<Review> Reviews => _reviews;

    /// <summary>Every tactic of the plan, under a strategy or not, in no particular order.</summary>
    public IReadOnlyList<Tactic> Tactics => _tactics;

    /// <summary>The tactics tied to no strategy, in their order.</summary>
    public IReadOnlyList<Tactic> UnplacedTactics
    {
        get
        {
            var placed = _strategies.SelectMany(s => s.Tactics).ToHashSet(ReferenceEqualityComparer.Instance);
            return [.. _tactics.Where(t => !placed.Contains(t)).OrderBy(t => t.Position)];
        }
    }

    /// <summary>The critique settings this plan sets for itself; unset fields come from the organisation.</summary>
    public PlanningSettings Settings { get; private set; } = PlanningSettings.None;

    public void UpdateHeader(PlanHeader header, DateTimeOffset now)
    {
        EnsureEditable();
        ApplyHeader(header);
        Touch(now);
    }

    /// <summary>Replaces the plan's own critique settings (<see cref="PlanningSettings.None"/>: use the organisation's).</summary>
    public void ChangeSettings(PlanningSettings settings, DateTimeOffset now)
    {
        EnsureEditable();
        if (settings.Equals(Settings))
        {
            return;
        }
        Settings = settings;
        Touch(now);
    }

    /// <summary>
    /// The parent plan was deleted: the link keeps its name (and the strategy and goal keys), so the
    /// plan still says what it carried out and the critique reports the parent as missing. Not a change
    /// by anyone, so neither the version nor a closed plan's guard applies.
    /// </summary>
    public void LoseParent(string parentName)
    {
        if (ParentPlanId is not null)
        {
            (ParentPlanId, ParentPlanName) = (null, parentName);
        }
    }

    /// <summary>Draft to InReview: the author asks for approval.</summary>
    public void Submit(DateTimeOffset now) => Move(PlanStatus.Draft, PlanStatus.InReview, "submitted", now);

    /// <summary>InReview back to Draft: the reviewer wants changes.</summary>
    public void ReturnToDraft(DateTimeOffset now) => Move(PlanStatus.InReview, PlanStatus.Draft, "returned to draft", now);

    /// <summary>InReview to Active: the plan is approved and now executed.</summary>
    public void Approve(DateTimeOffset now) => Move(PlanStatus.InReview, PlanStatus.Active, "approved", now);

    /// <summary>Active to Closed: the period is over; a closed plan can no longer change.</summary>
    public void Close(DateTimeOffset now) => Move(PlanStatus.Active, PlanStatus.Closed, "closed", now);

    /// <summary>Closed back to Active, to correct a closed plan.</summary>
    public void Reopen(DateTimeOffset now) => Move(PlanStatus.Closed, PlanStatus.Active, "reopened", now);

    /// <summary>Active back to InReview: the approved plan changed in a way the organisation wants approved again.</summary>
    public void SendBackToReview(DateTimeOffset now) => Move(PlanStatus.Active, PlanStatus.InReview, "sent back to review", now);

    public Goal? FindGoal(int id) => _goals.FirstOrDefault(g => g.Id == id);

    public Strategy? FindStrategy(int id) => _strategies.FirstOrDefault(s => s.Id == id);

    public Tactic? FindTactic(int id) => Tactics.FirstOrDefault(t => t.Id == id);

    public ActivityCommitment? FindCommitment(int id) => Tactics.SelectMany(t => t.Commitments).FirstOrDefault(c => c.Id == id);

    public Review? FindReview(int id) => _reviews.FirstOrDefault(r => r.Id == id);

    /// <summary>The strategy the tactic is under, or null for an unplaced tactic.</summary>
    public Strategy? StrategyOf(Tactic tactic) => _strategies.FirstOrDefault(s => s.Tactics.Contains(tactic));

    public Tactic TacticOf(ActivityCommitment commitment) => Tactics.First(t => t.Commitments.Contains(commitment));

    public void Acknowledge(ActivityCommitment commitment, int personId, DateOnly? on, DateTimeOffset now)
    {
        EnsureEditable();
        EnsureOwn(TacticOf(commitment));
        commitment.Acknowledge(personId, on);
        Touch(now);
    }

    public void WithdrawAcknowledgement(ActivityCommitment commitment, int personId, DateTimeOffset now)
    {
        EnsureEditable();
        commitment.Withdraw(personId);
        Touch(now);
    }

    public Review AddReview(ReviewFields fields, DateTimeOffset now)
    {
        EnsureEditable();
        var review = new Review(fields);
        _reviews.Add(review);
        Touch(now);
        return review;
    }

    public void UpdateReview(Review review, ReviewFields fields, DateTimeOffset now)
    {
        EnsureEditable();
        EnsureOwn(review);
        review.Apply(fields);
        Touch(now);
    }

    public void RemoveReview(Review review, DateTimeOffset now)
    {
        EnsureEditable();
        _reviews.Remove(review);
        Touch(now);
    }

    private void ApplyHeader(PlanHeader header)
    {
        Name = Guard.Required(header.Name, "name", 200);
        if (header.Scope == PlanScope.Team && header.TeamId is null)
        {
            throw new DomainRuleException("A team plan needs its team.", "team");
        }
        if (header.Scope == PlanScope.Person && header.OwnerId is null)
        {
            throw new DomainRuleException("A personal plan needs its owner, the person it is for.", "owner");
        }
        PlanCalendar.Check(header.PeriodStart, "period.start");
        PlanCalendar.Check(header.PeriodEnd, "period.end");
        PlanCalendar.Check(header.Drafted, "drafted");
        Guard.Order(header.PeriodStart, header.PeriodEnd, "period.end");
        var parent = header.Parent?.Checked();
        if (parent?.PlanId is { } parentId && parentId == Id && Id != 0)
        {
            throw new DomainRuleException("A plan cannot carry itself out: choose another parent plan.", "parent.plan");
        }
        Scope = header.Scope;
        (ParentPlanId, ParentPlanName, ParentStrategyKey, ParentGoalKey) = (parent?.PlanId, parent?.PlanName, parent?.StrategyKey, parent?.GoalKey);
        TeamId = header.Scope == PlanScope.Team ? header.TeamId : null;
        OwnerId = header.OwnerId;
        PeriodStart = header.PeriodStart;
        PeriodEnd = header.PeriodEnd;
        Drafted = header.Drafted;
        Mission = Guard.Optional(header.Mission, "mission", 2000);
        BackgroundCurrent = Guard.Optional(header.BackgroundCurrent, "background.current", 2000);
        BackgroundDesired = Guard.Optional(header.BackgroundDesired, "background.desired", 2000);
        CustomerWho = Guard.Optional(header.CustomerWho, "customer.who", 2000);
        CustomerValues = Guard.Optional(header.CustomerValues, "customer.values", 2000);
        DesiredResults = Guard.Optional(header.DesiredResults, "desired_results", 2000);
    }

    private void Move(PlanStatus from, PlanStatus to, string verb, DateTimeOffset now)
    {
        if (Status != from)
        {
            throw new DomainRuleException(
                $"Plan '{Name}' is {Describe(Status)}; only a plan that is {Describe(from)} can be {verb}.");
        }
        Status = to;
        Touch(now);
    }

    private void EnsureEditable()
    {
        if (Status == PlanStatus.Closed)
        {
            throw new DomainRuleException($"Plan '{Name}' is closed; reopen it before changing it.");
        }
    }

    private void EnsureOwn(Review review)
    {
        if (!_reviews.Contains(review))
        {
            throw new DomainRuleException("That review belongs to another plan.");
        }
    }

    private void EnsureOwn(Tactic tactic)
    {
        if (!TacticKeys.Holds(tactic))
        {
            throw new DomainRuleException($"Tactic '{tactic.Key}' belongs to another plan.");
        }
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }

    private static string Describe(PlanStatus status) => status switch
    {
        PlanStatus.InReview => "in review",
        _ => status.ToString().ToLowerInvariant(),
    };
}
