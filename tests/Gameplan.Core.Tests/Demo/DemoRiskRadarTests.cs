using Gameplan.Core.Critique;
using Gameplan.Core.Demo;
using Gameplan.Core.Plans;
using Gameplan.Core.Tests.Support;

namespace Gameplan.Core.Tests.Demo;

/// <summary>The risk radar on the demo's running plan: its real weaknesses stand out, the rest stays low.</summary>
public sealed class DemoRiskRadarTests
{
    [DbFact]
    public async Task The_demo_plan_is_high_on_its_real_weaknesses_and_low_on_the_rest()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        db.OrganizationScope = await new DemoOrganization(db, Seeded.Clock).SeedIfEmptyAsync();
        var plans = new PlanQueries(db);
        var plan = (await plans.ListAsync()).Single(p => p.Name.EndsWith(" Sales Plan", StringComparison.Ordinal));

        var risks = (await new CritiqueQueries(db, plans, Seeded.Clock).ForPlanAsync(plan.Id)).Risks.ToDictionary(r => r.Id);

        // Its commitments give a twentieth of the demos the funnel says the goals need; reps fall behind their pace on five of
        // eleven tactics; seven tactics have commitments someone has not acknowledged.
        Assert.All(["time-requirements", "follow-through", "commitment"], id => Assert.True(risks[id].Score >= 50, $"{id}: {risks[id].Formula}"));
        Assert.True(risks["time-requirements"].Score >= 67, risks["time-requirements"].Formula);
        Assert.Contains("GP611 100x2/3 goals", risks["time-requirements"].Formula, StringComparison.Ordinal);
        // Its mission, customer, links and focus are sound; one optimistic funnel rate and a lapsed check-in are no more than low.
        Assert.All(["customer-understanding", "communication", "resource-competence", "coordination", "focus"],
            id => Assert.True(risks[id].Score <= 33, $"{id}: {risks[id].Formula}"));
    }
}
