using Gameplan.Domain.Access;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;

namespace Gameplan.Domain.Tests.Reviews;

/// <summary>Team East (1) led by dana (1); ana (2) and ben (3) are reps in it; the plan is East's team plan.</summary>
public sealed class ReviewAccessTests
{
    private static readonly PlanFacts TeamPlan = new(PlanScope.Team, 1, 1, 1);
    private static readonly Dictionary<string, Actor> People = new()
    {
        ["dana"] = new(1, PersonRole.Manager, [1], new HashSet<int> { 1 }),
        ["ana"] = new(2, PersonRole.Rep, [1], new HashSet<int>()),
        ["ben"] = new(3, PersonRole.Rep, [1], new HashSet<int>()),
        ["exec"] = new(4, PersonRole.Executive, [], new HashSet<int>()),
    };

    [Theory]
    // Ana's one-on-one: she and dana read it, ben does not; a tactical review is read by the whole team.
    [InlineData("ana", ReviewKind.OneOnOne, true)]
    [InlineData("dana", ReviewKind.OneOnOne, true)]
    [InlineData("exec", ReviewKind.OneOnOne, true)]
    [InlineData("ben", ReviewKind.OneOnOne, false)]
    [InlineData("ben", ReviewKind.Tactical, true)]
    public void A_rep_reads_his_own_one_on_one_but_never_a_colleagues(string who, ReviewKind kind, bool reads)
    {
        var review = new ReviewAccess.Facts(kind, kind == ReviewKind.OneOnOne ? 2 : null, []);

        Assert.Equal(reads, ReviewAccess.MayRead(People[who], TeamPlan, review));
    }

    [Theory]
    [InlineData("ana", false, true)]
    [InlineData("ben", false, false)]
    [InlineData("ben", true, true)]
    [InlineData("dana", false, true)]
    public void The_coached_person_participants_and_those_who_run_it_add_talking_points(string who, bool benInvited, bool adds)
    {
        var review = new ReviewAccess.Facts(ReviewKind.OneOnOne, 2, benInvited ? [3] : []);

        Assert.Equal(adds, ReviewAccess.MayAddTalkingPoint(People[who], TeamPlan, review));
    }

    [Theory]
    [InlineData("ana", true, true)]
    [InlineData("ana", false, false)]
    [InlineData("ben", true, true)]
    [InlineData("ben", false, false)]
    [InlineData("dana", false, true)]
    public void Only_those_who_change_the_plan_run_the_review_and_an_owner_ticks_their_own_action_item(string who, bool owns, bool ticks)
    {
        var review = new ReviewAccess.Facts(ReviewKind.Tactical, null, []);

        Assert.Equal(who == "dana", ReviewAccess.MayRun(People[who], TeamPlan));
        Assert.Equal(ticks, ReviewAccess.MayTick(People[who], TeamPlan, review, owns ? People[who].PersonId!.Value : 1));
    }
}
