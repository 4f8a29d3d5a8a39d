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
}

/// <summary>Where each role lands until the person chooses.</summary>
public static class PersonHomes
{
    /// <summary>Reps land on their inbox (what they must do), everyone else on the plans until their own home exists.</summary>
    public static PersonHome DefaultFor(PersonRole role) => role == PersonRole.Rep ? PersonHome.Inbox : PersonHome.Plans;

    /// <summary>The page of a home.</summary>
    public static string PathOf(PersonHome home) => home switch
    {
        PersonHome.Inbox => "/inbox",
        PersonHome.MyDay => "/activities",
        _ => "/plans",
    };
}
