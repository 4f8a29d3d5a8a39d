using Gameplan.Core.Critique;
using Gameplan.Core.Organizations;
using Gameplan.Core.Plans;
using Gameplan.Core.Strategies;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain;

namespace Gameplan.Core.Tests.Organizations;

/// <summary>Critique settings stored per organisation and per plan, and which of them the critique of a stored plan uses.</summary>
public sealed class OrganizationSettingsTests
{
    [DbFact]
    public async Task Settings_saved_for_the_organisation_read_back_the_same_from_a_fresh_context()
    {
        await using var database = await TestDatabase.CreateAsync();
        int organization;
        await using (var db = await database.MigratedAsync())
        {
            organization = await Seeded.OrganizationAsync(db);
            await new OrganizationCommands(db).ChangeSettingsAsync(new PlanningSettingsInput
            {
                PlanningWindowDays = 0,
                MaxStrategies = 3,
                WorkingDays = ["fri", "mon"],
                Holidays = [new DateOnly(2027, 12, 24)],
                Rollup = "weakest",
            });
        }

        await using var fresh = database.Open(organization);
        var read = await new OrganizationQueries(fresh).GetSettingsAsync();

        Assert.Equal((0, 3, (int?)null, "weakest"), (read.PlanningWindowDays!.Value, read.MaxStrategies!.Value, read.TacticalReviewDays, read.Rollup));
        Assert.Equal(["mon", "fri"], read.WorkingDays!);
        Assert.Equal([new DateOnly(2027, 12, 24)], read.Holidays!);
    }

    [DbFact]
    public async Task A_bad_organisation_setting_is_refused_naming_it_and_nothing_changes()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var commands = new OrganizationCommands(db);
        await commands.ChangeSettingsAsync(new PlanningSettingsInput { MaxStrategies = 4 });

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => commands.ChangeSettingsAsync(new PlanningSettingsInput { Rollup = "median" }));

        Assert.Equal("rollup", refusal.Field);
        Assert.Equal(4, (await new OrganizationQueries(db).GetSettingsAsync()).MaxStrategies);
    }

    [DbFact]
    public async Task The_critique_uses_the_plan_setting_over_the_organisation_setting_over_the_default()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var plans = new PlanCommands(db, Seeded.Clock);
        var plan = await plans.CreateAsync(Seeded.TeamPlan());
        var strategies = new StrategyCommands(db, Seeded.Clock);
        foreach (var statement in new[] { "Win multi-site clinics through value-based selling.", "Win rural clinics through partner resellers.", "Win dental groups through a referral programme." })
        {
            await strategies.CreateAsync(plan.Id, new StrategyRequest { Statement = statement, Dri = "dana" });
        }
        var critique = new CritiqueQueries(db, new PlanQueries(db), Seeded.Clock);
        async Task<bool> TooManyAsync() => (await critique.ForPlanAsync(plan.Id, new DateOnly(2027, 2, 1))).Findings.Any(f => f.Rule == "GP401");

        var underDefault = await TooManyAsync();
        await new OrganizationCommands(db).ChangeSettingsAsync(new PlanningSettingsInput { MaxStrategies = 2 });
        var underOrganization = await TooManyAsync();
        await plans.UpdateAsync(plan.Id, Seeded.TeamPlan() with { Settings = new PlanningSettingsInput { MaxStrategies = 3 } });
        var underPlan = await TooManyAsync();

        Assert.Equal((false, true, false), (underDefault, underOrganization, underPlan));
    }
}
