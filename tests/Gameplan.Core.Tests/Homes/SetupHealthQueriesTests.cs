using Gameplan.Core.Accounts;
using Gameplan.Core.Homes;
using Gameplan.Core.Notifications;
using Gameplan.Core.Tests.Support;
using Gameplan.Core.Webhooks;
using Gameplan.Domain.Notifications;
using Gameplan.Domain.People;
using Gameplan.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Homes;

public sealed class SetupHealthQueriesTests
{
    private static readonly DateTimeOffset Now = Seeded.Clock.GetUtcNow();

    [DbFact]
    public async Task A_sub_team_is_led_by_the_manager_above_it_and_a_team_of_reps_alone_is_not()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var org = await Seeded.OrganizationAsync(db);
        var east = await db.Teams.SingleAsync(t => t.Name == "East");
        var boston = new Team(org, "Boston");
        var west = new Team(org, "West");
        var coast = new Team(org, "Coast");
        db.Teams.AddRange(boston, west, coast);
        await db.SaveChangesAsync();
        boston.MoveUnder(east.Id, _ => null);
        coast.MoveUnder(west.Id, _ => null);
        db.People.Add(new Person(org, "wes", "Wes Lee", PersonRole.Rep, west.Id, 40));
        // A manager who left leads nobody any more.
        var gone = new Person(org, "old", "Old Boss", PersonRole.Manager, west.Id, 40);
        gone.Deactivate();
        db.People.Add(gone);
        await db.SaveChangesAsync();

        var health = await new SetupHealthQueries(db).GetAsync();

        Assert.Equal(["Coast", "West"], health.TeamsWithoutManager.Select(t => t.Name));
    }

    [DbFact]
    public async Task People_need_an_account_and_some_e_mail_while_active_and_only_managers_and_reps_need_a_team()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var org = await Seeded.OrganizationAsync(db);
        var people = await db.People.ToDictionaryAsync(p => p.Handle);
        people["ana"].ChangeEmail("ana@acme.example");
        db.Users.Add(Account(org, people["dana"], "dana@acme.example"));
        var boss = new Person(org, "ceo", "Cleo Park", PersonRole.Executive, null, 40);
        var lone = new Person(org, "lone", "Lou Ng", PersonRole.Manager, null, 40);
        var left = new Person(org, "left", "Leif Ho", PersonRole.Rep, null, 40);
        left.Deactivate();
        db.People.AddRange(boss, lone, left);
        await db.SaveChangesAsync();

        var health = await new SetupHealthQueries(db).GetAsync();

        Assert.Equal(["Ana Silva", "Ben Okafor", "Cleo Park", "Lou Ng"], health.WithoutAccount.Select(p => p.Name));
        Assert.Equal(["Ben Okafor", "Cleo Park", "Lou Ng"], health.WithoutEmail.Select(p => p.Name));
        Assert.Equal(["Lou Ng"], health.WithoutTeam.Select(p => p.Name));
        Assert.Empty(health.TeamsWithoutManager);
        Assert.False(health.EmailConfigured);
        Assert.Equal(4 + 3 + 1 + 1, health.Count);
    }

    [DbFact]
    public async Task A_webhook_is_failing_while_its_last_finished_delivery_was_given_up()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var org = await Seeded.OrganizationAsync(db);
        var broken = new Webhook(org, "https://crm.example/broken", [WebhookEvent.PlanApproved], "secret", Now);
        var mended = new Webhook(org, "https://crm.example/mended", [WebhookEvent.PlanApproved], "secret", Now);
        db.Webhooks.AddRange(broken, mended);
        var settings = new EmailSettings(org, Now);
        settings.Change("smtp.acme.example", 587, SmtpTls.StartTls, null, "gameplan@acme.example", null, DayOfWeek.Monday, Now);
        db.EmailSettings.Add(settings);
        await db.SaveChangesAsync();
        db.WebhookDeliveries.AddRange(GivenUp(org, broken.Id), Delivered(org, broken.Id), GivenUp(org, broken.Id), Retrying(org, broken.Id));
        await db.SaveChangesAsync();
        db.WebhookDeliveries.AddRange(GivenUp(org, mended.Id), Delivered(org, mended.Id), Retrying(org, mended.Id));
        await db.SaveChangesAsync();

        var health = await new SetupHealthQueries(db).GetAsync();

        var failing = Assert.Single(health.FailingWebhooks);
        Assert.Equal(("https://crm.example/broken", 503, "Service Unavailable"), (failing.Url, failing.StatusCode, failing.Error));
        Assert.True(health.EmailConfigured);
    }

    [DbFact]
    public async Task Another_organisations_gaps_are_not_counted_and_the_queries_do_not_grow_with_the_people()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var setup = await database.MigratedAsync())
        {
            var other = await Seeded.OrganizationAsync(setup, "Rival Sales");
            setup.UseAllOrganizations();
            await Seeded.OrganizationAsync(setup, "Acme Field Sales");
            setup.Teams.Add(new Team(other, "Rival Team"));
            setup.People.AddRange(Enumerable.Range(1, 50).Select(i => new Person(other, $"rival{i}", $"Rival {i}", PersonRole.Rep, null, 40)));
            await setup.SaveChangesAsync();
        }
        var counter = new CommandCounter();
        var acme = await OrganizationIdAsync(database, "Acme Field Sales");
        await using var db = database.OpenWith(counter, acme);

        var health = await new SetupHealthQueries(db).GetAsync();

        Assert.Equal(["Ana Silva", "Ben Okafor", "Dana Reyes"], health.WithoutAccount.Select(p => p.Name));
        Assert.Empty(health.WithoutTeam);
        Assert.Empty(health.TeamsWithoutManager);
        Assert.InRange(counter.Commands, 1, 6);
    }

    private static async Task<int> OrganizationIdAsync(TestDatabase database, string name)
    {
        await using var db = database.Open();
        return await db.Organizations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync();
    }

    private static UserAccount Account(int org, Person person, string email) =>
        new() { OrganizationId = org, PersonId = person.Id, UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant() };

    private static WebhookDelivery GivenUp(int org, int webhook)
    {
        var delivery = new WebhookDelivery(org, webhook, WebhookEvent.PlanApproved, "{}", Now);
        for (var attempt = 0; attempt < WebhookRetries.MaxAttempts; attempt++)
        {
            delivery.Failed(503, "Service Unavailable", Now);
        }
        return delivery;
    }

    private static WebhookDelivery Delivered(int org, int webhook)
    {
        var delivery = new WebhookDelivery(org, webhook, WebhookEvent.PlanApproved, "{}", Now);
        delivery.Succeeded(200, Now);
        return delivery;
    }

    private static WebhookDelivery Retrying(int org, int webhook)
    {
        var delivery = new WebhookDelivery(org, webhook, WebhookEvent.PlanApproved, "{}", Now);
        delivery.Failed(500, "Internal Server Error", Now);
        return delivery;
    }
}
