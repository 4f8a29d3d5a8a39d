using Gameplan.Core.Cycles;
using Gameplan.Core.Demo;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Teams;
using Gameplan.Core.Versions;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain.Access;
using Gameplan.Domain.Comments;
using Gameplan.Domain.Cycles;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Versions;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Demo;

public sealed class DemoOrganizationTests
{
    [DbFact]
    public async Task The_demo_has_an_executive_two_managers_six_reps_two_teams_and_a_full_plan()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();

        var organization = await new DemoOrganization(db, Seeded.Clock).SeedIfEmptyAsync();

        db.OrganizationScope = organization;
        var people = await new PeopleQueries(db).ListAsync();
        Assert.Equal(1, people.Count(p => p.Role == PersonRole.Executive));
        Assert.Equal(2, people.Count(p => p.Role == PersonRole.Manager));
        Assert.Equal(6, people.Count(p => p.Role == PersonRole.Rep));
        Assert.Equal(2, (await new TeamQueries(db).ListAsync()).Count);
        var plan = await new PlanQueries(db).GetAsync((await new PlanQueries(db).ListAsync()).Single(p => p.Name.EndsWith(" Sales Plan", StringComparison.Ordinal)).Id);
        Assert.All([plan.Mission, plan.Background.Current, plan.Background.Desired, plan.Customer.Who, plan.Customer.Values, plan.DesiredResults], Assert.NotNull);
        Assert.All(plan.Goals, g => Assert.NotNull(g.Dri));
        Assert.All(plan.Strategies, s => Assert.NotEmpty(s.Tactics));
        Assert.Contains(plan.Strategies.SelectMany(s => s.Tactics), t => t.Commitments.Count > 0);
        Assert.Equal(new DateOnly(2026, 10, 1), plan.Period.Start);
    }

    [DbFact]
    public async Task The_demos_next_fiscal_year_is_a_planning_cycle_with_plans_in_every_state_aligned_with_comments_and_versions()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        db.OrganizationScope = await new DemoOrganization(db, Seeded.Clock).SeedIfEmptyAsync();
        var cycles = new CycleQueries(db, Seeded.Clock);
        var cycle = Assert.Single(await cycles.ListAsync());

        var board = await cycles.BoardAsync(cycle.Id, new Actor(null, PersonRole.Executive, [], new HashSet<int>()));

        Assert.Equal(CycleStatus.Approved, board.OrganizationStatus);
        var people = board.Teams.SelectMany(t => t.People).Where(p => p.Role == PersonRole.Rep).ToList();
        Assert.Equal(6, people.Count);
        Assert.Equal(
            [CycleStatus.None, CycleStatus.Draft, CycleStatus.InReview, CycleStatus.Returned, CycleStatus.Approved],
            people.Select(p => p.Status).Distinct().Order());
        Assert.Equal([CycleStatus.Approved, CycleStatus.InReview], board.Teams.Select(t => t.Status).Order().ToArray().Reverse());
        // The teams' plans give part of the company's goals (so a newcomer sees coverage short of 100%), the reps' part of their team's.
        var customers = board.OrganizationCoverage.Single(c => c.Goal == "g2");
        Assert.Equal((120m, 180m), (customers.Covered, customers.Target));
        Assert.All(board.Teams, t => Assert.Contains(t.Coverage, c => c.Covered > 0 && c.Ratio < 1));

        var plans = await db.Plans.Where(p => p.PeriodStart == cycle.PeriodStart).ToListAsync();
        Assert.All(plans.Where(p => p.Scope != PlanScope.Organization), p => Assert.NotNull(p.ParentPlanId));
        var returned = plans.Single(p => p.Name.EndsWith("Nia Brooks", StringComparison.Ordinal));
        var reason = await db.Comments.SingleAsync(c => c.PlanId == returned.Id && c.Purpose == CommentPurpose.Return);
        Assert.Contains(await db.Comments.ToListAsync(), c => c.ThreadId == reason.Id);
        var versions = await new VersionQueries(db).ListAsync(returned.Id);
        Assert.Equal(PlanVersionKind.Submitted, Assert.Single(versions).Kind);
        // The fix the rep started after the return is a change since that version.
        var diff = await new VersionQueries(db).DiffAsync(returned.Id, 1, null);
        Assert.Contains(diff.Changes, c => c.Path.Contains("t3", StringComparison.Ordinal));
    }

    [DbFact]
    public async Task The_demo_has_weeks_of_check_ins_on_its_active_plan_and_one_rep_who_stopped_three_weeks_ago()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        db.OrganizationScope = await new DemoOrganization(db, Seeded.Clock).SeedIfEmptyAsync();

        var byPerson = (await db.CheckIns.Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new { p.Handle, c.Week }).ToListAsync())
            .GroupBy(c => c.Handle).ToDictionary(g => g.Key, g => g.Max(c => c.Week));

        // Today is Sunday 22 November 2026; check-ins are due on Fridays, the last one due was on the 20th.
        Assert.Equal(["jonas", "lena", "mateo", "nia", "ravi", "rosa", "sofia"], byPerson.Keys.Order());
        Assert.All(byPerson.Where(p => p.Key != "jonas"), p => Assert.Equal(new DateOnly(2026, 11, 20), p.Value));
        Assert.Equal(new DateOnly(2026, 11, 6), byPerson["jonas"]);
        Assert.True(await db.CheckIns.CountAsync() > 30, "a few weeks each");
        var plan = await new PlanQueries(db).ListAsync();
        var critique = await new Critique.CritiqueQueries(db, new PlanQueries(db), Seeded.Clock).ForPlanAsync(plan.Single(p => p.Name.EndsWith(" Sales Plan", StringComparison.Ordinal)).Id);
        Assert.Equal(["jonas has not checked in for 2 weeks in a row (last on 2026-11-06)."], critique.Findings.Where(f => f.Rule == "GP503").Select(f => f.Message));
    }

    [DbFact]
    public async Task The_demo_runs_a_review_cadence_with_kept_agendas_carried_action_items_and_a_one_on_one_prepared_from_both_sides()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        db.OrganizationScope = await new DemoOrganization(db, Seeded.Clock).SeedIfEmptyAsync();
        var plan = await new PlanQueries(db).GetAsync((await new PlanQueries(db).ListAsync()).Single(p => p.Name.EndsWith(" Sales Plan", StringComparison.Ordinal)).Id);
        var workspaces = new Core.Reviews.ReviewWorkspaceQueries(db, Seeded.Clock);
        var rosa = await Seeded.ActorAsync(db, "rosa");
        var tactical = plan.Reviews.Where(r => r.Kind == ReviewKind.Tactical).ToList();

        var held = await workspaces.GetAsync(plan.Id, tactical[0].Id, rosa);
        var next = await workspaces.GetAsync(plan.Id, tactical[1].Id, rosa);
        var coaching = await workspaces.GetAsync(plan.Id, plan.Reviews.Single(r => r.Kind == ReviewKind.OneOnOne).Id, await Seeded.ActorAsync(db, "nia"));

        Assert.True(held.Held);
        Assert.NotNull(held.SnapshotTakenAt);
        Assert.NotEmpty(held.Decisions);
        Assert.Contains(held.ActionItems, i => i.Done);
        Assert.Contains(held.ActionItems, i => !i.Done);
        Assert.Equal(held.ActionItems.Where(i => !i.Done).Select(i => i.Id), next.CarriedForward.Select(i => i.Id));
        Assert.Null(next.SnapshotTakenAt);
        Assert.NotEmpty(next.TalkingPoints);
        Assert.Equal(["nia", "omar"], coaching.TalkingPoints.Select(t => t.Author));
        Assert.True(coaching.Can.AddTalkingPoint);
        await Assert.ThrowsAsync<AccessDeniedException>(async () => await workspaces.GetAsync(plan.Id, coaching.Review.Id, await Seeded.ActorAsync(db, "lena")));
    }

    [DbFact]
    public async Task Seeding_is_skipped_when_the_database_has_an_organisation_and_is_idempotent_by_name()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        db.UseAllOrganizations();
        var demo = new DemoOrganization(db, Seeded.Clock);

        var onFirstStart = await demo.SeedIfEmptyAsync();
        var first = await demo.SeedAsync();
        var second = await demo.SeedAsync();

        Assert.Null(onFirstStart);
        Assert.True(first.Created);
        Assert.Equal((first.Id, false), second);
        Assert.Equal(2, await db.Organizations.CountAsync());
    }

    [Theory]
    [InlineData("2026-11-22", "2026-10-01")]
    [InlineData("2026-11-11", "2026-09-01")]
    [InlineData("2027-02-10", "2026-12-01")]
    [InlineData("2028-04-11", "2028-02-01")]
    public void The_demo_plan_started_on_the_first_of_the_month_at_least_six_weeks_ago(string today, string start) =>
        Assert.Equal(DateOnly.Parse(start), DemoOrganization.PeriodStart(DateOnly.Parse(today)));
}
