using Gameplan.Core.Activities;
using Gameplan.Core.People;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Activities;

public sealed class ActivityDirectoryTests
{
    [DbFact]
    public async Task A_person_is_found_by_handle_email_or_name_ignoring_case_and_a_shared_name_finds_nobody()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await ActivityArrangement.CreateAsync(db);
        var people = new PeopleCommands(db);
        await people.UpdateAsync(a.Ana, new PersonRequest { Handle = "ana", Name = "Ana Silva", Email = " Ana.Silva@Acme.example " });
        await people.CreateAsync(new PersonRequest { Handle = "ana2", Name = "ANA SILVA" });

        var directory = await ActivityDirectory.LoadAsync(db);

        Assert.Equal(a.Ana, directory.FindPerson("ANA", out _));
        Assert.Equal(a.Ana, directory.FindPerson("ana.silva@acme.EXAMPLE", out _));
        Assert.Equal(a.Ben, directory.FindPerson(" ben okafor ", out _));
        Assert.Null(directory.FindPerson("Ana Silva", out var ambiguous));
        Assert.Contains("Several people", ambiguous, StringComparison.Ordinal);
        Assert.Null(directory.FindPerson("zoe", out var unknown));
        Assert.Contains("nobody", unknown, StringComparison.Ordinal);
        Assert.Equal(a.Calls, directory.FindMetric(" CALLS "));
        Assert.Null(directory.FindMetric("emails"));
        Assert.Equal("ana.silva@acme.example", (await db.People.SingleAsync(p => p.Id == a.Ana)).Email);
    }

    [DbFact]
    public async Task An_email_belongs_to_one_person_of_the_organisation()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await ActivityArrangement.CreateAsync(db);
        var people = new PeopleCommands(db);
        await people.UpdateAsync(a.Ana, new PersonRequest { Handle = "ana", Name = "Ana Silva", Email = "ana@acme.example" });

        var taken = await Assert.ThrowsAsync<DomainRuleException>(() =>
            people.UpdateAsync(a.Ben, new PersonRequest { Handle = "ben", Name = "Ben Okafor", Email = "ANA@acme.example" }));

        Assert.Equal("email", taken.Field);
    }
}
