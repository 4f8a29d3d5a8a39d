using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Core.Plans;
using Gameplan.Domain;
using Gameplan.Domain.Access;
using Gameplan.Domain.CheckIns;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.CheckIns;

/// <summary>
/// Writes a person's weekly check-in. Only the person themself writes theirs (the actor is the author, whatever
/// their role), for this week or an earlier one, on an active plan they are on, with lines only for their own
/// commitments running that week. Writing the same plan and week again replaces what it said.
/// </summary>
public sealed class CheckInCommands(GameplanDbContext db, PlanQueries plans, TimeProvider clock)
{
    /// <summary>Creates or replaces <paramref name="actor"/>'s check-in of the week holding <paramref name="week"/> (default: this week).</summary>
    /// <exception cref="DomainRuleException">A refusal naming the field: <c>week</c>, <c>plan_id</c>, <c>lines[i].commitment_id</c>, <c>lines[i].confidence</c>, <c>lines[i].why</c>, ...</exception>
    public async Task<CheckInDetails> SaveAsync(Actor actor, DateOnly? week, SaveCheckInRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var me = CheckInQueries.Me(actor);
        var today = await new OrganizationClock(db, clock).ForPersonAsync(me, ct);
        var organization = await OrganizationQueries.LoadAsync(db, ct);
        var due = CheckInQueries.Week(week, today, organization.CheckInDay);
        var from = due.AddDays(-6);
        var person = await db.People.AsNoTracking().Where(p => p.Id == me).Select(p => new CheckInPlans.Member(p.Id, p.Handle, p.TeamId)).FirstAsync(ct);
        var on = await CheckInPlans.ForAsync(db, plans, organization, [person], from, due, ct);
        var plan = request.PlanId is { } id
            ? on.FirstOrDefault(p => p.Plan.Id == id) ?? throw new DomainRuleException("You are not on that plan, or it is not active that week; check in on a plan of yours.", "plan_id")
            : on.Count switch
            {
                0 => throw new DomainRuleException("You are on no active plan that week, so there is nothing to check in.", "plan_id"),
                1 => on[0],
                _ => throw new DomainRuleException($"You are on {on.Count} active plans that week; say which one this check-in is for.", "plan_id"),
            };

        var running = plan.Running(from, due).Select(c => c.Commitment.Id).ToHashSet();
        var lines = new List<(int CommitmentId, decimal? Actual, CheckInConfidence Confidence, string? Why)>();
        var seen = new HashSet<int>();
        foreach (var (line, index) in (request.Lines ?? []).Select((line, index) => (line, index)))
        {
            var field = $"lines[{index}]";
            if (line is null)
            {
                throw new DomainRuleException("Each line names a commitment and a confidence.", field);
            }
            if (line.CommitmentId is not { } commitment)
            {
                throw new DomainRuleException("Say which commitment the line is about.", $"{field}.commitment_id");
            }
            if (!running.Contains(commitment))
            {
                throw new DomainRuleException($"Commitment {commitment} is not one of yours on {plan.Plan.Name} that week.", $"{field}.commitment_id");
            }
            if (!seen.Add(commitment))
            {
                throw new DomainRuleException("Each commitment is checked in once a week.", $"{field}.commitment_id");
            }
            if (line.Confidence is not { } confidence)
            {
                throw new DomainRuleException("Say on track, at risk or off track.", $"{field}.confidence");
            }
            lines.Add((commitment, line.Actual, confidence, line.Why));
        }
        var fields = new CheckInFields(lines, request.Wins, request.Blockers, request.NextFocus);

        var now = clock.GetUtcNow();
        var existing = await db.CheckIns.Include(c => c.Lines).FirstOrDefaultAsync(c => c.PlanId == plan.Plan.Id && c.PersonId == me && c.Week == due, ct);
        if (existing is null)
        {
            existing = new CheckIn(db.RequireOrganization(), plan.Plan.Id, me, due, fields, now);
            db.CheckIns.Add(existing);
        }
        else
        {
            existing.Change(fields, now);
        }
        await db.SaveChangesAsync(ct);
        return (await CheckInMapping.ToDetailsAsync(db, [existing], ct))[0];
    }
}
