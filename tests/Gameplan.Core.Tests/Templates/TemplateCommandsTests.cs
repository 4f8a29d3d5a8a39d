using Gameplan.Core.Commitments;
using Gameplan.Core.Cycles;
using Gameplan.Core.Data;
using Gameplan.Core.Goals;
using Gameplan.Core.Plans;
using Gameplan.Core.Reviews;
using Gameplan.Core.Strategies;
using Gameplan.Core.Tactics;
using Gameplan.Core.Templates;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Templates;

/// <summary>Plans made from templates through the authorised commands, and the organisation's own templates.</summary>
public sealed class TemplateCommandsTests
{
    private static readonly InstantiatePeriod Year = new(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31));

    [DbFact]
    public async Task A_rep_makes_her_territory_plan_under_a_team_strategy_as_its_owner_with_every_section()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        await TeamPlanAsync(db);
        var ana = await Seeded.ActorAsync(db, "ana");

        var plan = await Commands(db).InstantiateAsync("rep-territory", new InstantiateRequest { Period = Year, Parent = new() { Plan = "East 2027", Strategy = "s1" } }, ana);

        Assert.Equal((PlanScope.Person, "ana", PlanStatus.Draft), (plan.Scope, plan.Owner, plan.Status));
        Assert.Equal("s1", plan.Parent?.Strategy);
        Assert.Equal(new DateOnly(2027, 12, 31), plan.Period.End);
        Assert.StartsWith("TODO:", plan.Mission, StringComparison.Ordinal);
        Assert.Equal(["g1", "g2"], plan.Goals.Select(g => g.Key));
        var strategy = Assert.Single(plan.Strategies);
        Assert.Equal(["t1", "t2"], strategy.Tactics.Select(t => t.Key));
        Assert.All(strategy.Tactics, t => Assert.Equal(("ana", 1), (t.Owner, t.Commitments.Count)));
        Assert.Equal(2, plan.Reviews.Count);
    }

    [DbFact]
    public async Task Left_out_the_plan_is_the_caller_s_for_his_team_and_the_open_cycle_s_the_open_cycle_s_period()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        await new CycleCommands(db, Seeded.Clock).CreateAsync(new CycleRequest { PeriodStart = new DateOnly(2027, 4, 1), PeriodEnd = new DateOnly(2028, 3, 31) }, null);

        var plan = await Commands(db).InstantiateAsync("team-plan", new InstantiateRequest(), await Seeded.ActorAsync(db, "dana"));

        Assert.Equal(("dana", "East"), (plan.Owner, plan.Team));
        Assert.Equal((new DateOnly(2027, 4, 1), new DateOnly(2028, 3, 31)), (plan.Period.Start, plan.Period.End));
        Assert.Null(plan.Parent);
    }

    [DbFact]
    public async Task A_rep_may_not_make_a_team_plan_or_another_rep_s_plan_and_nothing_is_left_behind()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var ana = await Seeded.ActorAsync(db, "ana");

        var team = await Assert.ThrowsAsync<AccessDeniedException>(() => Commands(db).InstantiateAsync("team-plan", new InstantiateRequest { Period = Year }, ana));
        var ben = await Assert.ThrowsAnyAsync<Exception>(() => Commands(db).InstantiateAsync("rep-territory", new InstantiateRequest { Person = "ben", Period = Year }, ana));

        Assert.Contains("plans you would be allowed to edit", team.Message, StringComparison.Ordinal);
        Assert.True(ben is AccessDeniedException or DomainRuleException { Field: "owner" }, ben.Message);
        Assert.Equal(0, await db.Plans.CountAsync());
    }

    [DbTheory]
    [InlineData("zoe", null, "person")]
    [InlineData(null, "Nowhere", "team")]
    public async Task Unknown_people_and_teams_are_refused_naming_the_field_for_a_template_creates_nobody(string? person, string? team, string field)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);

        var dana = await Seeded.ActorAsync(db, "dana");

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            Commands(db).InstantiateAsync("rep-territory", new InstantiateRequest { Person = person ?? "ana", Team = team, Period = Year }, dana));

        Assert.Equal(field, refused.Field);
        Assert.Equal((0, 3, 1), (await db.Plans.CountAsync(), await db.People.CountAsync(), await db.Teams.CountAsync()));
    }

    [DbFact]
    public async Task A_template_that_fails_half_way_leaves_no_plan()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var text = PlanTemplates.Find("rep-territory").Text.Replace("metric: meetings, ", "", StringComparison.Ordinal);
        await Commands(db).AddAsync(Request("no-metric", text), null);
        var ana = await Seeded.ActorAsync(db, "ana");

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Commands(db).InstantiateAsync("no-metric", new InstantiateRequest { Period = Year }, ana));

        Assert.Equal("strategies[s1].tactics[t2].activities[0].metric", refused.Field);
        Assert.Equal(0, await db.Plans.CountAsync());
    }

    [DbFact]
    public async Task The_organisation_s_templates_are_listed_after_the_built_in_ones_and_only_admins_remove_them()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var dana = await Seeded.ActorAsync(db, "dana");

        var added = await Commands(db).AddAsync(Request("east-territory", PlanTemplates.Find("rep-territory").Text), null);
        var managerAdds = await Assert.ThrowsAsync<AccessDeniedException>(() => Commands(db).AddAsync(Request("mine", PlanTemplates.Find("rep-territory").Text), dana));
        var list = await new TemplateQueries(db, Seeded.Clock).ListAsync();
        var managerRemoves = await Assert.ThrowsAsync<AccessDeniedException>(() => Commands(db).DeleteAsync("east-territory", dana));
        var plan = await Commands(db).InstantiateAsync("east-territory", new InstantiateRequest { Period = Year }, await Seeded.ActorAsync(db, "ana"));
        await Commands(db).DeleteAsync("east-territory", null);

        Assert.Equal((TemplateSummary.Organization, "system"), (added.Source, added.AddedBy));
        Assert.Contains("admins and executives", managerAdds.Message, StringComparison.Ordinal);
        Assert.Equal(TemplateSummary.Organization, list[^1].Source);
        Assert.Equal(PlanTemplates.BuiltIn.Count + 1, list.Count);
        Assert.Contains("Only admins", managerRemoves.Message, StringComparison.Ordinal);
        Assert.Equal("ana", plan.Owner);
        Assert.Equal(PlanTemplates.BuiltIn.Count, (await new TemplateQueries(db, Seeded.Clock).ListAsync()).Count);
    }

    [DbTheory]
    [InlineData("rep-territory", "person", null, "name")]
    [InlineData("East Territory", "person", null, "name")]
    [InlineData("east", "team", null, "scope")]
    [InlineData("east", "person", "  owner: [{{person}}]", "text")]
    [InlineData("east", "person", "  owner: {{persona}}", "text")]
    public async Task An_upload_that_shadows_a_built_in_or_does_not_read_as_its_plan_is_refused_naming_the_field(string name, string scope, string? owner, string field)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var text = PlanTemplates.Find("rep-territory").Text;
        text = owner is null ? text : text.Replace("  owner: {{person}}", owner, StringComparison.Ordinal);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Commands(db).AddAsync(Request(name, text) with { Scope = scope }, null));

        Assert.Equal(field, refused.Field);
        if (field == "text")
        {
            // The template's own line: the owner's.
            Assert.Contains("line 8", refused.Message, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static TemplateRequest Request(string name, string text) => new()
    {
        Name = name,
        Title = "East's territory plan",
        Description = "Ours.",
        Scope = "person",
        Fits = ["rep"],
        Text = text,
    };

    private static TemplateCommands Commands(GameplanDbContext db) => new(db, Seeded.Clock, new PlanCommands(db, Seeded.Clock), new GoalCommands(db, Seeded.Clock),
        new StrategyCommands(db, Seeded.Clock), new TacticCommands(db, Seeded.Clock), new CommitmentCommands(db, Seeded.Clock), new ReviewCommands(db, Seeded.Clock));

    private static async Task TeamPlanAsync(GameplanDbContext db)
    {
        var plan = await new PlanCommands(db, Seeded.Clock).CreateAsync(Seeded.TeamPlan());
        await new StrategyCommands(db, Seeded.Clock).CreateAsync(plan.Id, new StrategyRequest { Statement = "Win clinics with two sites or more.", Dri = "dana" });
    }
}
