using Gameplan.Core.Funnels;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Funnels;

public sealed class FunnelCommandsTests
{
    [DbFact]
    public async Task A_plan_takes_its_own_funnel_over_its_teams_over_the_organisations_and_falls_back_when_one_is_cleared()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await FunnelArrangement.CreateAsync(db);
        Assert.Equal(FunnelSource.None, (await a.Queries.EffectiveFunnelAsync(a.PlanId)).Source);

        await a.Commands.SetForOrganizationAsync(FunnelArrangement.Request(callsRate: 0.1m), await a.ActorAsync("erin"));
        await a.Commands.SetForTeamAsync(a.East, FunnelArrangement.Request(callsRate: 0.2m), await a.ActorAsync("dana"));
        await a.Commands.SetForPlanAsync(a.PlanId, FunnelArrangement.Request(callsRate: 0.3m), await a.ActorAsync("dana"));
        db.ChangeTracker.Clear();

        var own = await a.Queries.EffectiveFunnelAsync(a.PlanId);
        Assert.Equal((FunnelSource.Plan, 0.3m), (own.Source, own.Funnel!.Stages[0].Rate));
        await a.Commands.ClearForPlanAsync(a.PlanId, await a.ActorAsync("dana"));
        var team = await a.Queries.EffectiveFunnelAsync(a.PlanId);
        Assert.Equal((FunnelSource.Team, "East", 0.2m), (team.Source, team.Team, team.Funnel!.Stages[0].Rate));
        Assert.Equal(FunnelSource.Organization, (await a.Queries.ForTeamAsync(a.West)).Source);
        await a.Commands.ClearForTeamAsync(a.East, await a.ActorAsync("dana"));
        var organization = await a.Queries.EffectiveFunnelAsync(a.PlanId);
        Assert.Equal((FunnelSource.Organization, 0.1m, 10_000m, "USD", 30), (organization.Source, organization.Funnel!.Stages[0].Rate,
            organization.Funnel.DealValue!.Value, organization.Funnel.Currency, organization.Funnel.CycleDays!.Value));
        await a.Commands.ClearForOrganizationAsync(await a.ActorAsync("erin"));
        Assert.Equal(EffectiveFunnel.None, await a.Queries.EffectiveFunnelAsync(a.PlanId));
    }

    [DbFact]
    public async Task A_team_funnel_reaches_the_plans_of_the_teams_below_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await FunnelArrangement.CreateAsync(db);
        var east = await db.Teams.SingleAsync(t => t.Id == a.East);
        east.MoveUnder(a.West, id => id == a.West ? null : (int?)null);
        await db.SaveChangesAsync();

        await a.Commands.SetForTeamAsync(a.West, FunnelArrangement.Request(), null);

        var effective = await a.Queries.EffectiveFunnelAsync(a.PlanId);
        Assert.Equal((FunnelSource.Team, a.West, "West"), (effective.Source, effective.TeamId, effective.Team));
    }

    [DbTheory]
    [InlineData("organization", "dana", false)]
    [InlineData("organization", "ana", false)]
    [InlineData("organization", "erin", true)]
    [InlineData("team", "dana", true)]
    [InlineData("team", "wes", false)]
    [InlineData("team", "ana", false)]
    [InlineData("team", "erin", true)]
    [InlineData("plan", "dana", true)]
    [InlineData("plan", "ana", false)]
    [InlineData("plan", "wes", false)]
    [InlineData("plan", "erin", true)]
    public async Task Only_those_allowed_to_change_what_the_funnel_is_set_on_set_or_clear_it(string on, string who, bool allowed)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await FunnelArrangement.CreateAsync(db);
        var actor = await a.ActorAsync(who);
        Func<Task> set = on switch
        {
            "organization" => () => a.Commands.SetForOrganizationAsync(FunnelArrangement.Request(), actor),
            "team" => () => a.Commands.SetForTeamAsync(a.East, FunnelArrangement.Request(), actor),
            _ => () => a.Commands.SetForPlanAsync(a.PlanId, FunnelArrangement.Request(), actor),
        };
        Func<Task> clear = on switch
        {
            "organization" => () => a.Commands.ClearForOrganizationAsync(actor),
            "team" => () => a.Commands.ClearForTeamAsync(a.East, actor),
            _ => () => a.Commands.ClearForPlanAsync(a.PlanId, actor),
        };

        if (allowed)
        {
            await set();
            Assert.Equal(1, await db.Funnels.CountAsync());
            await clear();
            Assert.Equal(0, await db.Funnels.CountAsync());
        }
        else
        {
            await Assert.ThrowsAsync<AccessDeniedException>(set);
            await Assert.ThrowsAsync<AccessDeniedException>(clear);
            Assert.Equal(0, await db.Funnels.CountAsync());
        }
    }

    [DbTheory]
    [InlineData(1.5, 0.5, "funnel.stages[0].rate")]
    [InlineData(0.2, 0, "funnel.stages[1].rate")]
    public async Task An_impossible_rate_is_refused_naming_its_stage_and_nothing_is_stored(double calls, double meetings, string field)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await FunnelArrangement.CreateAsync(db);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            a.Commands.SetForPlanAsync(a.PlanId, FunnelArrangement.Request((decimal)calls, (decimal)meetings), null));

        Assert.Equal(field, refused.Field);
        Assert.Equal(0, await db.Funnels.CountAsync());
    }

    [DbFact]
    public async Task Missing_stages_a_bad_currency_and_a_negative_cycle_are_refused_naming_the_field()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await FunnelArrangement.CreateAsync(db);

        Assert.Equal("funnel.stages", (await Assert.ThrowsAsync<DomainRuleException>(() =>
            a.Commands.SetForOrganizationAsync(new FunnelRequest { DealValue = 1, Stages = null }, null))).Field);
        Assert.Equal("funnel.currency", (await Assert.ThrowsAsync<DomainRuleException>(() =>
            a.Commands.SetForOrganizationAsync(FunnelArrangement.Request() with { Currency = "dollars" }, null))).Field);
        Assert.Equal("funnel.cycle_days", (await Assert.ThrowsAsync<DomainRuleException>(() =>
            a.Commands.SetForOrganizationAsync(FunnelArrangement.Request(cycle: -1), null))).Field);
        Assert.Equal(0, await db.Funnels.CountAsync());
    }

    [DbFact]
    public async Task A_change_made_against_an_older_version_is_refused_and_the_current_one_is_kept()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await FunnelArrangement.CreateAsync(db);
        var first = await a.Commands.SetForPlanAsync(a.PlanId, FunnelArrangement.Request(callsRate: 0.3m), null);
        var second = await a.Commands.SetForPlanAsync(a.PlanId, FunnelArrangement.Request(callsRate: 0.4m) with { Version = first.Funnel!.Version }, null);

        await Assert.ThrowsAsync<PreconditionFailedException>(() =>
            a.Commands.SetForPlanAsync(a.PlanId, FunnelArrangement.Request(callsRate: 0.5m) with { Version = first.Funnel.Version }, null));
        await Assert.ThrowsAsync<PreconditionFailedException>(() => a.Commands.ClearForPlanAsync(a.PlanId, null, first.Funnel.Version));

        db.ChangeTracker.Clear();
        var stored = (await a.Queries.EffectiveFunnelAsync(a.PlanId)).Funnel!;
        Assert.Equal((0.4m, second.Funnel!.Version), (stored.Stages[0].Rate, stored.Version));
        Assert.NotEqual(first.Funnel.Version, second.Funnel.Version);
    }

    [DbFact]
    public async Task Another_organisations_funnel_is_invisible_and_its_plan_is_not_found()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await FunnelArrangement.CreateAsync(db);
        await a.Commands.SetForOrganizationAsync(FunnelArrangement.Request(), null);
        await using var other = database.Open();
        other.OrganizationScope = await Seeded.OrganizationAsync(other, "Other Co");

        Assert.Equal(EffectiveFunnel.None, await new FunnelQueries(other, Seeded.Clock).ForOrganizationAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => new FunnelCommands(other).SetForPlanAsync(a.PlanId, FunnelArrangement.Request(), null));
        await Assert.ThrowsAsync<NotFoundException>(() => new FunnelQueries(other, Seeded.Clock).ModelAsync(a.PlanId));
    }
}
