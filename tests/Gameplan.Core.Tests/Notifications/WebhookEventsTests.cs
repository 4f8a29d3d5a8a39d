using Gameplan.Core.Demo;
using Gameplan.Core.Plans;
using Gameplan.Core.Reviews;
using Gameplan.Core.Tests.Support;
using Gameplan.Core.Webhooks;
using Gameplan.Domain.Notifications;
using Gameplan.Domain.Plans;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Notifications;

public sealed class WebhookEventsTests
{
    [DbFact]
    public async Task A_missed_check_in_is_raised_once_per_person_plan_and_week_and_a_held_review_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        db.OrganizationScope = await new DemoOrganization(db, Seeded.Clock).SeedIfEmptyAsync();
        await new WebhookCommands(db, new EphemeralDataProtectionProvider(), Seeded.Clock).CreateAsync(new WebhookRequest
        {
            Url = "https://hooks.example/gameplan",
            Events = [WebhookEvent.CheckInMissed, WebhookEvent.ReviewHeld],
        });
        var run = new CheckInMissedRun(db, new PlanQueries(db), Seeded.Clock);

        Assert.Equal(1, await run.RunAsync());
        Assert.Equal(0, await run.RunAsync());

        var missed = Assert.Single(await db.WebhookDeliveries.AsNoTracking().Where(d => d.Event == WebhookEvent.CheckInMissed).ToListAsync());
        // Today is Sunday 22 November 2026: the week due on Friday the 20th is over, and only Jonas stopped checking in.
        Assert.Contains("\"person\":\"jonas\"", missed.Payload, StringComparison.Ordinal);
        Assert.Contains("\"due\":\"2026-11-20\"", missed.Payload, StringComparison.Ordinal);

        var plans = new PlanQueries(db);
        var plan = await plans.GetAsync((await plans.ListAsync()).Single(p => p.Name.EndsWith(" Sales Plan", StringComparison.Ordinal)).Id);
        var next = plan.Reviews.Where(r => r.Kind == ReviewKind.Tactical && !r.Held).OrderBy(r => r.Date).First();
        var workspace = new ReviewWorkspaceCommands(db, Seeded.Clock);
        var rosa = await Seeded.ActorAsync(db, "rosa");
        await workspace.MarkHeldAsync(plan.Id, next.Id, new HeldRequest { Notes = "Pairing works." }, rosa);
        await workspace.MarkHeldAsync(plan.Id, next.Id, new HeldRequest { Notes = "Pairing works; notes amended." }, rosa);

        var held = Assert.Single(await db.WebhookDeliveries.AsNoTracking().Where(d => d.Event == WebhookEvent.ReviewHeld).ToListAsync());
        Assert.Contains($"\"review_id\":{next.Id}", held.Payload, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"tactical\"", held.Payload, StringComparison.Ordinal);
    }
}
