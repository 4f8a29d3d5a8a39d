using Gameplan.Domain.Access;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;

namespace Gameplan.Domain.Tests.Access;

/// <summary>The people and plans the access tables are written against.</summary>
internal static class AccessCast
{
    // Team tree: 1 Sales <- 2 East <- 4 East Enterprise; 1 Sales <- 3 West.
    public static readonly Dictionary<int, int?> Tree = new() { [1] = null, [2] = 1, [3] = 1, [4] = 2 };

    // Person ids: 1 admin, 2 exec, 3 east-manager, 4 east-rep, 5 enterprise-rep, 6 west-rep, 7 east-rep-2, 8 west-manager.
    public static readonly Dictionary<string, Actor> Actors = new()
    {
        ["admin"] = Actor.For(1, PersonRole.Admin, null, Tree),
        ["exec"] = Actor.For(2, PersonRole.Executive, 1, Tree),
        ["east-manager"] = Actor.For(3, PersonRole.Manager, 2, Tree),
        ["east-rep"] = Actor.For(4, PersonRole.Rep, 2, Tree),
        ["enterprise-rep"] = Actor.For(5, PersonRole.Rep, 4, Tree),
        ["west-rep"] = Actor.For(6, PersonRole.Rep, 3, Tree),
        ["east-rep-2"] = Actor.For(7, PersonRole.Rep, 2, Tree),
        ["west-manager"] = Actor.For(8, PersonRole.Manager, 3, Tree),
    };

    public static readonly Dictionary<string, PlanFacts> Plans = new()
    {
        ["org"] = new(PlanScope.Organization, null, 2, 1),
        ["sales-team"] = new(PlanScope.Team, 1, 2, 1),
        ["east-team"] = new(PlanScope.Team, 2, 3, 2),
        ["enterprise-team"] = new(PlanScope.Team, 4, 3, 2),
        ["west-team"] = new(PlanScope.Team, 3, 2, 1),
        ["east-rep-own"] = new(PlanScope.Person, null, 4, 2),
        ["east-rep-2-own"] = new(PlanScope.Person, null, 7, 2),
        ["west-rep-own"] = new(PlanScope.Person, null, 6, 3),
    };

    /// <summary>A plan by its name above.</summary>
    public static PlanFacts Plan(string name) => Plans[name];

    /// <summary>A person by the name of their actor, as a change would name them.</summary>
    public static PersonFacts Person(string name) => new(Actors[name].PersonId!.Value, Actors[name].TeamId);
}
