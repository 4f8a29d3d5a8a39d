using Gameplan.Core.Comments;
using Gameplan.Core.Data;
using Gameplan.Core.Plans;
using Gameplan.Core.Strategies;
using Gameplan.Core.Tactics;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain.Access;

namespace Gameplan.Core.Tests.Comments;

/// <summary>The seeded organisation with its team plan East 2027: strategy s1 with tactic t1, and a second strategy s2.</summary>
internal sealed class CommentArrangement(GameplanDbContext db, int planId)
{
    public int PlanId { get; } = planId;

    public PlanCommands Plans { get; } = new(db, Seeded.Clock);

    public CommentCommands Commands { get; } = new(db, Seeded.Clock);

    public CommentQueries Queries { get; } = new(db);

    public static async Task<CommentArrangement> CreateAsync(GameplanDbContext db)
    {
        await Seeded.OrganizationAsync(db);
        var plan = await new PlanCommands(db, Seeded.Clock).CreateAsync(Seeded.TeamPlan());
        var strategies = new StrategyCommands(db, Seeded.Clock);
        var s1 = await strategies.CreateAsync(plan.Id, new StrategyRequest { Statement = "Win multi-site clinics through value-based selling.", Dri = "dana" });
        await strategies.CreateAsync(plan.Id, new StrategyRequest { Statement = "Grow through referrals from clinics we already serve.", Dri = "dana" });
        await new TacticCommands(db, Seeded.Clock).CreateAsync(plan.Id, s1.Id, new TacticRequest { Action = "Prospect for one hour every working day.", Owner = "ana" });
        return new CommentArrangement(db, plan.Id);
    }

    public Task<Actor> ActorAsync(string handle) => Seeded.ActorAsync(db, handle);

    public async Task<CommentDetails> CommentAsync(string handle, string element, string body) =>
        await Commands.StartAsync(PlanId, new CommentRequest { Element = element, Body = body }, await ActorAsync(handle));

    public async Task<CommentDetails> ReplyAsync(string handle, int commentId, string body) =>
        await Commands.ReplyAsync(PlanId, commentId, new CommentBodyRequest { Body = body }, await ActorAsync(handle));
}
