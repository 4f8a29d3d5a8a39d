using Gameplan.Core.Data;
using Gameplan.Core.Reviews;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Reviews;

namespace Gameplan.Core.Demo;

/// <summary>
/// The demo's running review cadence on this year's plan: the held strategic and tactical reviews with their decisions,
/// action items (some done, some open and carried forward to the next review) and the agenda kept when they were held;
/// the upcoming tactical review and Nia's upcoming one-on-one, with talking points from both sides (hers first).
/// </summary>
internal static class DemoReviews
{
    public static async Task SeedAsync(GameplanDbContext db, StrategicPlan plan, IReadOnlyDictionary<string, Person> people, DateOnly today,
        TimeProvider clock, CancellationToken ct)
    {
        var org = plan.OrganizationId;
        var now = clock.GetUtcNow();
        int Id(string handle) => people[handle].Id;
        var strategic = plan.Reviews.Where(r => r.Kind == ReviewKind.Strategic).OrderBy(r => r.Date).ToList();
        var tactical = plan.Reviews.Where(r => r.Kind == ReviewKind.Tactical).OrderBy(r => r.Date).ToList();
        var oneOnOne = plan.Reviews.Single(r => r.Kind == ReviewKind.OneOnOne);
        var (heldStrategic, heldTactical, nextTactical) = (strategic[0], tactical[0], tactical[1]);
        var rosa = Id("rosa");

        foreach (var review in new[] { heldStrategic, heldTactical, nextTactical })
        {
            db.ReviewParticipants.AddRange(new ReviewParticipant(org, plan.Id, review.Id, Id("omar")), new ReviewParticipant(org, plan.Id, review.Id, Id("grace")));
        }
        db.ReviewParticipants.Add(new ReviewParticipant(org, plan.Id, oneOnOne.Id, Id("omar")));

        db.ReviewDecisions.AddRange(
            new ReviewDecision(org, plan.Id, heldStrategic.Id, rosa, "Add a hiring strategy (s3) before the plan is approved.", now.AddDays(-30)),
            new ReviewDecision(org, plan.Id, heldTactical.Id, rosa, "Enterprise demo push: Jonas pairs with Sofia for two weeks.", now.AddDays(-6)));
        var profile = ActionItem.Raise(org, plan.Id, heldStrategic.Id, Id("grace"), today.AddDays(20), "Draft the hiring profile with HR.", rosa, now.AddDays(-30));
        var definition = ActionItem.Raise(org, plan.Id, heldStrategic.Id, Id("omar"), today.AddDays(-10), "Publish the sales-qualified lead definition in the CRM.", rosa, now.AddDays(-30));
        definition.MarkDone(true, Id("omar"), now.AddDays(-12));
        var pairing = ActionItem.Raise(org, plan.Id, heldTactical.Id, Id("lena"), today.AddDays(-2), "Pair with Mateo on the Lakeside demo.", rosa, now.AddDays(-6));
        pairing.MarkDone(true, Id("lena"), now.AddDays(-3));
        var demos = ActionItem.Raise(org, plan.Id, heldTactical.Id, Id("jonas"), today.AddDays(5), "Book three demos with Sofia's help.", rosa, now.AddDays(-6));
        db.ActionItems.AddRange(profile, definition, pairing, demos);

        db.TalkingPoints.AddRange(
            new TalkingPoint(org, plan.Id, nextTactical.Id, Id("grace"), "Enterprise demos: is the pairing working?", now.AddHours(-20)),
            new TalkingPoint(org, plan.Id, oneOnOne.Id, Id("omar"), "Your prospecting minutes dropped last week: what got in the way?", now.AddHours(-30)),
            new TalkingPoint(org, plan.Id, oneOnOne.Id, Id("nia"), "I want to try a shorter opener on cold calls.", now.AddHours(-4)));
        await db.SaveChangesAsync(ct);

        // The agendas the held reviews showed, kept as marking them held keeps them (prepared in the demo's own scope).
        var (scope, all) = (db.OrganizationScope, db.AllOrganizations);
        db.OrganizationScope = org;
        try
        {
            var agendas = new ReviewAgendaQueries(db, clock);
            foreach (var review in new[] { heldStrategic, heldTactical })
            {
                var agenda = await agendas.PrepareAsync(plan.Id, review, ct);
                db.ReviewSnapshots.Add(new ReviewSnapshot(org, plan.Id, review.Id, AgendaJson.Write(agenda), now));
            }
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            if (all)
            {
                db.UseAllOrganizations();
            }
            else
            {
                db.OrganizationScope = scope;
            }
        }
    }
}
