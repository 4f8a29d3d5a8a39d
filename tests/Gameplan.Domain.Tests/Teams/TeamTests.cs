using System.Reflection;
using Gameplan.Domain.Teams;

namespace Gameplan.Domain.Tests.Teams;

public sealed class TeamTests
{
    [Fact]
    public void A_team_cannot_move_under_its_own_sub_team()
    {
        var sales = WithId(new Team(1, "Sales"), 1);
        var east = WithId(new Team(1, "East"), 2);
        east.MoveUnder(1, _ => null);
        var parents = new Dictionary<int, int?> { [1] = null, [2] = 1 };

        var error = Assert.Throws<DomainRuleException>(() => sales.MoveUnder(2, id => parents[id]));

        Assert.Equal("parent", error.Field);
        Assert.Null(sales.ParentTeamId);
    }

    [Fact]
    public void A_team_cannot_be_its_own_parent()
    {
        var sales = WithId(new Team(1, "Sales"), 1);

        Assert.Throws<DomainRuleException>(() => sales.MoveUnder(1, _ => null));
    }

    // Ids are assigned by the database; a test sets one the same way EF does.
    private static Team WithId(Team team, int id)
    {
        typeof(Team).GetProperty(nameof(Team.Id), BindingFlags.Public | BindingFlags.Instance)!.SetValue(team, id);
        return team;
    }
}
