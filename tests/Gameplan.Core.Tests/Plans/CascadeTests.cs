using Gameplan.Core.Critique;
using Gameplan.Core.Data;
using Gameplan.Core.Goals;
using Gameplan.Core.PlanFiles;
using Gameplan.Core.Plans;
using Gameplan.Core.Strategies;
using Gameplan.Core.Tests.PlanFiles;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Tests.Plans;

/// <summary>A team plan that carries out an organisation strategy, stored: the link, its checks, coverage in the critique.</summary>
public sealed class CascadeTests
{
    private const string Organization = "FY2027 Sales Plan";

    [DbFact]
    public async Task A_team_plan_carries_out_an_organisation_strategy_and_its_goal_covers_part_of_the_parent_goal()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var org = await OrganizationPlanAsync(db);
        var team = await new PlanCommands(db, Seeded.Clock).CreateAsync(Seeded.TeamPlan() with { Parent = new() { Plan = Organization, Strategy = "s1" } });
        await new GoalCommands(db, Seeded.Clock).CreateAsync(team.Id, Goal("Win 60 clinics", 60) with { ContributesTo = new() { Goal = "g1", Amount = 60 } });

        var details = await new PlanQueries(db).GetAsync(team.Id);
        var report = await new CritiqueQueries(db, new PlanQueries(db), Seeded.Clock).ForPlanAsync(org.Id, new DateOnly(2026, 11, 22));

        Assert.Equal(new ParentDetails(org.Id, Organization, "s1", null), details.Parent);
        Assert.Equal(new ContributionInput { Goal = "g1", Amount = 60 }, details.Goals.Single().ContributesTo);
        var coverage = Assert.Single(report.Findings, f => f.Rule == "GP601");
        Assert.Equal((Domain.Critique.FindingSeverity.Error, "goals[g1]"), (coverage.Severity, coverage.Path));
        Assert.Contains("60 of the 140", coverage.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Findings, f => f.Rule == "GP107" && f.Path == "strategies[s1]");
        Assert.Contains(report.Findings, f => f.Rule == "GP602" && f.Path == "strategies[s2]");
    }

    [DbFact]
    public async Task A_parent_strategy_or_goal_the_parent_lacks_and_a_loop_are_refused_naming_the_field()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var org = await OrganizationPlanAsync(db);
        var commands = new PlanCommands(db, Seeded.Clock);
        var team = await commands.CreateAsync(Seeded.TeamPlan() with { Parent = new() { Plan = org.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Strategy = "s2" } });

        var noStrategy = await Assert.ThrowsAsync<DomainRuleException>(() => commands.CreateAsync(Seeded.TeamPlan("West") with { Parent = new() { Plan = Organization, Strategy = "s9" } }));
        var noPlan = await Assert.ThrowsAsync<DomainRuleException>(() => commands.CreateAsync(Seeded.TeamPlan("West") with { Parent = new() { Plan = "FY2031 Moonshot" } }));
        var loop = await Assert.ThrowsAsync<DomainRuleException>(() => commands.UpdateAsync(org.Id, OrganizationRequest() with { Parent = new() { Plan = "East 2027" } }));
        var itself = await Assert.ThrowsAsync<DomainRuleException>(() => commands.UpdateAsync(team.Id, Seeded.TeamPlan() with { Parent = new() { Plan = "East 2027" } }));
        var noGoal = await Assert.ThrowsAsync<DomainRuleException>(() => new GoalCommands(db, Seeded.Clock).CreateAsync(team.Id, Goal("Win", 5) with { ContributesTo = new() { Goal = "g7" } }));
        var noParent = await Assert.ThrowsAsync<DomainRuleException>(() => new GoalCommands(db, Seeded.Clock).CreateAsync(org.Id, Goal("Win", 5) with { ContributesTo = new() { Goal = "g1" } }));

        Assert.Equal(("parent.strategy", "parent.plan", "parent.plan", "parent.plan"), (noStrategy.Field, noPlan.Field, loop.Field, itself.Field));
        Assert.Equal(("contributes_to.goal", "contributes_to.goal"), (noGoal.Field, noParent.Field));
        Assert.Contains("has no strategy 's9'", noStrategy.Message, StringComparison.Ordinal);
        Assert.Equal("s2", (await new PlanQueries(db).GetAsync(team.Id)).Parent?.Strategy);
    }

    [DbFact]
    public async Task A_person_cannot_align_a_plan_to_a_parent_they_may_not_read()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var commands = new PlanCommands(db, Seeded.Clock);
        await commands.CreateAsync(Personal("Ben's 2027", "ben"));
        var ana = await Seeded.ActorAsync(db, "ana");

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            commands.CreateAsync(Personal("Ana's 2027", "ana") with { Parent = new() { Plan = "Ben's 2027" } }, ana));

        Assert.Equal("parent.plan", refused.Field);
        Assert.Equal("There is no plan 'Ben's 2027' that you can see.", refused.Message);
    }

    [DbFact]
    public async Task Deleting_the_parent_keeps_its_name_on_the_child_and_the_critique_says_it_is_gone()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var org = await OrganizationPlanAsync(db);
        var team = await new PlanCommands(db, Seeded.Clock).CreateAsync(Seeded.TeamPlan() with { Parent = new() { Plan = Organization, Strategy = "s1" } });

        await new PlanCommands(db, Seeded.Clock).DeleteAsync(org.Id);
        var details = await new PlanQueries(db).GetAsync(team.Id);
        var report = await new CritiqueQueries(db, new PlanQueries(db), Seeded.Clock).ForPlanAsync(team.Id, new DateOnly(2026, 11, 22));

        Assert.Equal(new ParentDetails(null, Organization, "s1", null), details.Parent);
        Assert.Contains(report.Findings, f => f.Rule == "GP603" && f.Message.Contains("cannot be found", StringComparison.Ordinal));
    }

    [DbFact]
    public async Task An_imported_file_keeps_a_parent_not_found_by_name_links_one_that_is_and_exports_both_back()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var file = PlanFileReader.Read(PlanFileSamples.Child).Plan!;

        var before = await new PlanFileImporter(db, Seeded.Clock).ImportAsync(file);
        var org = await OrganizationPlanAsync(db);
        var after = await new PlanFileImporter(db, Seeded.Clock).ImportAsync(file with { Plan = file.Plan with { Name = "Second" } });

        var unlinked = await new PlanQueries(db).GetAsync(before.PlanId);
        var linked = await new PlanQueries(db).GetAsync(after.PlanId);
        Assert.Equal(new ParentDetails(null, Organization, "s2", null), unlinked.Parent);
        Assert.Contains(before.Notes, n => n.StartsWith("parent.plan: no plan 'FY2027 Sales Plan'", StringComparison.Ordinal));
        Assert.Equal(new ParentDetails(org.Id, Organization, "s2", null), linked.Parent);
        var exported = PlanFileWriter.Write(await new PlanFileExporter(db).ExportAsync(before.PlanId));
        Assert.Contains("  parent: { plan: FY2027 Sales Plan, strategy: s2 }\n", exported, StringComparison.Ordinal);
        Assert.Contains("      contributes_to: { goal: g1, amount: 60 }\n", exported, StringComparison.Ordinal);
    }

    private static async Task<PlanDetails> OrganizationPlanAsync(GameplanDbContext db)
    {
        var plan = await new PlanCommands(db, Seeded.Clock).CreateAsync(OrganizationRequest());
        await new GoalCommands(db, Seeded.Clock).CreateAsync(plan.Id, Goal("Win 140 new clinics", 140));
        foreach (var statement in new[] { "Win multi-site clinics through value-based selling.", "Enter the dental market through partners." })
        {
            await new StrategyCommands(db, Seeded.Clock).CreateAsync(plan.Id, new StrategyRequest { Statement = statement, Dri = "dana", Goals = ["g1"] });
        }
        return plan;
    }

    private static PlanRequest OrganizationRequest() => Seeded.TeamPlan(Organization) with { Scope = PlanScope.Organization, Team = null };

    private static PlanRequest Personal(string name, string owner) => Seeded.TeamPlan(name) with { Scope = PlanScope.Person, Team = null, Owner = owner };

    private static GoalRequest Goal(string title, decimal target) => new()
    {
        Title = title,
        Metric = "customers",
        Unit = "count",
        Baseline = 0,
        Target = target,
        Due = new DateOnly(2027, 12, 31),
        Dri = "dana",
    };
}
