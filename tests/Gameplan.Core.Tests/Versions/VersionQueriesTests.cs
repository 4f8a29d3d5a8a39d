using Gameplan.Core.Goals;
using Gameplan.Core.Plans;
using Gameplan.Core.Tests.Support;
using Gameplan.Core.Versions;

namespace Gameplan.Core.Tests.Versions;

public sealed class VersionQueriesTests
{
    private static string Describe(VersionDiff diff) =>
        string.Join(" | ", diff.Changes.Select(c => $"{c.Change.ToString().ToLowerInvariant()} {c.Path}"
            + string.Concat(c.Fields.Select(f => $" {f.Field}:{f.Old ?? "-"}->{f.New ?? "-"}"))));

    [DbFact]
    public async Task Two_versions_compare_element_by_element_with_the_old_and_new_value()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var plan = await VersionArrangement.CreateAsync(db);
        await plan.StepAsync(PlanTransition.Submit);
        await plan.StepAsync(PlanTransition.Return);
        await plan.ChangeGoalTargetAsync(90);
        await plan.ChangeTacticDueAsync(new DateOnly(2027, 4, 30));
        await plan.StepAsync(PlanTransition.Submit);

        var diff = await plan.Versions.DiffAsync(plan.PlanId, 1, 2);

        Assert.Equal("changed goals[g1] target:80->90 | changed strategies[s1].tactics[t1] due:2027-03-31->2027-04-30", Describe(diff));
        Assert.Equal(new VersionDiffSummary(0, 0, 2, 0), diff.Summary);
        Assert.Equal("", Describe(await plan.Versions.DiffAsync(plan.PlanId, 2, 1 + 1)));
    }

    [DbFact]
    public async Task A_version_compares_with_the_plan_as_it_is_now()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var plan = await VersionArrangement.CreateAsync(db);
        await plan.StepAsync(PlanTransition.Submit);

        Assert.Equal("", Describe(await plan.Versions.DiffAsync(plan.PlanId, 1, null)));
        await plan.ChangeGoalTargetAsync(95);

        Assert.Equal("changed goals[g1] target:80->95", Describe(await plan.Versions.DiffAsync(plan.PlanId, 1, null)));
    }

    [DbFact]
    public async Task The_comparison_for_people_names_each_element_with_its_title()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var plan = await VersionArrangement.CreateAsync(db);
        await plan.StepAsync(PlanTransition.Submit);
        await plan.ChangeTacticDueAsync(new DateOnly(2027, 4, 30));

        var comparison = await plan.Versions.CompareAsync(plan.PlanId, 1, null);

        var line = Assert.Single(comparison.Changes);
        Assert.Equal(("Tactic t1", "Call every clinic in the region once a quarter."), (line.Element, line.Title));
        Assert.Equal((1, (PlanVersionSummary?)null), (comparison.From.Number, comparison.To));
    }

    [DbFact]
    public async Task Since_approval_compares_with_the_last_approved_version_and_leaves_measurements_out()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var plan = await VersionArrangement.CreateAsync(db, Domain.Organizations.Reapproval.None);
        Assert.Null(await plan.Versions.SinceApprovalAsync(plan.PlanId));
        await plan.StepAsync(PlanTransition.Submit);
        Assert.Equal((1, 0), await SinceAsync(plan));
        await plan.StepAsync(PlanTransition.Approve);

        await new GoalMeasurementCommands(db, Seeded.Clock).RecordAsync(plan.GoalId,
            new MeasurementRequest { Date = new DateOnly(2026, 11, 20), Value = 44 }, await Seeded.ActorAsync(db, "dana"));
        db.ChangeTracker.Clear();
        Assert.Equal((2, 0), await SinceAsync(plan));
        await plan.ChangeGoalTargetAsync(90);

        var since = await plan.Versions.SinceApprovalAsync(plan.PlanId);
        var line = Assert.Single(since!.Changes);
        Assert.Equal(("goals[g1]", "Serve 80 clinics", "80", "90"), (line.Path, line.Title, line.Fields[0].Old, line.Fields[0].New));
    }

    [DbFact]
    public async Task An_unknown_version_or_plan_is_not_found()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var plan = await VersionArrangement.CreateAsync(db);
        await plan.StepAsync(PlanTransition.Submit);

        await Assert.ThrowsAsync<NotFoundException>(() => plan.Versions.GetAsync(plan.PlanId, 2));
        await Assert.ThrowsAsync<NotFoundException>(() => plan.Versions.DiffAsync(plan.PlanId, 1, 7));
        await Assert.ThrowsAsync<NotFoundException>(() => plan.Versions.ListAsync(plan.PlanId + 100));
    }

    [DbFact]
    public async Task Another_organisation_sees_neither_the_plan_nor_its_versions()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var plan = await VersionArrangement.CreateAsync(db);
        await plan.StepAsync(PlanTransition.Submit);
        var scope = db.OrganizationScope;
        var rival = await Seeded.OrganizationAsync(db, "Rival Inc");
        db.OrganizationScope = rival;

        await Assert.ThrowsAsync<NotFoundException>(() => plan.Versions.GetAsync(plan.PlanId, 1));
        Assert.Empty(db.PlanVersions);
        db.OrganizationScope = scope;
        Assert.Single(db.PlanVersions);
    }

    private static async Task<(int Base, int Changes)> SinceAsync(VersionArrangement plan) =>
        await plan.Versions.SinceApprovalAsync(plan.PlanId) is { } since ? (since.From.Number, since.Changes.Count) : (0, -1);
}
