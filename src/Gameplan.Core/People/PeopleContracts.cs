using System.ComponentModel.DataAnnotations;
using Gameplan.Domain.People;

namespace Gameplan.Core.People;

/// <summary>Adds or changes a person; the team by name.</summary>
public sealed record PersonRequest
{
    [Required, StringLength(40)]
    public string Handle { get; init; } = "";

    [Required, StringLength(120)]
    public string Name { get; init; } = "";

    public PersonRole Role { get; init; } = PersonRole.Rep;

    [StringLength(120)]
    public string? Team { get; init; }

    /// <summary>Work e-mail, unique in the organisation; imports match CRM rows to people by it. Absent or null clears it.</summary>
    [EmailAddress, StringLength(254)]
    public string? Email { get; init; }

    [Range(typeof(decimal), "0", "168")]
    public decimal? CapacityHoursPerWeek { get; init; }

    /// <summary>The person's own IANA time zone (e.g. <c>America/Los_Angeles</c>) when they work away from the organisation's; absent or null: the organisation's.</summary>
    [StringLength(64)]
    public string? TimeZone { get; init; }

    public bool Active { get; init; } = true;
}

public sealed record PersonDetails(int Id, string Handle, string Name, PersonRole Role, string? Team, decimal? CapacityHoursPerWeek, bool Active, string? Email = null, string? TimeZone = null);
