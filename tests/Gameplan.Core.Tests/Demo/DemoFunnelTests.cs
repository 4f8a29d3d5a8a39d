using Gameplan.Core.Critique;
using Gameplan.Core.Demo;
using Gameplan.Core.Funnels;
using Gameplan.Core.Plans;
using Gameplan.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Demo;

public sealed class DemoFunnelTests
{
    [DbFact]
    public async Task The_demo_plan_models_its_revenue_and_new_customer_goals_and_the_critique_shows_the_gaps_and_the_optimistic_rate()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        db.OrganizationScope = (await new DemoOrganization(db, Seeded.Clock).SeedIfEmptyAsync())!.Value;
        var plan = await db.Plans.Where(p => p.ParentPlanId == null && p.Scope == Domain.Plans.PlanScope.Organization).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();

        var model = await new FunnelQueries(db, Seeded.Clock).ModelAsync(plan);
        var findings = (await new CritiqueQueries(db, new PlanQueries(db), Seeded.Clock).ForPlanAsync(plan)).Findings;

        Assert.Equal(FunnelSource.Organization, model.Funnel.Source);
        Assert.Equal(["g1", "g2"], model.Goals.Select(g => g.Id));
        Assert.All(model.Goals, goal => Assert.Empty(goal.Errors));
        var meetings = model.Goals[0].MeasuredRates.Single(r => r.From == "meetings" && r.Person is null);
        Assert.True(meetings.Sample >= 30, $"sample {meetings.Sample}");
        Assert.InRange(meetings.Measured!.Value, 0.2m, 0.35m);
        Assert.True(meetings.FarAbove);
        Assert.NotNull(model.Goals[0].Projection);
        Assert.Contains(findings, f => f.Rule == "GP614" && f.Path == "funnel.stages[1]");
        Assert.Contains(findings, f => f.Rule == "GP611");
        Assert.DoesNotContain(findings, f => f.Rule == "GP614" && f.Path == "funnel.stages[0]");
    }
}
