using Gameplan.Core.Goals;
using Gameplan.Core.Plans;
using Gameplan.Core.Strategies;
using Gameplan.Core.Tests.Support;

namespace Gameplan.Core.Tests.Plans;

/// <summary>Several writers on one plan at once, each through its own context (as two requests or two app instances).</summary>
public sealed class PlanConcurrencyTests
{
    [DbFact]
    public async Task Twenty_goals_added_to_one_plan_at_the_same_moment_are_all_saved_with_distinct_keys()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (organization, planId) = await ArrangeAsync(database);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var adds = Enumerable.Range(1, 20).Select(i => Task.Run(async () =>
        {
            await start.Task;
            await using var db = database.Open(organization);
            return await new GoalCommands(db, Seeded.Clock).CreateAsync(planId, new GoalRequest { Title = $"Goal {i}" });
        })).ToList();
        start.SetResult();
        var added = await Task.WhenAll(adds);

        await using var check = database.Open(organization);
        var goals = (await new PlanQueries(check).GetAsync(planId)).Goals;
        Assert.Equal(20, goals.Count);
        Assert.Equal(20, goals.Select(g => g.Key).Distinct().Count());
        Assert.Equal(added.Select(g => g.Title).Order(), goals.Select(g => g.Title).Order());
    }

    [DbFact]
    public async Task A_change_made_against_an_older_version_of_a_goal_is_refused_and_changes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (organization, planId) = await ArrangeAsync(database);
        await using var db = database.Open(organization);
        var goals = new GoalCommands(db, Seeded.Clock);
        var read = await goals.CreateAsync(planId, new GoalRequest { Title = "Win 80 clinics" });
        await goals.UpdateAsync(planId, read.Id, new GoalRequest { Title = "Win 90 clinics" }, null, [read.ETag]);

        var stale = await Assert.ThrowsAsync<PreconditionFailedException>(() =>
            goals.UpdateAsync(planId, read.Id, new GoalRequest { Title = "Win 70 clinics" }, null, [read.ETag]));
        await Assert.ThrowsAsync<PreconditionFailedException>(() => goals.DeleteAsync(planId, read.Id, [read.ETag]));

        Assert.Equal("goal", stale.What);
        await using var fresh = database.Open(organization);
        Assert.Equal("Win 90 clinics", (await new PlanQueries(fresh).GetGoalAsync(planId, read.Id)).Title);
    }

    [DbFact]
    public async Task Changing_one_element_leaves_the_tags_of_the_others_and_of_the_plan_header_as_they_were()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (organization, planId) = await ArrangeAsync(database);
        await using var db = database.Open(organization);
        var goals = new GoalCommands(db, Seeded.Clock);
        var a = await goals.CreateAsync(planId, new GoalRequest { Title = "Win 80 clinics" });
        var b = await goals.CreateAsync(planId, new GoalRequest { Title = "Keep churn under 5%" });
        var planBefore = await new PlanQueries(db).GetAsync(planId);

        var changed = await goals.UpdateAsync(planId, a.Id, new GoalRequest { Title = "Win 90 clinics" }, null, [a.ETag]);
        await new StrategyCommands(db, Seeded.Clock).CreateAsync(planId, new StrategyRequest { Statement = "Sell to multi-site clinics.", Goals = [b.Key] });

        await using var fresh = database.Open(organization);
        var plan = await new PlanQueries(fresh).GetAsync(planId);
        Assert.NotEqual(a.ETag, changed.ETag);
        Assert.Equal(changed.ETag, plan.Goals.Single(g => g.Id == a.Id).ETag);
        Assert.Equal(b.ETag, plan.Goals.Single(g => g.Id == b.Id).ETag);
        Assert.Equal(planBefore.ETag, plan.ETag);
        Assert.NotEqual(planBefore.Version, plan.Version);
    }

    [DbFact]
    public async Task A_plan_header_saved_against_an_older_version_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (organization, planId) = await ArrangeAsync(database);
        await using var db = database.Open(organization);
        var plans = new PlanCommands(db, Seeded.Clock);
        var read = await new PlanQueries(db).GetAsync(planId);
        await plans.UpdateAsync(planId, Seeded.TeamPlan("East 2027, revised"), null, [read.ETag]);

        await Assert.ThrowsAsync<PreconditionFailedException>(() => plans.UpdateAsync(planId, Seeded.TeamPlan("East 2027, mine"), null, [read.ETag]));
        await Assert.ThrowsAsync<PreconditionFailedException>(() => plans.DeleteAsync(planId, [read.ETag]));

        await using var fresh = database.Open(organization);
        Assert.Equal("East 2027, revised", (await new PlanQueries(fresh).GetAsync(planId)).Name);
    }

    private static async Task<(int Organization, int PlanId)> ArrangeAsync(TestDatabase database)
    {
        await using var db = await database.MigratedAsync();
        var organization = await Seeded.OrganizationAsync(db);
        var plan = await new PlanCommands(db, Seeded.Clock).CreateAsync(Seeded.TeamPlan());
        return (organization, plan.Id);
    }
}
