using Gameplan.Core.Plans;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain;
using Gameplan.Domain.Comments;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Tests.Comments;

/// <summary>A return says why; an approval over critique errors is an explicit override that says why; both reasons become plan-level comments.</summary>
public sealed class PlanDecisionTests
{
    [DbFact]
    public async Task Returning_a_plan_needs_a_reason_which_becomes_the_reviewers_plan_level_thread()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await CommentArrangement.CreateAsync(db);
        await a.Plans.TransitionAsync(a.PlanId, PlanTransition.Submit);
        var admin = await AdminAsync(db);

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => a.Plans.TransitionAsync(a.PlanId, PlanTransition.Return, new PlanDecisionRequest { Reason = "  " }, admin));
        var returned = await a.Plans.TransitionAsync(a.PlanId, PlanTransition.Return, new PlanDecisionRequest { Reason = "Name a DRI for s2, @dana." }, admin);

        Assert.Equal("reason", refusal.Field);
        Assert.Equal(PlanStatus.Draft, returned.Status);
        var thread = Assert.Single(await a.Queries.ListAsync(a.PlanId, "plan", await a.ActorAsync("dana")));
        Assert.Equal((CommentPurpose.Return, "root", "Name a DRI for s2, @dana.", false), (thread.Purpose, thread.Author, thread.Body, thread.Resolved));
        Assert.Equal(["dana"], thread.Mentions);
    }

    [DbFact]
    public async Task Approving_a_plan_with_critique_errors_needs_an_override_and_a_reason()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await CommentArrangement.CreateAsync(db);
        await a.Plans.TransitionAsync(a.PlanId, PlanTransition.Submit);
        var admin = await AdminAsync(db);

        var plain = await Assert.ThrowsAsync<OverrideRequiredException>(() => a.Plans.TransitionAsync(a.PlanId, PlanTransition.Approve, null, admin));
        var silent = await Assert.ThrowsAsync<DomainRuleException>(() => a.Plans.TransitionAsync(a.PlanId, PlanTransition.Approve, new PlanDecisionRequest { Override = true }, admin));
        var approved = await a.Plans.TransitionAsync(a.PlanId, PlanTransition.Approve, new PlanDecisionRequest { Override = true, Reason = "Goals follow next week; the tactics cannot wait." }, admin);

        Assert.True(plain.Errors > 0);
        Assert.Equal("override", plain.Field);
        Assert.Equal("reason", silent.Field);
        Assert.Equal(PlanStatus.Active, approved.Status);
        var thread = Assert.Single(await a.Queries.ListAsync(a.PlanId, null, await a.ActorAsync("dana")));
        Assert.Equal((CommentPurpose.Approval, "Goals follow next week; the tactics cannot wait."), (thread.Purpose, thread.Body));
    }

    [DbFact]
    public async Task Trusted_callers_and_steps_other_than_a_decision_ask_for_no_reason()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await CommentArrangement.CreateAsync(db);

        await a.Plans.TransitionAsync(a.PlanId, PlanTransition.Submit, null, await AdminAsync(db));
        var returned = await a.Plans.TransitionAsync(a.PlanId, PlanTransition.Return);

        Assert.Equal(PlanStatus.Draft, returned.Status);
        Assert.Empty(await a.Queries.ListAsync(a.PlanId, null, await a.ActorAsync("dana")));
    }

    /// <summary>An executive of the seeded organisation, who reviews every plan.</summary>
    private static async Task<Domain.Access.Actor> AdminAsync(Core.Data.GameplanDbContext db)
    {
        db.People.Add(new Domain.People.Person(db.RequireOrganization(), "root", "Rhea Root", Domain.People.PersonRole.Executive, null, 40));
        await db.SaveChangesAsync();
        return await Seeded.ActorAsync(db, "root");
    }
}
