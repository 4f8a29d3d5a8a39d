using Gameplan.Core.Goals;
using Gameplan.Core.Plans;
using Gameplan.Core.Search;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain;
using Gameplan.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Search;

public sealed class SearchQueriesTests
{
    [DbFact]
    public async Task Every_word_must_appear_in_any_order_and_any_case()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var world = await SearchWorld.CreateAsync(db);

        var found = await new SearchQueries(db).SearchAsync(null, "  CLINIC   double ");

        Assert.Equal(["clinic", "double"], found.Words);
        var goal = Assert.Single(found.Goals.Items);
        Assert.Equal(("Double clinic renewals", world.EastPlan, "East 2027"), (goal.Text, goal.PlanId, goal.Plan));
        Assert.Empty(found.Strategies.Items);
        Assert.Empty(found.Tactics.Items);
        Assert.Equal(1, found.Total);
    }

    [DbFact]
    public async Task A_rep_finds_only_what_she_may_read()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var world = await SearchWorld.CreateAsync(db);
        var ana = await Seeded.ActorAsync(db, "ana");

        var secret = await new SearchQueries(db).SearchAsync(ana, "secret");
        var clinic = await new SearchQueries(db).SearchAsync(ana, "clinic");

        Assert.Equal(0, secret.Plans.Total + secret.Goals.Total + secret.Strategies.Total + secret.Tactics.Total);
        Assert.Equal([world.OrganizationPlan, world.EastPlan], clinic.Goals.Items.Select(g => g.PlanId).Order());
        Assert.Equal(2, clinic.Tactics.Total);
    }

    [DbFact]
    public async Task A_manager_finds_her_reps_personal_plans_but_not_another_teams()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var world = await SearchWorld.CreateAsync(db);
        var dana = await Seeded.ActorAsync(db, "dana");

        var found = await new SearchQueries(db).SearchAsync(dana, "secret clinic");

        Assert.Equal([world.BenPlan], (await new SearchQueries(db).SearchAsync(dana, "secret")).Plans.Items.Select(p => p.Id));
        Assert.Equal([world.BenPlan], found.Goals.Items.Select(g => g.PlanId));
        Assert.Equal([world.BenPlan], found.Strategies.Items.Select(s => s.PlanId));
        Assert.Equal([world.BenPlan], found.Tactics.Items.Select(t => t.PlanId));
        var everything = await new SearchQueries(db).SearchAsync(null, "secret clinic");
        Assert.Equal([world.WestPlan, world.BenPlan], everything.Tactics.Items.Select(t => t.PlanId).Order());
    }

    [DbFact]
    public async Task People_are_found_by_name_handle_or_email()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await SearchWorld.CreateAsync(db);
        var search = new SearchQueries(db);
        var ana = await Seeded.ActorAsync(db, "ana");

        Assert.Equal(["Ana Silva"], (await search.SearchAsync(ana, "SILVA")).People.Items.Select(p => p.Name));
        Assert.Equal(["Ben Okafor"], (await search.SearchAsync(ana, "ben")).People.Items.Select(p => p.Name));
        var wes = Assert.Single((await search.SearchAsync(ana, "mueller@example")).People.Items);
        Assert.Equal(("wes", "West", true), (wes.Handle, wes.Team, wes.Active));
    }

    [DbFact]
    public async Task Like_wildcards_in_the_query_are_taken_literally()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var world = await SearchWorld.CreateAsync(db);
        var goals = new GoalCommands(db, Seeded.Clock);
        await goals.CreateAsync(world.EastPlan, new GoalRequest { Title = "Renew 100% of clinics" });
        await goals.CreateAsync(world.EastPlan, new GoalRequest { Title = "Renew 1000 clinics" });
        await goals.CreateAsync(world.EastPlan, new GoalRequest { Title = "Fill the call_list" });
        await goals.CreateAsync(world.EastPlan, new GoalRequest { Title = "Fill the callXlist" });
        await goals.CreateAsync(world.EastPlan, new GoalRequest { Title = @"Split C:\clinics" });
        var search = new SearchQueries(db);

        Assert.Equal(["Renew 100% of clinics"], (await search.SearchAsync(null, "100%")).Goals.Items.Select(g => g.Text));
        Assert.Equal(["Fill the call_list"], (await search.SearchAsync(null, "call_list")).Goals.Items.Select(g => g.Text));
        Assert.Equal([@"Split C:\clinics"], (await search.SearchAsync(null, @"c:\clinics")).Goals.Items.Select(g => g.Text));
        Assert.Equal(1, (await search.SearchAsync(null, "%")).Total);
        Assert.Equal(["Fill the call_list"], (await search.SearchAsync(null, "_")).Goals.Items.Select(g => g.Text));
    }

    [DbFact]
    public async Task A_group_holds_the_first_ten_and_counts_the_rest()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var world = await SearchWorld.CreateAsync(db);
        var goals = new GoalCommands(db, Seeded.Clock);
        for (var i = 1; i <= 12; i++)
        {
            await goals.CreateAsync(world.EastPlan, new GoalRequest { Title = $"Open branch number {i}" });
        }

        var found = await new SearchQueries(db).SearchAsync(null, "branch");

        Assert.Equal(SearchQueries.PerGroup, found.Goals.Items.Count);
        Assert.Equal(12, found.Goals.Total);
    }

    [DbFact]
    public async Task Another_organisations_plans_and_people_are_never_found()
    {
        await using var database = await TestDatabase.CreateAsync();
        int mine;
        await using (var setup = await database.MigratedAsync())
        {
            await SearchWorld.CreateAsync(setup);
            setup.UseAllOrganizations();
            mine = await Seeded.OrganizationAsync(setup, "Rival Inc");
        }
        await using var db = database.Open(mine);

        var found = await new SearchQueries(db).SearchAsync(null, "clinic");
        var people = await new SearchQueries(db).SearchAsync(null, "wes");

        Assert.Equal(0, found.Total);
        Assert.Equal(0, people.Total);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_blank_query_finds_nothing_without_asking_the_database(string? text)
    {
        var found = await new SearchQueries(null!).SearchAsync(null, text);

        Assert.Empty(found.Words);
        Assert.Equal(0, found.Total);
    }

    [Fact]
    public void A_query_too_long_or_with_too_many_words_is_refused_on_the_field_q()
    {
        var tooLong = Assert.Throws<DomainRuleException>(() => SearchText.Words(new string('a', SearchText.MaxLength + 1)));
        var tooMany = Assert.Throws<DomainRuleException>(() => SearchText.Words(string.Join(' ', Enumerable.Range(1, SearchText.MaxWords + 1))));

        Assert.Equal(("q", "q"), (tooLong.Field, tooMany.Field));
        Assert.Equal(SearchText.MaxWords, SearchText.Words(string.Join(' ', Enumerable.Range(1, SearchText.MaxWords))).Count);
    }

    [DbFact]
    public async Task The_read_filter_in_the_query_agrees_with_the_access_rule_for_every_person_and_plan()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await SearchWorld.CreateAsync(db);
        var heads = await db.ListAsync(db.Plans, default);

        foreach (var handle in new[] { "dana", "ana", "ben", "wes" })
        {
            var actor = await Seeded.ActorAsync(db, handle);
            var readable = await db.Plans.ReadableBy(db, actor).Select(p => p.Id).OrderBy(id => id).ToListAsync();
            var allowed = heads.Where(h => PlanAccess.Allows(actor, h.Facts, PlanPermission.Read)).Select(h => h.Id).Order().ToList();
            Assert.Equal(allowed, readable);
        }
    }
}
