using Gameplan.Core.Pace;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain.People;

namespace Gameplan.Core.Tests.Pace;

public sealed class ActivityIdsTests
{
    [DbFact]
    public async Task Handles_are_found_the_same_whether_a_few_are_named_or_more_than_a_thousand_are_read_with_everyone()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var organization = await Seeded.OrganizationAsync(db);
        db.People.AddRange(Enumerable.Range(0, 1_200).Select(i => new Person(organization, $"rep{i:0000}", $"Rep {i}", PersonRole.Rep, null, 40)));
        await db.SaveChangesAsync();
        var ids = db.People.Where(p => p.Handle.StartsWith("rep")).ToDictionary(p => p.Handle, p => p.Id);

        var few = await ActivityIds.LoadAsync(db, [" REP0007 ", "rep0042", "nobody"], default);
        var many = await ActivityIds.LoadAsync(db, [.. Enumerable.Range(0, 1_100).Select(i => $"Rep{i:0000}"), "nobody"], default);

        Assert.Equal((ids["rep0007"], ids["rep0042"]), (few.Person("rep0007"), few.Person("REP0042")));
        Assert.Null(few.Person("nobody"));
        Assert.Equal(ids["rep1099"], many.Person("rep1099"));
        Assert.Equal(ids["rep0000"], many.Person(" REP0000"));
        Assert.Null(many.Person("rep1100")); // not asked for
        Assert.Null(many.Person("nobody"));
    }
}
