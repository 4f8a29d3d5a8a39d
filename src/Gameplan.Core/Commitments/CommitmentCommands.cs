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
    public async Task<CommitmentDetails> CreateAsync(int planId, int tacticId, CommitmentRequest request, CancellationToken ct = default)
    {
        var plan = await db.LoadPlanAsync(planId, ct);
        var tactic = plan.FindTactic(tacticId) ?? throw new NotFoundException($"Tactic {tacticId}");
        var people = await PeopleIndex.ForHandlesAsync(db, request.People ?? [], ct);
        var commitment = plan.AddCommitment(tactic, Fields(request, people), clock.GetUtcNow());
        await MetricCatalog.EnsureAsync(db, [(commitment.Metric, commitment.Unit)], ct);
        await db.SaveAsync(ct);
        return PlanMapping.ToDetails(commitment, tactic.Id, people);
    }

    public async Task<CommitmentDetails> UpdateAsync(int planId, int commitmentId, CommitmentRequest request, CancellationToken ct = default)
    {
        var plan = await db.LoadPlanAsync(planId, ct);
        var commitment = plan.FindCommitment(commitmentId) ?? throw new NotFoundException($"Commitment {commitmentId}");
        var people = await PeopleIndex.ForHandlesAsync(db, request.People ?? [], ct);
        plan.UpdateCommitment(commitment, Fields(request, people), clock.GetUtcNow());
        await MetricCatalog.EnsureAsync(db, [(commitment.Metric, commitment.Unit)], ct);
        await db.SaveAsync(ct);
        return await DetailsAsync(plan, commitment, ct);
    }

    public async Task DeleteAsync(int planId, int commitmentId, CancellationToken ct = default)
    {
        var plan = await db.LoadPlanAsync(planId, ct);
        var commitment = plan.FindCommitment(commitmentId) ?? throw new NotFoundException($"Commitment {commitmentId}");
        plan.RemoveCommitment(commitment, clock.GetUtcNow());
        await db.SaveAsync(ct);
    }

    /// <summary>Records that <paramref name="handle"/> accepts the commitment (trusted callers).</summary>
    public Task<CommitmentDetails> AcknowledgeAsync(int planId, int commitmentId, string handle, CancellationToken ct = default) =>
        AcknowledgeAsync(planId, commitmentId, handle, null, ct);

    /// <summary>Records that <paramref name="handle"/> accepts the commitment; with an <paramref name="actor"/>, only for themselves unless they edit the plan.</summary>
    public async Task<CommitmentDetails> AcknowledgeAsync(int planId, int commitmentId, string handle, Actor? actor, CancellationToken ct = default)
    {
        var plan = await db.LoadPlanAsync(planId, ct);
        var commitment = plan.FindCommitment(commitmentId) ?? throw new NotFoundException($"Commitment {commitmentId}");
        var people = await PeopleIndex.ForHandlesAsync(db, [handle], ct);
        var personId = people.IdOf(handle, "person")!.Value;
        if (actor is not null && await new PlanAccessQueries(db).FactsAsync(planId, ct) is { } facts && !PlanAccess.MayAcknowledgeFor(actor, facts, personId))
        {
            throw new AccessDeniedException("You may acknowledge only your own commitments.");
        }
        // The day is the acknowledging person's own today.
        var day = await new OrganizationClock(db, clock).ForPersonAsync(personId, ct);
        plan.Acknowledge(commitment, personId, day, clock.GetUtcNow());
        await db.SaveAsync(ct);
        return await DetailsAsync(plan, commitment, ct);
    }

    private async Task<CommitmentDetails> DetailsAsync(StrategicPlan plan, ActivityCommitment commitment, CancellationToken ct)
    {
        var ids = commitment.NamedAssignees.Select(a => (int?)a.PersonId).Concat(commitment.Acknowledgements.Select(a => (int?)a.PersonId));
        return PlanMapping.ToDetails(commitment, plan.TacticOf(commitment).Id, await PeopleIndex.ForIdsAsync(db, ids, ct));
    }

    private static CommitmentFields Fields(CommitmentRequest request, PeopleIndex people) =>
        new(request.Metric, request.Unit, request.Target, request.Per, request.Assignees, people.IdsOf(request.People ?? [], "people"));
}
