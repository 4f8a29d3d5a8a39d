using Gameplan.Core.Commitments;
using Gameplan.Core.Data;
using Gameplan.Core.Goals;
using Gameplan.Core.Plans;
using Gameplan.Core.Strategies;
using Gameplan.Core.Tactics;
using Gameplan.Core.Tests.Support;
using Gameplan.Core.Versions;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Versions;

/// <summary>
/// The seeded East team plan with goal g1 (80 clinics), strategy s1 and its tactic t1 with one commitment that
/// binds ana (30 calls a day); and the steps the version tests take on it.
/// </summary>
internal sealed record VersionArrangement(GameplanDbContext Db, int PlanId, int GoalId, int StrategyId, int TacticId, int CommitmentId)
{
    public static async Task<VersionArrangement> CreateAsync(GameplanDbContext db, Reapproval? rule = null)
    {
        await Seeded.OrganizationAsync(db);
        if (rule is { } chosen)
        {
            var organization = await db.Organizations.SingleAsync();
            organization.ChangeReapproval(chosen);
            await db.SaveChangesAsync();
        }
        var plan = await new PlanCommands(db, Seeded.Clock).CreateAsync(Seeded.TeamPlan());
        var goal = await new GoalCommands(db, Seeded.Clock).CreateAsync(plan.Id, Goal(80));
        var strategy = await new StrategyCommands(db, Seeded.Clock).CreateAsync(plan.Id, new StrategyRequest
        {
            Statement = "Win multi-site clinics through value-based selling.",
            Dri = "dana",
            Goals = ["g1"],
        });
        var tactic = await new TacticCommands(db, Seeded.Clock).CreateAsync(plan.Id, strategy.Id, Tactic(new DateOnly(2027, 3, 31)));
        var commitment = await new CommitmentCommands(db, Seeded.Clock).CreateAsync(plan.Id, tactic.Id, new CommitmentRequest
        {
            Metric = "calls",
            Unit = "count",
            Target = 30,
            Per = CommitmentPer.Day,
            Assignees = AssigneeMode.Named,
            People = ["ana"],
        });
        db.ChangeTracker.Clear();
        return new VersionArrangement(db, plan.Id, goal.Id, strategy.Id, tactic.Id, commitment.Id);
    }

    public static GoalRequest Goal(decimal target) => new()
    {
        Key = "g1",
        Title = "Serve 80 clinics",
        Metric = "clinics",
        Unit = "count",
        Baseline = 40,
        Target = target,
        Due = new DateOnly(2027, 12, 31),
        Dri = "dana",
    };

    public static TacticRequest Tactic(DateOnly due) => new()
    {
        Key = "t1",
        Action = "Call every clinic in the region once a quarter.",
        Owner = "ana",
        Authors = ["ana"],
        Start = new DateOnly(2027, 1, 4),
        Due = due,
    };

    public PlanCommands Plans => new(Db, Seeded.Clock);

    public VersionQueries Versions => new(Db);

    public async Task<PlanDetails> StepAsync(PlanTransition step, string? reason = null)
    {
        var plan = await Plans.TransitionAsync(PlanId, step, reason is null ? null : new PlanDecisionRequest { Reason = reason }, null);
        Db.ChangeTracker.Clear();
        return plan;
    }

    /// <summary>Submitted and approved: versions 1 and 2, the plan Active.</summary>
    public async Task ApproveAsync()
    {
        await StepAsync(PlanTransition.Submit);
        await StepAsync(PlanTransition.Approve);
    }

    public async Task ChangeGoalTargetAsync(decimal target)
    {
        await new GoalCommands(Db, Seeded.Clock).UpdateAsync(PlanId, GoalId, Goal(target));
        Db.ChangeTracker.Clear();
    }

    public async Task ChangeTacticDueAsync(DateOnly due)
    {
        await new TacticCommands(Db, Seeded.Clock).UpdateAsync(PlanId, TacticId, Tactic(due));
        Db.ChangeTracker.Clear();
    }

    public async Task<PlanStatus> StatusAsync() => await Db.Plans.Where(p => p.Id == PlanId).Select(p => p.Status).SingleAsync();
}
