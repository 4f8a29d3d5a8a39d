using Gameplan.Core.Data;
using Gameplan.Core.Pace;
using Gameplan.Core.Plans;
using Gameplan.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Commitments;

/// <summary>Which commitments wait for the signed-in person's acknowledgement (the plan page offers them a button for each).</summary>
public sealed class AcknowledgementQueries(GameplanDbContext db)
{
    /// <summary>The ids of the plan's commitments that bind the actor and that they have not acknowledged; empty for an account without a person.</summary>
    public async Task<IReadOnlySet<int>> AwaitingAsync(PlanDetails plan, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(actor);
        var handle = actor.PersonId is { } me ? await db.People.Where(p => p.Id == me).Select(p => p.Handle).FirstOrDefaultAsync(ct) : null;
        if (handle is null || plan.AllTactics().All(t => t.Commitments.Count == 0))
        {
            return new HashSet<int>();
        }
        var document = await StoredPlanDocuments.ForAsync(db, plan, ct);
        return CommitmentAssignees.Awaiting(plan, document, handle).Select(c => c.Commitment.Id).ToHashSet();
    }
}
