using Gameplan.Core.Activities;
using Gameplan.Core.Critique;
using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Core.Pace;
using Gameplan.Core.Plans;
using Gameplan.Core.Versions;
using Gameplan.Domain.Access;
using Gameplan.Domain.Alignment;
using Gameplan.Domain.Pace;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Reviews;
using Gameplan.Domain.Versions;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Reviews;

/// <summary>
/// Prepares a review's agenda from the plan as it is today (the organisation's today), or reads the one kept when it was
/// held. Gathers the inputs (the plan file, the activity logged, the critique, the child plans, the previous review's
/// snapshot, the person's plan versions) and leaves the choosing to the Domain's agendas.
/// </summary>
public sealed class ReviewAgendaQueries(GameplanDbContext db, TimeProvider clock)
{
    public async Task<ReviewAgendaDetails> GetAsync(int planId, int reviewId, Actor actor, CancellationToken ct = default)
    {
        var target = await ReviewTarget.RequireAsync(db, planId, reviewId, actor, ct);
        var (agenda, takenAt) = await ForAsync(target.PlanId, target.Review, ct);
        return new ReviewAgendaDetails(reviewId, target.Review.Kind, target.Review.Date, target.Review.Held, takenAt, agenda);
    }

    /// <summary>The held snapshot when the review is held and has one, else the agenda prepared now.</summary>
    internal async Task<(ReviewAgenda Agenda, DateTimeOffset? TakenAt)> ForAsync(int planId, Review review, CancellationToken ct)
    {
        if (review.Held && await db.ReviewSnapshots.AsNoTracking().FirstOrDefaultAsync(s => s.ReviewId == review.Id, ct) is { } snapshot)
        {
            return (AgendaJson.Read(snapshot.Agenda), snapshot.TakenAt);
        }
        return (await PrepareAsync(planId, review, ct), null);
    }

    /// <summary>The agenda as of today, for the review's kind.</summary>
    internal async Task<ReviewAgenda> PrepareAsync(int planId, Review review, CancellationToken ct)
    {
        var today = await new OrganizationClock(db, clock).ForOrganizationAsync(ct);
        var plans = new PlanQueries(db);
        var plan = await plans.GetAsync(planId, ct);
        var reviews = await db.Plans.AsNoTracking().Where(p => p.Id == planId).SelectMany(p => p.Reviews)
            .Select(r => new ReviewFacts(r.Id, r.Kind, r.Date, r.Held, r.PersonId)).ToListAsync(ct);
        var self = ReviewFacts.Of(review);
        var previous = ReviewSeries.PreviousHeld(self, reviews);
        var previousAgenda = previous is null ? null
            : await db.ReviewSnapshots.AsNoTracking().Where(s => s.ReviewId == previous.Id).Select(s => s.Agenda).FirstOrDefaultAsync(ct) is { } json ? AgendaJson.Read(json) : null;
        var items = await db.ActionItems.AsNoTracking().Where(i => i.PlanId == planId).ToListAsync(ct);
        var carried = ReviewSeries.CarriedForward(self, reviews, items);
        var handles = await db.People.AsNoTracking().Select(p => new { p.Id, p.Handle }).ToDictionaryAsync(p => p.Id, p => p.Handle, ct);
        string? HandleOf(int id) => handles.GetValueOrDefault(id);
        var activities = new ActivityQueries(db);

        ReviewAgenda agenda;
        switch (review.Kind)
        {
            case ReviewKind.Tactical:
                {
                    var document = await StoredPlanDocuments.ForAsync(db, plan, ct);
                    var critique = await new CritiqueQueries(db, plans, clock).ForPlanAsync(planId, today, ct);
                    agenda = await AggregateFacts.ComputeAsync(db, activities, facts =>
                        TacticalAgenda.Build(document, facts, critique.Findings, today, previous?.Date, previousAgenda?.FindingKeys), ct);
                    break;
                }
            case ReviewKind.Strategic:
                {
                    var document = await StoredPlanDocuments.ForAsync(db, plan, ct);
                    var critique = await new CritiqueQueries(db, plans, clock).ForPlanAsync(planId, today, ct);
                    var family = await StoredPlanFamilies.ForAsync(db, planId, plan.Parent?.PlanId, ct);
                    var pace = await AggregateFacts.ComputeAsync(db, activities, facts => PlanPace.Report(document, facts, today), ct);
                    var coverage = document.Goals.Select(g => Coverage.OfGoal(g, family.Children)).ToList();
                    agenda = StrategicAgenda.Build(document, pace, critique, family.Children, coverage, today, previous?.Date, previousAgenda?.Figures)
                        .With(ActionItemsSection.DecisionsDue(carried, HandleOf, review.Date, today));
                    break;
                }
            default:
                agenda = await OneOnOneAsync(plan, review, self, reviews, today, ct);
                break;
        }
        return agenda.With(ActionItemsSection.Open(carried, HandleOf, today));
    }

    private async Task<ReviewAgenda> OneOnOneAsync(PlanDetails plan, Review review, ReviewFacts self, IReadOnlyList<ReviewFacts> reviews, DateOnly today, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().FirstAsync(p => p.Id == review.PersonId, ct);
        // Their own plans under way (not closed, their period holds today) beside the plan the review is of.
        var own = await db.Plans.AsNoTracking()
            .Where(p => p.Scope == PlanScope.Person && p.OwnerId == person.Id && p.Id != plan.Id && p.Status != PlanStatus.Closed
                && p.PeriodStart <= today && p.PeriodEnd >= today)
            .OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        var queries = new PlanQueries(db);
        var details = new List<PlanDetails> { plan };
        foreach (var id in own)
        {
            details.Add(await queries.GetAsync(id, ct));
        }
        var documents = await StoredPlanDocuments.ForManyAsync(db, details, await OrganizationQueries.LoadAsync(db, ct), ct);
        var earlier = ReviewSeries.Earlier(self, reviews).FirstOrDefault(r => r.Held || r.Date < today);
        var notes = earlier is null ? null
            : await db.Plans.AsNoTracking().Where(p => p.Id == plan.Id).SelectMany(p => p.Reviews).Where(r => r.Id == earlier.Id).Select(r => r.Notes).FirstOrDefaultAsync(ct);
        var changes = earlier is null ? null : await ChangesSinceAsync(own.Count > 0 ? own[0] : plan.Id, earlier.Date, ct);
        var agenda = await AggregateFacts.ComputeAsync(db, new ActivityQueries(db), facts =>
            OneOnOneAgenda.Build(person.Handle, documents, facts, today, earlier is null ? null : (earlier.Date, notes), changes), ct);
        return await WithRecentCheckInsAsync(agenda, person.Id, today, ct);
    }

    /// <summary>
    /// The person's last few weekly check-ins (up to <paramref name="today"/>), after their commitments: whoever reads the
    /// one-on-one (the person, the managers who lead them) reads their check-ins too.
    /// </summary>
    private async Task<ReviewAgenda> WithRecentCheckInsAsync(ReviewAgenda agenda, int personId, DateOnly today, CancellationToken ct)
    {
        var stored = await db.CheckIns.AsNoTracking().Include(c => c.Lines.OrderBy(l => l.Id))
            .Where(c => c.PersonId == personId && c.Week <= today.AddDays(6))
            .OrderByDescending(c => c.Week).ThenByDescending(c => c.Id).Take(CheckInsSection.Shown).ToListAsync(ct);
        var details = await CheckIns.CheckInMapping.ToDetailsAsync(db, stored, ct);
        var recent = details.Select(c => new RecentCheckIn(c.Week, [.. c.Lines.Select(l => new RecentCheckInLine(l.Metric, l.Actual, l.Confidence, l.Why))], c.Wins, c.Blockers, c.NextFocus));
        return agenda.With(CheckInsSection.Of(recent), after: AgendaSections.Commitments);
    }

    /// <summary>What changed in a plan since its last version recorded on or before <paramref name="day"/>; null when it had none by then.</summary>
    private async Task<IReadOnlyList<Domain.Versions.PlanChange>?> ChangesSinceAsync(int planId, DateOnly day, CancellationToken ct)
    {
        var end = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var versions = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == planId).Select(v => new { v.Number, v.At, v.File }).ToListAsync(ct);
        var baseline = versions.Where(v => v.At < end).MaxBy(v => v.Number);
        if (baseline is null)
        {
            return null;
        }
        var current = await PlanVersions.CurrentFileAsync(db, planId, ct);
        return PlanDiff.Compare(PlanVersions.Tree(baseline.File, baseline.Number), PlanVersions.Tree(current, null)).Changes;
    }
}
