using Gameplan.Core.Critique;
using Gameplan.Core.Funnels;
using Gameplan.Core.Pace;
using Gameplan.Core.PlanFiles;
using Gameplan.Core.Plans;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain;
using Gameplan.Domain.Funnels;

namespace Gameplan.Core.Tests.Funnels;

public sealed class FunnelQueriesTests
{
    [DbFact]
    public async Task The_model_of_a_stored_plan_has_the_domains_numbers_for_the_same_plan_rounded_to_two_decimals()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await FunnelArrangement.CreateAsync(db);
        await a.Commands.SetForTeamAsync(a.East, FunnelArrangement.Request(), null);

        var model = await a.Queries.ModelAsync(a.PlanId);
        var whatIf = await a.Queries.ModelAsync(a.PlanId, ["meetings.rate=0.25", "people=4"]);

        var document = await StoredPlanDocuments.ForAsync(db, await new PlanQueries(db).GetAsync(a.PlanId), default);
        Assert.Equal(Numbers(FunnelModel.Of(document, FunnelArrangement.Today)), Numbers(model));
        Assert.Equal(Numbers(FunnelModel.Of(document, FunnelArrangement.Today, FunnelWhatIf.Parse(["meetings.rate=0.25", "people=4"], document.Funnel!))), Numbers(whatIf));
        var revenue = model.Goals.Single(g => g.Id == "g1");
        // 600,000 USD at 10,000 a deal: 60 deals, 240 demos at 0.25, 480 meetings at 0.5, 2,400 calls at 0.2.
        Assert.Equal([2400m, 480m, 240m, 60m], revenue.Stages.Select(s => s.Required));
        Assert.Equal(("600,000 USD", "10,000 USD", "USD"), (revenue.Display.Remaining, revenue.Display.DealValue, revenue.Currency));
        Assert.Null(revenue.Stages[2].Committed);
        Assert.Null(revenue.Stages[2].Coverage);
        Assert.Equal([4800m, 960m], whatIf.Goals.Single(g => g.Id == "g1").Stages.Take(2).Select(s => s.Required));
        Assert.Equal((FunnelSource.Team, "East"), (model.Funnel.Source, model.Funnel.Team));
    }

    [DbFact]
    public async Task A_money_goal_in_another_currency_is_an_error_of_that_goal_only()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await FunnelArrangement.CreateAsync(db);
        await a.Commands.SetForPlanAsync(a.PlanId, FunnelArrangement.Request() with { Currency = "EUR" }, null);

        var model = await a.Queries.ModelAsync(a.PlanId);

        Assert.Equal(["goals[g1].unit"], model.Goals.Single(g => g.Id == "g1").Errors.Select(e => e.Field));
        Assert.Empty(model.Goals.Single(g => g.Id == "g2").Errors);
        Assert.NotEmpty(model.Goals.Single(g => g.Id == "g2").Stages);
    }

    [DbFact]
    public async Task A_what_if_on_a_stage_the_funnel_does_not_have_is_refused_naming_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await FunnelArrangement.CreateAsync(db);

        Assert.Equal("set", (await Assert.ThrowsAsync<DomainRuleException>(() => a.Queries.ModelAsync(a.PlanId, ["calls.rate=0.3"]))).Field);
        await a.Commands.SetForPlanAsync(a.PlanId, FunnelArrangement.Request(), null);
        Assert.Equal("emails.rate", (await Assert.ThrowsAsync<DomainRuleException>(() => a.Queries.ModelAsync(a.PlanId, ["emails.rate=0.3"]))).Field);
    }

    [DbFact]
    public async Task Measured_rates_and_projections_from_the_aggregates_equal_those_from_the_raw_rows()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await FunnelArrangement.CreateAsync(db);
        await a.Commands.SetForPlanAsync(a.PlanId, FunnelArrangement.Request(), null);
        await a.LogAsync("ana", new Dictionary<string, decimal> { ["calls"] = 20, ["meetings"] = 4, ["demos"] = 1.2m, ["deals"] = 0.3m });
        await a.LogAsync("ben", new Dictionary<string, decimal> { ["calls"] = 10, ["meetings"] = 3 });

        var model = await a.Queries.ModelAsync(a.PlanId);

        var document = await StoredPlanDocuments.ForAsync(db, await new PlanQueries(db).GetAsync(a.PlanId), default);
        var people = document.People.Select(p => p.Handle!).Distinct().ToList();
        var raw = await a.RawFactsAsync();
        var rates = FunnelLearning.Rates(document.Funnel!, raw, people, FunnelArrangement.Today);
        var report = FunnelModel.Of(document, FunnelArrangement.Today);
        var projections = FunnelLearning.Project(document.Funnel!, report, rates, raw, people, FunnelArrangement.Today,
            Domain.Pace.WorkingCalendar.Of(document.Settings), new Dictionary<string, decimal> { ["g1"] = 600_000m, ["g2"] = 150m });
        var revenue = model.Goals.Single(g => g.Id == "g1");
        Assert.Equal(
            rates.Select(r => (r.From, r.Person, r.Sample, r.Converted, Domain.Numbers.Round(r.Measured, 3), r.IsFarAbove)),
            revenue.MeasuredRates.Select(r => (r.From, r.Person, r.Sample, r.Converted, r.Measured, r.FarAbove)));
        var projected = projections.Single(p => p.GoalId == "g1");
        Assert.Equal(Domain.Numbers.Round(projected.Projected, 2), revenue.Projection!.Projected);
        Assert.True(projected.UsesMeasured);
        // meetings -> demos: 1.2 a day against 4 (0.3, sample 360 >= 30) where 0.5 is assumed: far above.
        var meetings = revenue.MeasuredRates.Single(r => r.From == "meetings" && r.Person is null);
        Assert.True(meetings is { Reliable: true, FarAbove: true });
        // The demos goal converts nothing past its own stage: no demos -> deals rate.
        Assert.DoesNotContain(model.Goals.Single(g => g.Id == "g2").MeasuredRates, r => r.From == "demos");
    }

    [DbFact]
    public async Task An_organisation_plan_measures_everyone_in_the_organisation_and_a_team_plan_its_people()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await FunnelArrangement.CreateAsync(db);
        await a.Commands.SetForOrganizationAsync(FunnelArrangement.Request(), null);
        // wes (West) is in neither the East plan's people nor its team.
        await a.LogAsync("wes", new Dictionary<string, decimal> { ["calls"] = 10, ["meetings"] = 2 });
        var company = FunnelArrangement.File() with
        {
            Plan = FunnelArrangement.File().Plan with { Name = "Company 2027", Scope = "organization", Team = null, Owner = "erin" },
        };
        var organizationPlan = (await new PlanFileImporter(db, Seeded.Clock).ImportAsync(company)).PlanId;
        db.ChangeTracker.Clear();

        var team = (await a.Queries.ModelAsync(a.PlanId)).Goals.Single(g => g.Id == "g1").MeasuredRates;
        var everyone = (await a.Queries.ModelAsync(organizationPlan)).Goals.Single(g => g.Id == "g1").MeasuredRates;

        Assert.DoesNotContain(team, r => r.Person == "wes");
        Assert.Contains(everyone, r => r.Person == "wes" && r.From == "calls" && r.Sample > 0);
        // The organisation's calls -> meetings: wes's 2 meetings for 10 calls a day are the only ones logged.
        Assert.Equal(0.2m, everyone.Single(r => r.Person is null && r.From == "calls").Measured);
    }

    [DbFact]
    public async Task The_critique_of_a_stored_plan_runs_the_funnel_rules_on_its_effective_funnel_and_logged_activity()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await FunnelArrangement.CreateAsync(db);
        var critique = new CritiqueQueries(db, new PlanQueries(db), Seeded.Clock);
        Assert.DoesNotContain((await critique.ForPlanAsync(a.PlanId, FunnelArrangement.Today)).Findings, f => f.Rule.StartsWith("GP61", StringComparison.Ordinal));

        // 5% of calls become meetings: 9,600 calls for 600,000 USD, where ana commits to some 4,800 in the window.
        await a.Commands.SetForOrganizationAsync(FunnelArrangement.Request(callsRate: 0.05m), null);
        await a.LogAsync("ana", new Dictionary<string, decimal> { ["calls"] = 20, ["meetings"] = 4, ["demos"] = 1.2m });
        var rules = (await critique.ForPlanAsync(a.PlanId, FunnelArrangement.Today)).Findings.Select(f => f.Rule).ToHashSet();

        Assert.Contains("GP614", rules);
        Assert.Contains("GP611", rules);
    }

    [DbFact]
    public async Task A_plan_files_funnel_is_imported_as_the_plans_own_and_exported_again_while_an_inherited_one_is_not_exported()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var written = new PlanFileFunnel
        {
            DealValue = 25_000m,
            Currency = "USD",
            CycleDays = 60,
            Stages = [new PlanFileFunnelStage("calls", 0.1m, 4m), new PlanFileFunnelStage("meetings", 0.3m), new PlanFileFunnelStage("deals", null)],
        };
        var a = await FunnelArrangement.CreateAsync(db, written);

        Assert.Equal(FunnelSource.Plan, (await a.Queries.EffectiveFunnelAsync(a.PlanId)).Source);
        var exported = await new PlanFileExporter(db).ExportAsync(a.PlanId);
        Assert.Equal(written with { Stages = [] }, exported.Funnel! with { Stages = [] });
        Assert.Equal(written.Stages, exported.Funnel!.Stages);

        await a.Commands.ClearForPlanAsync(a.PlanId, null);
        await a.Commands.SetForOrganizationAsync(FunnelArrangement.Request(), null);
        Assert.Null((await new PlanFileExporter(db).ExportAsync(a.PlanId)).Funnel);
    }

    [DbFact]
    public async Task A_plan_file_with_an_impossible_funnel_is_refused_naming_the_field_and_nothing_is_imported()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var file = FunnelArrangement.File(new PlanFileFunnel { DealValue = 1, Stages = [new PlanFileFunnelStage("calls", 2m), new PlanFileFunnelStage("deals", null)] });

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => new PlanFileImporter(db, Seeded.Clock).ImportAsync(file));

        Assert.Equal("funnel.stages[0].rate", refused.Field);
        Assert.Empty(await new PlanQueries(db).ListAsync());
    }

    private static List<string> Numbers(FunnelModelReport report) =>
        [.. report.Goals.SelectMany(g => g.Stages.Select(s => string.Join("|", g.Id, s.Metric, R(s.Required), s.People, R(s.PerPersonPerDay), R(s.Committed), R(s.Coverage))))];

    private static List<string> Numbers(FunnelModelDetails details) =>
        [.. details.Goals.SelectMany(g => g.Stages.Select(s => string.Join("|", g.Id, s.Metric, s.Required, s.People, s.PerPersonPerDay, s.Committed, s.Coverage)))];

    private static decimal? R(decimal? value) => Domain.Numbers.Round(value, 2);
}
