using Gameplan.Core.Commitments;
using Gameplan.Core.Data;
using Gameplan.Core.Pace;
using Gameplan.Core.Plans;
using Gameplan.Core.Tactics;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Organizations;

namespace Gameplan.Core.CheckIns;

/// <summary>
/// Who checks in on which plan: a person is on an active plan when they own it or a commitment of an open tactic
/// binds them (as GP503 counts them). They joined it on the plan's start, or for someone it only binds through
/// commitments, on the first start of those tactics, if later.
/// </summary>
internal static class CheckInPlans
{
    public sealed record Participation(int PersonId, PlanDetails Plan, PlanDocument Document, IReadOnlyList<(TacticDetails Tactic, CommitmentDetails Commitment)> Commitments, DateOnly Joined)
    {
        public DateOnly PlanEnd => Plan.Period.End ?? DateOnly.MaxValue;

        /// <summary>The commitments whose tactic runs some day from <paramref name="from"/> to <paramref name="to"/>.</summary>
        public IEnumerable<(TacticDetails Tactic, CommitmentDetails Commitment)> Running(DateOnly from, DateOnly to) =>
            Commitments.Where(c => (c.Tactic.Start ?? Plan.Period.Start ?? DateOnly.MinValue) <= to && (c.Tactic.Due ?? PlanEnd) >= from);
    }

    public sealed record Member(int Id, string Handle, int? TeamId);

    /// <summary>The person's part in the plan, or null when they are not on it (whatever the plan's status).</summary>
    public static Participation? Of(PlanDetails plan, PlanDocument document, Member person)
    {
        var start = plan.Period.Start ?? DateOnly.MinValue;
        var owns = string.Equals(plan.Owner, person.Handle, StringComparison.OrdinalIgnoreCase);
        var mine = CommitmentAssignees.Binding(plan, document, person.Handle).ToList();
        if (!owns && mine.Count == 0)
        {
            return null;
        }
        var first = mine.Select(c => c.Tactic.Start ?? start).DefaultIfEmpty(start).Min();
        return new Participation(person.Id, plan, document, mine, owns || first < start ? start : first);
    }

    /// <summary>Each active plan overlapping <paramref name="from"/> .. <paramref name="to"/> that each of the people is on, in plan order.</summary>
    public static async Task<IReadOnlyList<Participation>> ForAsync(
        GameplanDbContext db, PlanQueries plans, Organization organization, IReadOnlyCollection<Member> people, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (people.Count == 0)
        {
            return [];
        }
        var teams = await ActivePlans.WithAncestorsAsync(db, people.Select(p => p.TeamId).OfType<int>(), ct);
        var active = await ActivePlans.LoadAsync(db, plans, organization, from, to, teams, [.. people.Select(p => p.Id)], ct);
        var result = new List<Participation>();
        foreach (var (plan, document) in active)
        {
            result.AddRange(people.Select(person => Of(plan, document, person)).OfType<Participation>());
        }
        return result;
    }
}
