using Gameplan.Core.Activities;
using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Domain.Access;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Commitments;

/// <summary>Adds, changes and removes a tactic's activity commitments, and records acknowledgements.</summary>
public sealed class CommitmentCommands(GameplanDbContext db, TimeProvider clock)
{
    public Task<CommitmentDetails> CreateAsync(int planId, int tacticId, CommitmentRequest request, CancellationToken ct = default) =>
        CreateAsync(planId, tacticId, request, null, ct);

    /// <summary>Adds a commitment; with an <paramref name="actor"/>, binding only people they may hold to account.</summary>
    public async Task<CommitmentDetails> CreateAsync(int planId, int tacticId, CommitmentRequest request, Actor? actor, CancellationToken ct = default)
    {
        await using var change = await PlanChange.BeginAsync(db, planId, ct);
        var plan = change.Plan;
        var tactic = plan.FindTactic(tacticId) ?? throw new NotFoundException($"Tactic {tacticId}");
        var people = await PeopleIndex.ForHandlesAsync(db, [.. request.People ?? [], .. await OwnerHandleAsync(tactic, ct)], ct);
        var fields = Fields(request, people);
        await EnsureMayBindAsync(actor, plan, tactic, Accountable.Nobody, fields, people, ct);
        var commitment = plan.AddCommitment(tactic, fields, clock.GetUtcNow());
        await MetricCatalog.EnsureAsync(db, [(commitment.Metric, commitment.Unit)], ct);
        await change.SaveAsync(ct);
        return PlanMapping.ToDetails(commitment, tactic.Id, people);
    }

    public Task<CommitmentDetails> UpdateAsync(int planId, int commitmentId, CommitmentRequest request, CancellationToken ct = default) =>
        UpdateAsync(planId, commitmentId, request, null, ct);

    /// <summary>Replaces a commitment; with an <paramref name="actor"/>, newly bound people must be people they may hold to account.</summary>
    public Task<CommitmentDetails> UpdateAsync(int planId, int commitmentId, CommitmentRequest request, Actor? actor, CancellationToken ct = default) =>
        UpdateAsync(planId, commitmentId, request, actor, null, ct);

    /// <summary>Replaces a commitment, only while it is the version the caller read (<paramref name="ifMatch"/>: its tags; null checks none).</summary>
    public async Task<CommitmentDetails> UpdateAsync(int planId, int commitmentId, CommitmentRequest request, Actor? actor, IReadOnlyCollection<string>? ifMatch, CancellationToken ct = default)
    {
        await using var change = await PlanChange.BeginAsync(db, planId, ct);
        var plan = change.Plan;
        var commitment = plan.FindCommitment(commitmentId) ?? throw new NotFoundException($"Commitment {commitmentId}");
        ElementTags.Expect(ifMatch, ElementTags.Of(commitment), "commitment");
        var tactic = plan.TacticOf(commitment);
        var people = await PeopleIndex.ForHandlesAsync(db, [.. request.People ?? [], .. await OwnerHandleAsync(tactic, ct)], ct);
        var fields = Fields(request, people);
        var before = Bound(tactic, commitment.Assignees, [.. commitment.NamedAssignees.Select(a => a.PersonId)], people);
        await EnsureMayBindAsync(actor, plan, tactic, before, fields, people, ct);
        plan.UpdateCommitment(commitment, fields, clock.GetUtcNow());
        await MetricCatalog.EnsureAsync(db, [(commitment.Metric, commitment.Unit)], ct);
        await change.SaveAsync(ct);
        return await DetailsAsync(plan, commitment, ct);
    }

    public Task DeleteAsync(int planId, int commitmentId, CancellationToken ct = default) => DeleteAsync(planId, commitmentId, null, ct);

    /// <summary>Removes a commitment, only while it is the version the caller read (<paramref name="ifMatch"/>; null checks none).</summary>
    public async Task DeleteAsync(int planId, int commitmentId, IReadOnlyCollection<string>? ifMatch, CancellationToken ct = default)
    {
        await using var change = await PlanChange.BeginAsync(db, planId, ct);
        var plan = change.Plan;
        var commitment = plan.FindCommitment(commitmentId) ?? throw new NotFoundException($"Commitment {commitmentId}");
        ElementTags.Expect(ifMatch, ElementTags.Of(commitment), "commitment");
        plan.RemoveCommitment(commitment, clock.GetUtcNow());
        await change.SaveAsync(ct);
    }

    /// <summary>Records that <paramref name="handle"/> accepts the commitment (trusted callers).</summary>
    public Task<CommitmentDetails> AcknowledgeAsync(int planId, int commitmentId, string handle, CancellationToken ct = default) =>
        AcknowledgeAsync(planId, commitmentId, handle, null, ct);

    /// <summary>
    /// Records that <paramref name="handle"/> accepts the commitment; with an <paramref name="actor"/>, only
    /// an assignee of the commitment, for themselves (an acknowledgement is the person's own word).
    /// </summary>
    public async Task<CommitmentDetails> AcknowledgeAsync(int planId, int commitmentId, string handle, Actor? actor, CancellationToken ct = default)
    {
        await using var change = await PlanChange.BeginAsync(db, planId, ct);
        var plan = change.Plan;
        var commitment = plan.FindCommitment(commitmentId) ?? throw new NotFoundException($"Commitment {commitmentId}");
        var people = await PeopleIndex.ForHandlesAsync(db, [handle], ct);
        var personId = people.IdOf(handle, "person")!.Value;
        if (actor is not null)
        {
            await EnsureMayAcknowledgeAsync(actor, plan, commitment, personId, people.HandleOf(personId)!, ct);
        }
        // The day is the acknowledging person's own today.
        var day = await new OrganizationClock(db, clock).ForPersonAsync(personId, ct);
        plan.Acknowledge(commitment, personId, day, clock.GetUtcNow());
        await change.SaveAsync(ct);
        return await DetailsAsync(plan, commitment, ct);
    }

    /// <summary>The signed-in person acknowledges a commitment that binds them (the plan page's and My day's button).</summary>
    public async Task<CommitmentDetails> AcknowledgeOwnAsync(int planId, int commitmentId, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var handle = (await PeopleIndex.ForIdsAsync(db, [actor.PersonId], ct)).HandleOf(actor.PersonId)
            ?? throw new Domain.DomainRuleException("Your account is not linked to a person, so no commitment binds you.", "person");
        return await AcknowledgeAsync(planId, commitmentId, handle, actor, ct);
    }

    private async Task EnsureMayAcknowledgeAsync(Actor actor, StrategicPlan plan, ActivityCommitment commitment, int personId, string handle, CancellationToken ct)
    {
        var facts = await ChangeAccess.FactsAsync(db, plan, ct);
        if (actor.PersonId != personId)
        {
            throw new AccessDeniedException($"You may acknowledge only your own commitments, not {handle}'s (person): an acknowledgement is the assignee's own word.");
        }
        var details = await PlanQueries.DetailsAsync(db, plan, ct);
        var assignees = await CommitmentAssignees.HandlesAsync(db, details, commitment.Id, ct);
        var bound = assignees.Contains(handle, StringComparer.OrdinalIgnoreCase) ? [personId] : Array.Empty<int>();
        if (!PlanAccess.MayAcknowledge(actor, facts, personId, bound))
        {
            throw new AccessDeniedException($"Only the assignees of this commitment acknowledge it, and {handle} (person) is not one of them.");
        }
    }

    /// <summary>
    /// Newly bound people (named, the tactic's owner, or the plan's whole team) must be people the actor
    /// may hold to account; <paramref name="before"/> is whom the commitment bound until now.
    /// </summary>
    private async Task EnsureMayBindAsync(Actor? actor, StrategicPlan plan, Tactic tactic, Accountable before, CommitmentFields after, PeopleIndex people, CancellationToken ct)
    {
        if (actor is not null)
        {
            var field = after.Assignees == AssigneeMode.Named ? "people" : "assignees";
            ChangeAccess.EnsureMayName(actor, await ChangeAccess.FactsAsync(db, plan, ct), before, Bound(tactic, after.Assignees, after.NamedAssigneeIds, people), people, field);
        }
    }

    /// <summary>Whom a commitment binds: its named people, its tactic's owner (a person or the team), or the plan's whole team.</summary>
    private static Accountable Bound(Tactic tactic, AssigneeMode mode, IReadOnlyList<int> named, PeopleIndex people) => mode switch
    {
        AssigneeMode.Named => new Accountable([.. named.Select(id => new PersonFacts(id, people.TeamOf(id)))]),
        AssigneeMode.Team => new Accountable([], WholeTeam: true),
        _ => tactic.OwnerIsTeam ? new Accountable([], WholeTeam: true) : ChangeAccess.Person(tactic.OwnerId, people),
    };

    /// <summary>The handle of the tactic's owner, so the people index knows their team.</summary>
    private async Task<IEnumerable<string>> OwnerHandleAsync(Tactic tactic, CancellationToken ct) =>
        (await PeopleIndex.ForIdsAsync(db, [tactic.OwnerId], ct)).All.Select(p => p.Handle);

    private async Task<CommitmentDetails> DetailsAsync(StrategicPlan plan, ActivityCommitment commitment, CancellationToken ct)
    {
        var ids = commitment.NamedAssignees.Select(a => (int?)a.PersonId).Concat(commitment.Acknowledgements.Select(a => (int?)a.PersonId));
        return PlanMapping.ToDetails(commitment, plan.TacticOf(commitment).Id, await PeopleIndex.ForIdsAsync(db, ids, ct));
    }

    private static CommitmentFields Fields(CommitmentRequest request, PeopleIndex people) =>
        new(request.Metric, request.Unit, request.Target, request.Per, request.Assignees, people.IdsOf(request.People ?? [], "people"));
}
