using Gameplan.Core.Commitments;
using Gameplan.Core.Data;
using Gameplan.Core.Goals;
using Gameplan.Core.PlanFiles;
using Gameplan.Core.Plans;
using Gameplan.Core.Reviews;
using Gameplan.Core.Strategies;
using Gameplan.Core.Tactics;
using Gameplan.Core.Templates;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Tests.Templates;

/// <summary>"Save this plan as a template": stored through the same checks as an upload, and a plan made from it has the plan's structure.</summary>
public sealed class TemplateFromPlanTests
{
    // ana's territory plan for 2027, two strategies with their tactics and commitments.
    private const string Plan = """
        version: 1
        plan:
          name: Ana's territory 2027
          scope: person
          team: East
          owner: ana
          period: { start: 2027-01-01, end: 2027-12-31 }
          drafted: 2026-10-02
          mission: Get every clinic in the east paid within a week.
          goals:
            - { id: g1, title: Sign 12 clinics, metric: clinics, unit: count, baseline: 0, target: 12, due: 2027-12-31, dri: ana }
            - { id: g2, title: Hold 40 discovery meetings, metric: meetings, unit: count, baseline: 0, target: 40, due: 2027-06-30, dri: ana }
          strategies:
            - id: s1
              statement: Win clinics with two sites or more through their billing leads.
              dri: ana
              goals: [g1]
              tactics:
                - id: t1
                  action: Call five billing leads every working day.
                  owner: ana
                  due: 2027-03-31
                  activities:
                    - { metric: calls, unit: count, target: 5, per: day }
                - id: t2
                  action: Run a clinic webinar each quarter.
                  owner: ana
                  due: 2027-12-31
            - id: s2
              statement: Turn every webinar guest into a discovery meeting within a week.
              dri: ana
              goals: [g2]
              tactics:
                - id: t3
                  action: Book a meeting with each guest.
                  owner: ana
                  start: 2027-02-01
                  due: 2027-09-30
                  activities:
                    - { metric: meetings, unit: count, target: 2, per: week }
                    - { metric: follow_ups, unit: count, target: 5, per: week }
        reviews:
          - { kind: tactical, date: 2027-01-08, held: true, notes: On track. }
        """;

    [DbFact]
    public async Task A_plan_saved_as_a_template_and_made_again_for_another_person_and_period_has_the_same_goals_strategies_and_tactics()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var source = await new PlanQueries(db).GetAsync((await new PlanFileImporter(db, Seeded.Clock).ImportAsync(PlanFileReader.Read(Plan).Plan!)).PlanId);

        var saved = await Commands(db).SaveFromPlanAsync(source.Id, new PlanTemplateRequest { Name = "east-territory", Title = "An east territory", Fits = ["rep"] }, null);
        var made = await Commands(db).InstantiateAsync("east-territory", new InstantiateRequest
        {
            Person = "ben",
            Period = new InstantiatePeriod(new DateOnly(2028, 4, 1), new DateOnly(2029, 3, 31)),
        }, await Seeded.ActorAsync(db, "dana"));

        Assert.Equal(("person", TemplateSummary.Organization), (saved.Scope, saved.Source));
        Assert.Contains("owner: {{person}}", saved.Text, StringComparison.Ordinal);
        Assert.Equal((PlanScope.Person, "ben", source.Team, PlanStatus.Draft), (made.Scope, made.Owner, made.Team, made.Status));
        Assert.Equal((new DateOnly(2028, 4, 1), new DateOnly(2029, 3, 31)), (made.Period.Start, made.Period.End));
        Assert.Equal(Shape(source), Shape(made));
        Assert.All(made.AllTactics(), t => Assert.Equal("ben", t.Owner));
        Assert.Equal([new DateOnly(2029, 3, 31), new DateOnly(2028, 9, 30)], made.Goals.Select(g => g.Due!.Value));
        Assert.Equal(new DateOnly(2028, 5, 2), made.AllTactics().Single(t => t.Key == "t3").Start);
        Assert.False(Assert.Single(made.Reviews).Held);
    }

    [DbFact]
    public async Task Only_admins_and_executives_save_a_plan_as_a_template_and_the_upload_s_checks_name_the_field()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var planId = (await new PlanFileImporter(db, Seeded.Clock).ImportAsync(PlanFileReader.Read(Plan).Plan!)).PlanId;
        var request = new PlanTemplateRequest { Name = "east-territory", Title = "An east territory", Fits = ["rep"] };
        var dana = await Seeded.ActorAsync(db, "dana");

        var manager = await Assert.ThrowsAsync<AccessDeniedException>(() => Commands(db).SaveFromPlanAsync(planId, request, dana));
        var builtIn = await Assert.ThrowsAsync<DomainRuleException>(() => Commands(db).SaveFromPlanAsync(planId, request with { Name = "rep-territory" }, null));
        var reserved = await Assert.ThrowsAsync<DomainRuleException>(() => Commands(db).SaveFromPlanAsync(planId, request with { Name = "new" }, null));
        var noRole = await Assert.ThrowsAsync<DomainRuleException>(() => Commands(db).SaveFromPlanAsync(planId, request with { Fits = [] }, null));
        await Assert.ThrowsAsync<NotFoundException>(() => Commands(db).SaveFromPlanAsync(planId + 100, request, null));

        Assert.Contains("admins and executives", manager.Message, StringComparison.Ordinal);
        Assert.Equal(("name", "name", "fits"), (builtIn.Field, reserved.Field, noRole.Field));
        Assert.Equal(PlanTemplates.BuiltIn.Count, (await new TemplateQueries(db, Seeded.Clock).ListAsync()).Count);
    }

    /// <summary>A plan's structure: its goals, and each strategy's tactics with how many commitments each has.</summary>
    private static string Shape(PlanDetails plan) =>
        string.Join(" ", plan.Goals.Select(g => g.Key)) + " | " + string.Join(" ", plan.Strategies.Select(s =>
            $"{s.Key}({string.Join(",", s.Tactics.Select(t => $"{t.Key}:{t.Commitments.Count}"))})"));

    private static TemplateCommands Commands(GameplanDbContext db) => new(db, Seeded.Clock, new PlanCommands(db, Seeded.Clock), new GoalCommands(db, Seeded.Clock),
        new StrategyCommands(db, Seeded.Clock), new TacticCommands(db, Seeded.Clock), new CommitmentCommands(db, Seeded.Clock), new ReviewCommands(db, Seeded.Clock));
}
