using Gameplan.Core.Audit;
using Gameplan.Core.Commitments;
using Gameplan.Core.Goals;
using Gameplan.Core.PlanFiles;
using Gameplan.Core.Plans;
using Gameplan.Core.Tests.Support;
using Gameplan.Core.Versions;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Versions;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Versions;

public sealed class VersionCommandsTests
{
    [DbFact]
    public async Task Submitting_and_approving_store_numbered_versions_of_the_plan_file_with_who_when_and_why()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var plan = await VersionArrangement.CreateAsync(db);
        db.AuditActor = "dana (Dana Reyes)";

        await plan.StepAsync(PlanTransition.Submit, "Ready for your eyes.");
        await plan.StepAsync(PlanTransition.Approve);

        var versions = await plan.Versions.ListAsync(plan.PlanId);
        Assert.Equal(
            [(1, PlanVersionKind.Submitted, "Ready for your eyes."), (2, PlanVersionKind.Approved, (string?)null)],
            versions.Select(v => (v.Number, v.Kind, v.Reason)));
        Assert.All(versions, v => Assert.Equal(("dana (Dana Reyes)", Seeded.Clock.GetUtcNow()), (v.By, v.At)));
        var file = (await plan.Versions.GetAsync(plan.PlanId, 1)).File;
        Assert.Equal(PlanFileWriter.Write(await new PlanFileExporter(db).ExportAsync(plan.PlanId)), file);
        Assert.Contains("target: 80", file, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Returning_closing_and_reopening_store_no_version()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var plan = await VersionArrangement.CreateAsync(db);

        await plan.StepAsync(PlanTransition.Submit);
        await plan.StepAsync(PlanTransition.Return);
        await plan.StepAsync(PlanTransition.Submit);
        await plan.StepAsync(PlanTransition.Approve);
        await plan.StepAsync(PlanTransition.Close);
        await plan.StepAsync(PlanTransition.Reopen);

        Assert.Equal([PlanVersionKind.Submitted, PlanVersionKind.Submitted, PlanVersionKind.Approved], (await plan.Versions.ListAsync(plan.PlanId)).Select(v => v.Kind));
    }

    [DbFact]
    public async Task Deleting_a_plan_deletes_its_versions()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var plan = await VersionArrangement.CreateAsync(db);
        await plan.ApproveAsync();

        await plan.Plans.DeleteAsync(plan.PlanId);

        Assert.Equal(0, await db.PlanVersions.CountAsync());
    }

    [DbFact]
    public async Task A_goal_changed_in_an_approved_plan_sends_it_back_to_review_by_default_with_a_version()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var plan = await VersionArrangement.CreateAsync(db);
        await plan.ApproveAsync();

        await plan.ChangeGoalTargetAsync(90);

        Assert.Equal(PlanStatus.InReview, await plan.StatusAsync());
        var last = (await plan.Versions.ListAsync(plan.PlanId))[^1];
        Assert.Equal((3, PlanVersionKind.Submitted, ApprovalWatch.Reason), (last.Number, last.Kind, last.Reason));
        Assert.Contains("target: 90", (await plan.Versions.GetAsync(plan.PlanId, 3)).File, StringComparison.Ordinal);
    }

    [DbTheory]
    [InlineData(Reapproval.GoalsAndStrategies, PlanStatus.Active)]
    [InlineData(Reapproval.Any, PlanStatus.InReview)]
    [InlineData(Reapproval.None, PlanStatus.Active)]
    public async Task A_tactic_changed_in_an_approved_plan_needs_approval_again_only_under_the_any_rule(Reapproval rule, PlanStatus after)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var plan = await VersionArrangement.CreateAsync(db, rule);
        await plan.ApproveAsync();

        await plan.ChangeTacticDueAsync(new DateOnly(2027, 4, 30));

        Assert.Equal(after, await plan.StatusAsync());
    }

    [DbFact]
    public async Task Under_the_none_rule_a_changed_goal_keeps_the_plan_approved()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var plan = await VersionArrangement.CreateAsync(db, Reapproval.None);
        await plan.ApproveAsync();

        await plan.ChangeGoalTargetAsync(90);

        Assert.Equal(PlanStatus.Active, await plan.StatusAsync());
        Assert.Equal(2, (await plan.Versions.ListAsync(plan.PlanId)).Count);
    }

    [DbFact]
    public async Task Acknowledging_a_commitment_and_recording_a_measurement_never_count_as_changes_even_under_any()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var plan = await VersionArrangement.CreateAsync(db, Reapproval.Any);
        await plan.ApproveAsync();

        await new CommitmentCommands(db, Seeded.Clock).AcknowledgeAsync(plan.PlanId, plan.CommitmentId, "ana");
        db.ChangeTracker.Clear();
        await new GoalMeasurementCommands(db, Seeded.Clock).RecordAsync(plan.GoalId,
            new MeasurementRequest { Date = new DateOnly(2026, 11, 20), Value = 44 }, await Seeded.ActorAsync(db, "dana"));
        db.ChangeTracker.Clear();

        Assert.Equal(PlanStatus.Active, await plan.StatusAsync());
        Assert.Equal(2, (await plan.Versions.ListAsync(plan.PlanId)).Count);
    }

    [DbFact]
    public async Task The_audit_records_each_stored_version_beside_the_transition()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var plan = await VersionArrangement.CreateAsync(db);

        await plan.StepAsync(PlanTransition.Submit, "Ready for your eyes.");

        var lines = await new AuditQueries(db).ForPlanAsync(plan.PlanId);
        var version = Assert.Single(lines, l => l.EntityType == "version");
        Assert.Equal("version 1, submitted", version.Summary);
        Assert.Contains(version.Changed, c => c.After == "Ready for your eyes.");
        Assert.Contains(lines, l => l.EntityType == "plan" && l.Changed.Any(c => c.Field == "status"));
    }
}
