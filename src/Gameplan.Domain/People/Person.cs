using System.Text.RegularExpressions;

namespace Gameplan.Domain.People;

/// <summary>
/// Someone who plans, owns or does work. People are referred to by a short <see cref="Handle"/>
/// (unique in the organisation), as in plan files.
/// </summary>
public sealed partial class Person
{
    /// <summary>The most hours a week can hold; a larger capacity is a typo.</summary>
    public const decimal MaxCapacityHoursPerWeek = 168;

    private Person() { }

    public Person(int organizationId, string handle, string name, PersonRole role, int? teamId, decimal? capacityHoursPerWeek)
    {
        OrganizationId = organizationId;
        ChangeHandle(handle);
        Update(name, role, teamId, capacityHoursPerWeek);
    }

    public int Id { get; private set; }

    public int OrganizationId { get; private set; }

    /// <summary>Lower-case letters, digits, dot, dash or underscore, starting with a letter.</summary>
    public string Handle { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>
    /// The work e-mail address, lower-case; optional, unique in the organisation. Imports match CRM
    /// rows to people by it (and by the sign-in account's e-mail, which is separate and may differ).
    /// </summary>
    public string? Email { get; private set; }

    public PersonRole Role { get; private set; }

    public int? TeamId { get; private set; }

    /// <summary>Hours a week this person can give to planned work; null when not stated.</summary>
    public decimal? CapacityHoursPerWeek { get; private set; }

    /// <summary>
    /// The person's own IANA time zone when they work away from the organisation's; null means the
    /// organisation's. "Today" for their day (My day, acknowledgements) is the calendar day there.
    /// </summary>
    public string? TimeZone { get; private set; }

    /// <summary>False once deactivated: history is kept, but the person takes no new work.</summary>
    public bool IsActive { get; private set; } = true;

    /// <summary>Where the person lands when they open Gameplan; null: their role's default (<see cref="PersonHomes.DefaultFor"/>).</summary>
    public PersonHome? Home { get; private set; }

    /// <summary>The page the person lands on: their choice while their role may still read it, else their role's default.</summary>
    public PersonHome LandsOn => PersonHomes.LandsOn(Role, Home);

    public void ChangeHandle(string handle)
    {
        var value = Guard.Required(handle, "handle", 40).ToLowerInvariant();
        if (!HandlePattern().IsMatch(value))
        {
            throw new DomainRuleException(
                $"The handle '{value}' must start with a letter and use only letters, digits, '.', '-' or '_'.", "handle");
        }
        if (value is "team" or "owner")
        {
            throw new DomainRuleException($"The handle '{value}' is reserved in plan files; choose another.", "handle");
        }
        Handle = value;
    }

    public void Update(string name, PersonRole role, int? teamId, decimal? capacityHoursPerWeek)
    {
        Name = Guard.Required(name, "name", 120);
        Role = role;
        TeamId = teamId;
        if (capacityHoursPerWeek > MaxCapacityHoursPerWeek)
        {
            throw new DomainRuleException(
                $"A week has {MaxCapacityHoursPerWeek} hours; {capacityHoursPerWeek} is not a possible capacity.",
                "capacity_hours_per_week");
        }
        CapacityHoursPerWeek = Guard.NonNegative(capacityHoursPerWeek, "capacity_hours_per_week");
    }

    /// <summary>Sets or clears (blank) the work e-mail address; stored trimmed and lower-case.</summary>
    public void ChangeEmail(string? email)
    {
        var value = Guard.Optional(email, "email", 254)?.ToLowerInvariant();
        if (value is not null && !EmailPattern().IsMatch(value))
        {
            throw new DomainRuleException($"'{value}' is not an e-mail address (name@domain).", "email");
        }
        Email = value;
    }

    /// <summary>Sets (an IANA id, already checked by the caller) or clears (blank: the organisation's) the person's time zone.</summary>
    public void ChangeTimeZone(string? zone) => TimeZone = Guard.Optional(zone, "time_zone", Organizations.Organization.MaxTimeZoneLength);

    /// <summary>Chooses where the person lands; null goes back to their role's default.</summary>
    /// <summary>Chooses where the person lands: one of the homes their role may read (<see cref="PersonHomes.AvailableTo"/>); null goes back to the role's default.</summary>
    public void ChangeHome(PersonHome? home) =>
        Home = home is null || PersonHomes.AvailableTo(Role).Contains(home.Value) ? home
            : throw new DomainRuleException($"Choose {string.Join(", ", PersonHomes.AvailableTo(Role).Select(PersonHomes.KeyOf))}: those are the homes a {Role.ToString().ToLowerInvariant()} may choose.", "home");

    public void Deactivate() => IsActive = false;

    public void Reactivate() => IsActive = true;

    /// <summary>Whether <paramref name="value"/> (already lower case) is a handle: a letter, then letters, digits, '.', '-' or '_', at most 40.</summary>
    public static bool IsHandle(string value) => value is { Length: > 0 and <= 40 } && HandlePattern().IsMatch(value);

    [GeneratedRegex("^[a-z][a-z0-9._-]*$")]
    private static partial Regex HandlePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
