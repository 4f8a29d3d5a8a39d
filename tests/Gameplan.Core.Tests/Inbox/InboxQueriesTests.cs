using Gameplan.Core.Comments;
using Gameplan.Core.Critique;
using Gameplan.Core.Data;
using Gameplan.Core.Demo;
using Gameplan.Core.Inbox;
using Gameplan.Core.Plans;
using Gameplan.Core.Reviews;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain.Inbox;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Inbox;

public sealed class InboxQueriesTests
{
    private static InboxQueries Queries(GameplanDbContext db) =>
        new(db, new PlanQueries(db), new CritiqueQueries(db, new PlanQueries(db), Seeded.Clock), Seeded.Clock);

    private static async Task<int> IdOf(GameplanDbContext db, string handle) =>
        await db.People.Where(p => p.Handle == handle).Select(p => p.Id).SingleAsync();

    [DbFact]
    public async Task In_the_demo_a_plan_waits_for_the_manager_who_leads_its_owner_and_a_top_team_plan_for_the_executive()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        db.OrganizationScope = await new DemoOrganization(db, Seeded.Clock).SeedIfEmptyAsync();
        var inbox = Queries(db);
        var plans = await db.Plans.AsNoTracking().Select(p => new { p.Id, p.Name, p.Status }).ToListAsync();
        var mateos = plans.Single(p => p.Name.EndsWith("Territory Plan: Mateo Alvarez", StringComparison.Ordinal));
        var enterprise = plans.Single(p => p.Name.EndsWith(" Enterprise Plan", StringComparison.Ordinal));
        var nias = plans.Single(p => p.Name.EndsWith("Territory Plan: Nia Brooks", StringComparison.Ordinal));

        int[] Approvals(InboxDetails details) => [.. details.Items.Where(i => i.Kind == InboxItemKind.Approve).Select(i => i.PlanId!.Value)];
        var omar = await inbox.ForPersonAsync(await IdOf(db, "omar"));
        var grace = await inbox.ForPersonAsync(await IdOf(db, "grace"));
        var rosa = await inbox.ForPersonAsync(await IdOf(db, "rosa"));
        var nia = await inbox.ForPersonAsync(await IdOf(db, "nia"));
        var lena = await inbox.ForPersonAsync(await IdOf(db, "lena"));

        Assert.Contains(mateos.Id, Approvals(omar));
        Assert.DoesNotContain(enterprise.Id, Approvals(omar));
        // Grace leads the Enterprise team, so she does not approve its own plan; no manager does: the executive does.
        Assert.DoesNotContain(enterprise.Id, Approvals(grace));
        Assert.Contains(enterprise.Id, Approvals(rosa));
        Assert.DoesNotContain(mateos.Id, Approvals(rosa));
        Assert.Empty(Approvals(nia));

        var returned = Assert.Single(nia.Items, i => i.Kind == InboxItemKind.Returned);
        Assert.Equal(nias.Id, returned.PlanId);
        Assert.StartsWith("Returned: ", returned.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(lena.Items, i => i.Kind == InboxItemKind.Returned);
        // Nia's one-on-one in two days: she prepares it, and so does Omar, who runs it.
        Assert.Contains(nia.Items, i => i.Kind == InboxItemKind.Review && i.Title.StartsWith("Prepare the one-on-one", StringComparison.Ordinal));
        Assert.Contains(omar.Items, i => i.Kind == InboxItemKind.Review && i.Title == "Prepare the one-on-one with Nia Brooks");
        Assert.DoesNotContain(lena.Items, i => i.Kind == InboxItemKind.Review && i.Title.Contains("one-on-one", StringComparison.Ordinal));
        Assert.All(omar.Items, i => Assert.StartsWith("/", i.Link, StringComparison.Ordinal));
        // Jonas stopped checking in three weeks ago: this week's check-in waits for him.
        var jonas = await inbox.ForPersonAsync(await IdOf(db, "jonas"));
        var checkIn = Assert.Single(jonas.Items, i => i.Kind == InboxItemKind.CheckIn);
        Assert.Equal("/check-in", checkIn.Link);
        // His open action item from the held tactical review; Grace's from the strategic one; Lena's is done.
        var demos = Assert.Single(jonas.Items, i => i.Kind == InboxItemKind.ActionItem);
        Assert.Equal("Book three demos with Sofia's help.", demos.Title);
        Assert.Matches(@"^/plans/\d+/reviews/\d+#action-item-\d+$", demos.Link);
        Assert.Contains(grace.Items, i => i.Kind == InboxItemKind.ActionItem && i.Title == "Draft the hiring profile with HR.");
        Assert.DoesNotContain(lena.Items, i => i.Kind == InboxItemKind.ActionItem);
        Assert.All(new[] { omar, grace, rosa, nia, lena }, inbox => Assert.Equal(inbox.Items.Select(i => i.Key).Distinct().Count(), inbox.Count));
    }

    [DbFact]
    public async Task A_mention_waits_for_its_person_until_they_answer_in_the_thread()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var plan = await new PlanCommands(db, Seeded.Clock).CreateAsync(Seeded.TeamPlan());
        var comments = new CommentCommands(db, Seeded.Clock);
        var thread = await comments.StartAsync(plan.Id, new CommentRequest { Body = "@ana can you own the follow-up?" }, await Seeded.ActorAsync(db, "dana"));
        var inbox = Queries(db);
        var ana = await IdOf(db, "ana");

        var waiting = Assert.Single((await inbox.ForPersonAsync(ana)).Items, i => i.Kind == InboxItemKind.Comment);
        Assert.Equal($"/plans/{plan.Id}/comments#comment-{thread.Id}", waiting.Link);
        Assert.Contains("can you own the follow-up?", waiting.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain((await inbox.ForPersonAsync(await IdOf(db, "ben"))).Items, i => i.Kind == InboxItemKind.Comment);

        await comments.ReplyAsync(plan.Id, thread.Id, new CommentBodyRequest { Body = "Yes, from Monday." }, await Seeded.ActorAsync(db, "ana"));

        Assert.DoesNotContain((await inbox.ForPersonAsync(ana)).Items, i => i.Kind == InboxItemKind.Comment);
    }

    [DbFact]
    public async Task A_review_asks_its_runner_to_prepare_it_then_to_write_it_up_until_it_is_held()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var plan = await new PlanCommands(db, Seeded.Clock).CreateAsync(Seeded.TeamPlan());
        var reviews = new ReviewCommands(db, Seeded.Clock);
        var today = new DateOnly(2026, 11, 22);
        var coming = await reviews.CreateAsync(plan.Id, new ReviewRequest { Kind = ReviewKind.Tactical, Date = today.AddDays(3) });
        var past = await reviews.CreateAsync(plan.Id, new ReviewRequest { Kind = ReviewKind.OneOnOne, Date = today.AddDays(-2), Person = "ana" });
        await reviews.CreateAsync(plan.Id, new ReviewRequest { Kind = ReviewKind.Tactical, Date = today.AddDays(20) });
        var inbox = Queries(db);
        var dana = await IdOf(db, "dana");

        var items = (await inbox.ForPersonAsync(dana, today)).Items.Where(i => i.Kind == InboxItemKind.Review).ToList();
        Assert.Equal([$"review:{past.Id}:writeup", $"review:{coming.Id}:prepare"], items.Select(i => i.Key));
        Assert.True(items[0].IsOverdue(today));
        // Ana was coached two days ago: writing it up is her manager's, not hers.
        Assert.DoesNotContain((await inbox.ForPersonAsync(await IdOf(db, "ana"), today)).Items, i => i.Kind == InboxItemKind.Review);

        await reviews.UpdateAsync(plan.Id, past.Id, new ReviewRequest { Kind = ReviewKind.OneOnOne, Date = today.AddDays(-2), Person = "ana", Held = true, Notes = "Talked pipeline." });

        Assert.Equal([$"review:{coming.Id}:prepare"], (await inbox.ForPersonAsync(dana, today)).Items.Where(i => i.Kind == InboxItemKind.Review).Select(i => i.Key));
    }

    [DbFact]
    public async Task Where_a_person_lands_is_their_choice_or_their_roles_default()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var homes = new HomeCommands(db);
        var (ana, dana) = (await IdOf(db, "ana"), await IdOf(db, "dana"));

        Assert.Equal(new PersonHomeDetails(PersonHome.Inbox, false), await homes.GetAsync(ana));
        Assert.Equal("/home/team", (await homes.GetAsync(dana)).Path);
        Assert.Equal("/plans", (await homes.GetAsync(null)).Path);

        await homes.ChangeAsync(ana, PersonHome.MyDay);
        Assert.Equal(new PersonHomeDetails(PersonHome.MyDay, true), await homes.GetAsync(ana));
        Assert.Equal("/activities", (await homes.GetAsync(ana)).Path);
        await homes.ChangeAsync(ana, null);
        Assert.Equal(new PersonHomeDetails(PersonHome.Inbox, false), await homes.GetAsync(ana));
        var refused = await Assert.ThrowsAsync<Domain.DomainRuleException>(() => homes.ChangeAsync(ana, (PersonHome)42));
        Assert.Equal("home", refused.Field);
        // A rep may not land on a manager's home.
        refused = await Assert.ThrowsAsync<Domain.DomainRuleException>(() => homes.ChangeAsync(ana, PersonHome.Team));
        Assert.Equal("home", refused.Field);
    }
}
