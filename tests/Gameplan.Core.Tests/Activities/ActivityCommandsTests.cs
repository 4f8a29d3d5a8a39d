using Gameplan.Core.Activities;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Activities;

public sealed class ActivityCommandsTests
{
    private static readonly DateOnly Friday = new(2026, 11, 20);

    [DbFact]
    public async Task A_retried_request_with_the_same_idempotency_key_counts_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await ActivityArrangement.CreateAsync(db);
        var commands = new ActivityCommands(db, Seeded.Clock);
        var request = new LogActivitiesRequest
        {
            Activities = [Row("ana", "calls", 3), Row("ana", "calls", 2), Row("ben", "demos", 1) with { ExternalId = "crm-9" }],
        };

        var first = await commands.LogAsync(request, "retry-me", await Seeded.ActorAsync(db, "dana"));
        var retry = await commands.LogAsync(request, "retry-me", await Seeded.ActorAsync(db, "dana"));
        var another = await commands.LogAsync(request, "another-key", await Seeded.ActorAsync(db, "dana"));

        Assert.Equal(new ActivityLogResult(3, 0), first);
        Assert.Equal(new ActivityLogResult(0, 3), retry);
        Assert.Equal(new ActivityLogResult(2, 1), another);
        Assert.Equal(10m, (await db.ActivityDays.Where(d => d.PersonId == a.Ana).SingleAsync()).Quantity);
    }

    [DbFact]
    public async Task One_bad_row_refuses_the_whole_batch_and_names_its_field()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await ActivityArrangement.CreateAsync(db);
        var request = new LogActivitiesRequest { Activities = [Row("ana", "calls", 3), Row("ana", "emails", 2)] };

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            new ActivityCommands(db, Seeded.Clock).LogAsync(request, null, Seeded.ActorAsync(db, "dana").Result));

        Assert.Equal("activities[1].metric", refused.Field);
        Assert.Equal(0, await db.Activities.CountAsync());
    }

    [DbTheory]
    [InlineData("date", "2026-11-24")]
    [InlineData("person", "zoe")]
    [InlineData("quantity", "-1")]
    public async Task A_single_activity_with_a_bad_value_is_refused_naming_the_field(string field, string value)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await ActivityArrangement.CreateAsync(db);
        var request = new LogActivitiesRequest
        {
            Date = field == "date" ? DateOnly.Parse(value) : Friday,
            Person = field == "person" ? value : "ana",
            Metric = "calls",
            Quantity = field == "quantity" ? decimal.Parse(value) : 1,
        };

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            new ActivityCommands(db, Seeded.Clock).LogAsync(request, null, Seeded.ActorAsync(db, "ana").Result));

        Assert.Equal(field, refused.Field);
    }

    [DbFact]
    public async Task A_rep_logs_for_themselves_but_not_for_a_colleague_while_their_manager_logs_for_both()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await ActivityArrangement.CreateAsync(db);
        var commands = new ActivityCommands(db, Seeded.Clock);
        var ana = await Seeded.ActorAsync(db, "ana");

        var own = await commands.LogAsync(new LogActivitiesRequest { Activities = [Row("ana", "calls", 1)] }, null, ana);
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            commands.LogAsync(new LogActivitiesRequest { Activities = [Row("ana", "calls", 1), Row("ben", "calls", 1)] }, null, ana));
        var managed = await commands.LogAsync(new LogActivitiesRequest { Activities = [Row("ana", "calls", 1), Row("ben", "calls", 1)] }, null, await Seeded.ActorAsync(db, "dana"));

        Assert.Equal(1, own.Imported);
        Assert.Equal(2, managed.Imported);
        Assert.Equal(3, await db.Activities.CountAsync());
    }

    private static ActivityRequest Row(string person, string metric, decimal quantity) =>
        new() { Date = Friday, Person = person, Metric = metric, Quantity = quantity };

}
