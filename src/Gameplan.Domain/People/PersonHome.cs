namespace Gameplan.Domain.People;

/// <summary>Where a person lands when they open Gameplan.</summary>
public enum PersonHome
{
    /// <summary>Their inbox: what they must do.</summary>
    Inbox,

    /// <summary>My day: today's targets and the quick log.</summary>
    MyDay,

    /// <summary>The list of plans.</summary>
    Plans,

    /// <summary>A manager's team: who is on or off pace and why, plans waiting, reviews this week.</summary>
    Team,

    /// <summary>The organisation: each strategy's goals and pace, the dreams, the risk radar, what changed this week.</summary>
    Organization,

    /// <summary>Setup health: people without accounts or e-mail, teams without a manager, imports that failed.</summary>
    Setup,
}

/// <summary>Where each role lands until the person chooses, and which homes fit which role.</summary>
public static class PersonHomes
{
    /// <summary>Reps land on their inbox, managers on their team, executives on the organisation, admins on the setup's health.</summary>
    public static PersonHome DefaultFor(PersonRole role) => role switch
    {
        PersonRole.Manager => PersonHome.Team,
        PersonRole.Executive => PersonHome.Organization,
        PersonRole.Admin => PersonHome.Setup,
        _ => PersonHome.Inbox,
    };

    /// <summary>The homes a person of <paramref name="role"/> may choose: everyone's three, and the views their role may read.</summary>
    public static IReadOnlyList<PersonHome> AvailableTo(PersonRole role) => role switch
    {
        PersonRole.Manager => [PersonHome.Inbox, PersonHome.MyDay, PersonHome.Plans, PersonHome.Team],
        PersonRole.Executive => [PersonHome.Inbox, PersonHome.MyDay, PersonHome.Plans, PersonHome.Team, PersonHome.Organization],
        PersonRole.Admin => [PersonHome.Inbox, PersonHome.MyDay, PersonHome.Plans, PersonHome.Team, PersonHome.Organization, PersonHome.Setup],
        _ => [PersonHome.Inbox, PersonHome.MyDay, PersonHome.Plans],
    };

    /// <summary>Where a person lands: their <paramref name="chosen"/> home while their role may read it (a role can change after the choice), else the role's default.</summary>
    public static PersonHome LandsOn(PersonRole role, PersonHome? chosen) =>
        chosen is { } home && AvailableTo(role).Contains(home) ? home : DefaultFor(role);

    /// <summary>The page of a home.</summary>
    public static string PathOf(PersonHome home) => home switch
    {
        PersonHome.Inbox => "/inbox",
        PersonHome.MyDay => "/activities",
        PersonHome.Team => "/home/team",
        PersonHome.Organization => "/home/organization",
        PersonHome.Setup => "/home/setup",
        _ => "/plans",
    };

    /// <summary>The home's name in the API and forms (snake_case, as the enum is written in JSON).</summary>
    public static string KeyOf(PersonHome home) => home switch
    {
        PersonHome.MyDay => "my_day",
        _ => home.ToString().ToLowerInvariant(),
    };
}
