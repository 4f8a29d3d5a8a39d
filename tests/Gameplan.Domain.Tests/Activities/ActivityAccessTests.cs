using Gameplan.Domain.Access;
using Gameplan.Domain.Activities;
using Gameplan.Domain.People;

namespace Gameplan.Domain.Tests.Activities;

public sealed class ActivityAccessTests
{
    // Team tree: 1 Sales <- 2 East <- 4 East Enterprise; 1 Sales <- 3 West.
    private static readonly Dictionary<int, int?> Tree = new() { [1] = null, [2] = 1, [3] = 1, [4] = 2 };

    private static readonly Dictionary<string, Actor> Actors = new()
    {
        ["admin"] = Actor.For(1, PersonRole.Admin, null, Tree),
        ["exec"] = Actor.For(2, PersonRole.Executive, 1, Tree),
        ["east-manager"] = Actor.For(3, PersonRole.Manager, 2, Tree),
        ["east-rep"] = Actor.For(4, PersonRole.Rep, 2, Tree),
        ["enterprise-rep"] = Actor.For(5, PersonRole.Rep, 4, Tree),
        ["west-rep"] = Actor.For(6, PersonRole.Rep, 3, Tree),
    };

    // Whose activity: person id and team.
    private static readonly Dictionary<string, (int Id, int? Team)> People = new()
    {
        ["east-manager"] = (3, 2),
        ["east-rep"] = (4, 2),
        ["east-colleague"] = (7, 2),
        ["enterprise-rep"] = (5, 4),
        ["west-rep"] = (6, 3),
        ["teamless"] = (8, null),
    };

    [Theory]
    [InlineData("admin", "west-rep", true, true)]
    [InlineData("exec", "teamless", true, true)]
    [InlineData("east-manager", "east-manager", true, true)]
    [InlineData("east-manager", "east-rep", true, true)]
    [InlineData("east-manager", "enterprise-rep", true, true)]
    [InlineData("east-manager", "west-rep", false, false)]
    [InlineData("east-manager", "teamless", false, false)]
    [InlineData("east-rep", "east-rep", true, true)]
    [InlineData("east-rep", "east-colleague", false, true)]
    [InlineData("east-rep", "east-manager", false, true)]
    [InlineData("east-rep", "enterprise-rep", false, false)]
    [InlineData("enterprise-rep", "east-rep", false, false)]
    [InlineData("west-rep", "east-rep", false, false)]
    public void Who_may_log_and_read_whose_activity_follows_the_access_matrix(string actor, string person, bool log, bool read)
    {
        var (id, team) = People[person];

        Assert.Equal((log, read), (ActivityAccess.MayLogFor(Actors[actor], id, team), ActivityAccess.MayRead(Actors[actor], id, team)));
    }
}
