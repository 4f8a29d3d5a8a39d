using Gameplan.Core.Audit;
using Gameplan.Core.Comments;
using Gameplan.Core.Plans;
using Gameplan.Core.Tactics;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain;
using Gameplan.Domain.Comments;
using Gameplan.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Comments;

public sealed class CommentCommandsTests
{
    [DbFact]
    public async Task A_comment_on_a_tactic_is_listed_under_its_path_with_the_people_it_mentions()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await CommentArrangement.CreateAsync(db);

        var comment = await a.CommentAsync("dana", "tactics[T1]", "Why an hour, @ana? Ask @nobody and @ben.");

        Assert.Equal("strategies[s1].tactics[t1]", comment.Element);
        Assert.Equal(("dana", "Dana Reyes", CommentPurpose.Comment), (comment.Author, comment.AuthorName, comment.Purpose));
        Assert.Equal(["ana", "ben"], comment.Mentions);
        var listed = await a.Queries.ListAsync(a.PlanId, "strategies[s1].tactics[t1]", await a.ActorAsync("ana"));
        Assert.Equal(comment.Id, Assert.Single(listed).Id);
        Assert.Empty(await a.Queries.ListAsync(a.PlanId, "strategies[s2]", await a.ActorAsync("ana")));
        var mentioned = await db.Set<CommentMention>().Select(m => m.PersonId).ToListAsync();
        Assert.Equal(2, mentioned.Count);
    }

    [DbTheory]
    [InlineData("goals[g9]")]
    [InlineData("strategies[s1].tactics[t7]")]
    [InlineData("plan.name")]
    public async Task A_comment_on_an_element_the_plan_does_not_have_is_refused_on_the_element_field(string element)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await CommentArrangement.CreateAsync(db);

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => a.CommentAsync("dana", element, "Hm."));

        Assert.Equal("element", refusal.Field);
    }

    [DbFact]
    public async Task Replies_stay_in_their_thread_and_its_author_or_the_manager_resolves_it_but_not_another_rep()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await CommentArrangement.CreateAsync(db);
        var thread = await a.CommentAsync("ana", "strategies[s1]", "Is value-based selling new to us?");
        var reply = await a.ReplyAsync("dana", thread.Id, "Yes; training starts in January.");
        await a.ReplyAsync("ben", reply.Id, "Count me in.");

        var ben = await a.ActorAsync("ben");
        await Assert.ThrowsAsync<AccessDeniedException>(() => a.Commands.ResolveAsync(a.PlanId, thread.Id, ben));
        var resolved = await a.Commands.ResolveAsync(a.PlanId, reply.Id, await a.ActorAsync("ana"));
        var reopened = await a.Commands.ReopenAsync(a.PlanId, thread.Id, await a.ActorAsync("dana"));

        Assert.Equal((true, "ana"), (resolved.Resolved, resolved.ResolvedBy));
        Assert.Equal(["dana", "ben"], resolved.Replies.Select(r => r.Author));
        Assert.All(resolved.Replies, r => Assert.Equal(thread.Id, r.ThreadId));
        Assert.False(reopened.Resolved);
    }

    [DbFact]
    public async Task Only_the_author_edits_or_deletes_and_a_deleted_comment_keeps_its_thread_readable()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await CommentArrangement.CreateAsync(db);
        var thread = await a.CommentAsync("ana", "plan.mission", "Too long?");
        await a.ReplyAsync("dana", thread.Id, "A little.");

        var dana = await a.ActorAsync("dana");
        await Assert.ThrowsAsync<AccessDeniedException>(() => a.Commands.EditAsync(a.PlanId, thread.Id, new CommentBodyRequest { Body = "Mine now" }, dana));
        await Assert.ThrowsAsync<AccessDeniedException>(() => a.Commands.DeleteAsync(a.PlanId, thread.Id, dana));
        var edited = await a.Commands.EditAsync(a.PlanId, thread.Id, new CommentBodyRequest { Body = "Too long, @dana?" }, await a.ActorAsync("ana"));
        await a.Commands.DeleteAsync(a.PlanId, thread.Id, await a.ActorAsync("ana"));

        Assert.Equal(["dana"], edited.Mentions);
        Assert.NotNull(edited.EditedAt);
        var after = Assert.Single(await a.Queries.ListAsync(a.PlanId, "plan.mission", await a.ActorAsync("ben")));
        Assert.Equal((true, "", "A little."), (after.Deleted, after.Body, Assert.Single(after.Replies).Body));
    }

    [DbFact]
    public async Task A_moved_tactic_keeps_its_comments_and_a_deleted_one_leaves_them_on_a_removed_element()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await CommentArrangement.CreateAsync(db);
        var comment = await a.CommentAsync("dana", "strategies[s1].tactics[t1]", "Start with the clinics in the north.");
        var plan = await new PlanQueries(db).GetAsync(a.PlanId);
        var tactic = plan.Strategies[0].Tactics[0];
        var tactics = new TacticCommands(db, Seeded.Clock);

        await tactics.MoveAsync(a.PlanId, tactic.Id, plan.Strategies[1].Id, null);
        var moved = Assert.Single(await a.Queries.ListAsync(a.PlanId, "tactics[t1]", await a.ActorAsync("ana")));
        await tactics.DeleteAsync(a.PlanId, tactic.Id);
        // A removed element is found by the path it had when the thread started.
        var removed = Assert.Single(await a.Queries.ListAsync(a.PlanId, "strategies[s1].tactics[t1]", await a.ActorAsync("ana")));

        Assert.Equal(("strategies[s2].tactics[t1]", false), (moved.Element, moved.ElementRemoved));
        Assert.Equal((comment.Id, true, "Start with the clinics in the north."), (removed.Id, removed.ElementRemoved, removed.Body));
        var summary = await new CommentQueries(db).SummaryAsync(await new PlanQueries(db).GetAsync(a.PlanId));
        Assert.Equal((1, 1), (summary.OnRemovedElements, summary.OpenThreads));
    }

    [DbFact]
    public async Task Someone_who_may_not_read_the_plan_may_not_discuss_it_and_another_organisation_does_not_see_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await CommentArrangement.CreateAsync(db);
        var organization = db.RequireOrganization();
        var west = new Domain.Teams.Team(organization, "West");
        db.Teams.Add(west);
        await db.SaveChangesAsync();
        db.People.Add(new Person(organization, "wes", "Wes Park", PersonRole.Rep, west.Id, 40));
        await db.SaveChangesAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() => a.CommentAsync("wes", "plan", "Can I see this?"));
        var dana = await a.ActorAsync("dana");
        db.OrganizationScope = await Seeded.OrganizationAsync(db, "Rival Sales");
        await Assert.ThrowsAsync<NotFoundException>(() => a.Queries.ListAsync(a.PlanId, null, dana));
    }

    [DbFact]
    public async Task Every_comment_and_its_deletion_is_in_the_plans_audit()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await CommentArrangement.CreateAsync(db);
        var comment = await a.CommentAsync("dana", "strategies[s2]", "Which clinics refer the most?");
        await a.Commands.DeleteAsync(a.PlanId, comment.Id, await a.ActorAsync("dana"));

        var lines = (await new AuditQueries(db).ForPlanAsync(a.PlanId)).Where(l => l.EntityType == "comment").ToList();

        Assert.Equal(["changed", "created"], lines.Select(l => l.Action));
        Assert.Contains("Which clinics refer the most?", lines[1].Summary);
        Assert.Contains(lines[0].Changed, c => c.Field == "body" && c.Before == "Which clinics refer the most?");
    }
}
