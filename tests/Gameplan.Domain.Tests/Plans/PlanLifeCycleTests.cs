using Gameplan.Domain.Plans;
using static Gameplan.Domain.Tests.Plans.PlanBuilder;

namespace Gameplan.Domain.Tests.Plans;

public sealed class PlanLifeCycleTests
{
    public static TheoryData<string[], PlanStatus> Paths => new()
    {
        { [], PlanStatus.Draft },
        { ["submit"], PlanStatus.InReview },
        { ["submit", "return"], PlanStatus.Draft },
        { ["submit", "approve"], PlanStatus.Active },
        { ["submit", "approve", "close"], PlanStatus.Closed },
        { ["submit", "approve", "close", "reopen"], PlanStatus.Active },
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public void A_plan_moves_draft_review_active_closed(string[] steps, PlanStatus expected)
    {
        var plan = Plan();

        foreach (var step in steps)
        {
            Apply(plan, step);
        }

        Assert.Equal(expected, plan.Status);
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("close")]
    [InlineData("reopen")]
    [InlineData("return")]
    public void A_draft_cannot_skip_ahead(string step)
    {
        var error = Assert.Throws<DomainRuleException>(() => Apply(Plan(), step));

        Assert.Contains("draft", error.Message);
    }

    [Fact]
    public void A_closed_plan_refuses_every_change()
    {
        var plan = Plan();
        var strategy = plan.AddStrategy(Strategy(), Now);
        foreach (var step in new[] { "submit", "approve", "close" })
        {
            Apply(plan, step);
        }

        Assert.Throws<DomainRuleException>(() => plan.AddGoal(Goal(), Now));
        Assert.Throws<DomainRuleException>(() => plan.AddTactic(strategy, Tactic(), Now));
        Assert.Throws<DomainRuleException>(() => plan.UpdateHeader(Header(), Now));
        Assert.Throws<DomainRuleException>(() => plan.RemoveStrategy(strategy, Now));
    }

    private static void Apply(StrategicPlan plan, string step)
    {
        switch (step)
        {
            case "submit": plan.Submit(Now); break;
            case "return": plan.ReturnToDraft(Now); break;
            case "approve": plan.Approve(Now); break;
            case "close": plan.Close(Now); break;
            case "reopen": plan.Reopen(Now); break;
            default: throw new ArgumentOutOfRangeException(nameof(step));
        }
    }
}
