using Gameplan.Core.Commitments;
using Gameplan.Core.Goals;
using Gameplan.Core.Plans;
using Gameplan.Core.Strategies;
using Gameplan.Core.Tactics;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Tests.Plans;

public sealed class PlanCommandsTests
{
    [DbFact]
    public async Task A_plan_built_element_by_element_reads_back_as_one_tree()
    {
        await using var database = await TestDatabase.CreateAsync();
        int planId;
        await using (var db = await database.MigratedAsync())
        {
            await Seeded.OrganizationAsync(db);
            var plan = await new PlanCommands(db, Seeded.Clock).CreateAsync(Seeded.TeamPlan());
            planId = plan.Id;
            await new GoalCommands(db, Seeded.Clock).CreateAsync(planId, new GoalRequest
            {
                Title = "Reach 80 paying clinics",
                Metric = "customers",
                Unit = "count",
                Baseline = 42,
                Target = 80,
                Due = new DateOnly(2027, 12, 31),
                Dri = "dana",
            });
            var strategy = await new StrategyCommands(db, Seeded.Clock).CreateAsync(planId, new StrategyRequest
            {
                Statement = "Win multi-site clinics through value-based selling.",
                Dri = "dana",
                Goals = ["g1"],
            });
            var tactic = await new TacticCommands(db, Seeded.Clock).CreateAsync(planId, strategy.Id, new TacticRequest
            {
                Action = "Prospect for one hour every working day.",
                Owner = "team",
                Authors = ["ana", "ben"],
                Start = new DateOnly(2027, 1, 4),
                Due = new DateOnly(2027, 3, 31),
                Resources = ["Sales Navigator seats"],
            });
            await new CommitmentCommands(db, Seeded.Clock).CreateAsync(planId, tactic.Id, new CommitmentRequest
            {
                Metric = "prospecting_minutes",
                Unit = "minutes",
                Target = 60,
                Per = CommitmentPer.Day,
                Assignees = AssigneeMode.Team,
            });
        }

        await using var fresh = database.Open(organization: null);
        fresh.OrganizationScope = fresh.Organizations.Single().Id;
        var details = await new PlanQueries(fresh).GetAsync(planId);

        Assert.Equal("East", details.Team);
        Assert.Equal("dana", details.Owner);
        var goal = Assert.Single(details.Goals);
        Assert.Equal(("g1", 80m, "dana"), (goal.Key, goal.Target, goal.Dri));
        var strategy2 = Assert.Single(details.Strategies);
        Assert.Equal(["g1"], strategy2.Goals);
        var tactic2 = Assert.Single(strategy2.Tactics);
        Assert.Equal(("t1", "team"), (tactic2.Key, tactic2.Owner));
        Assert.Equal(["ana", "ben"], tactic2.Authors.Order());
        Assert.Equal(["Sales Navigator seats"], tactic2.Resources);
        var commitment = Assert.Single(tactic2.Commitments);
        Assert.Equal((60m, CommitmentPer.Day, AssigneeMode.Team), (commitment.Target, commitment.Per, commitment.Assignees));
    }

    [DbFact]
    public async Task Resources_not_stated_and_none_needed_stay_different_after_saving()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var plan = await new PlanCommands(db, Seeded.Clock).CreateAsync(Seeded.TeamPlan());
        var strategy = await new StrategyCommands(db, Seeded.Clock).CreateAsync(plan.Id, new StrategyRequest { Statement = "Lead with compliance." });
        var tactics = new TacticCommands(db, Seeded.Clock);
        await tactics.CreateAsync(plan.Id, strategy.Id, new TacticRequest { Action = "Call renewals.", Resources = null });
        await tactics.CreateAsync(plan.Id, strategy.Id, new TacticRequest { Action = "Email renewals.", Resources = [] });

        db.ChangeTracker.Clear();
        var saved = (await new PlanQueries(db).GetAsync(plan.Id)).Strategies.Single().Tactics;

        Assert.Null(saved[0].Resources);
        Assert.NotNull(saved[1].Resources);
        Assert.Empty(saved[1].Resources!);
    }

    [DbFact]
    public async Task An_unknown_handle_is_refused_naming_the_field()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var plan = await new PlanCommands(db, Seeded.Clock).CreateAsync(Seeded.TeamPlan());

        var error = await Assert.ThrowsAsync<DomainRuleException>(() =>
            new GoalCommands(db, Seeded.Clock).CreateAsync(plan.Id, new GoalRequest { Title = "Grow", Dri = "zoe" }));

        Assert.Equal("dri", error.Field);
        Assert.Contains("zoe", error.Message);
    }

    [DbFact]
    public async Task A_closed_plan_refuses_changes_until_reopened()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var commands = new PlanCommands(db, Seeded.Clock);
        var plan = await commands.CreateAsync(Seeded.TeamPlan());
        foreach (var step in new[] { PlanTransition.Submit, PlanTransition.Approve, PlanTransition.Close })
        {
            await commands.TransitionAsync(plan.Id, step);
        }

        await Assert.ThrowsAsync<DomainRuleException>(() =>
            new GoalCommands(db, Seeded.Clock).CreateAsync(plan.Id, new GoalRequest { Title = "Late goal" }));
        await commands.TransitionAsync(plan.Id, PlanTransition.Reopen);
        var goal = await new GoalCommands(db, Seeded.Clock).CreateAsync(plan.Id, new GoalRequest { Title = "Late goal" });

        Assert.Equal("g1", goal.Key);
    }

    [DbFact]
    public async Task A_stale_writer_is_refused_instead_of_overwriting_a_newer_change()
    {
        await using var database = await TestDatabase.CreateAsync();
        int planId;
        await using (var setup = await database.MigratedAsync())
        {
            await Seeded.OrganizationAsync(setup);
            planId = (await new PlanCommands(setup, Seeded.Clock).CreateAsync(Seeded.TeamPlan())).Id;
        }
        await using var first = database.Open();
        await using var second = database.Open();
        first.OrganizationScope = second.OrganizationScope = first.Organizations.Single().Id;
        var firstPlan = await first.LoadPlanAsync(planId, default);
        var secondPlan = await second.LoadPlanAsync(planId, default);

        firstPlan.AddGoal(new GoalFields(null, "From the first writer", null, null, null, null, null, null), Seeded.Clock.GetUtcNow());
        await first.SaveAsync(default);
        secondPlan.AddGoal(new GoalFields(null, "From the second writer", null, null, null, null, null, null), Seeded.Clock.GetUtcNow());

        var conflict = await Assert.ThrowsAsync<DomainRuleException>(() => second.SaveAsync(default));
        Assert.Contains("reload", conflict.Message);
    }
}
