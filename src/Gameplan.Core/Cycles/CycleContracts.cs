using System.ComponentModel.DataAnnotations;
using Gameplan.Domain.Cycles;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Cycles;

/// <summary>
/// Creates or replaces a planning cycle. Give the fiscal year (<c>fiscal_year: 2028</c>) for the
/// organisation's year, or the period's dates; dates left out take the defaults (opens 90 days before
/// the period, drafts due 45, reviews due 14).
/// </summary>
public sealed record CycleRequest
{
    [StringLength(200)]
    public string? Name { get; init; }

    [Range(1900, 2200)]
    public int? FiscalYear { get; init; }

    public DateOnly? PeriodStart { get; init; }

    public DateOnly? PeriodEnd { get; init; }

    public DateOnly? Opens { get; init; }

    public DateOnly? DraftsDue { get; init; }

    public DateOnly? ReviewsDue { get; init; }
}

public sealed record CycleDetails(int Id, string Name, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly Opens, DateOnly DraftsDue, DateOnly ReviewsDue);

/// <summary>A plan as a cycle row shows it.</summary>
public sealed record CyclePlan(int Id, string Name, PlanStatus Status);

/// <summary>How far the child plans cover one goal of a plan: "112 of 140 (80%)".</summary>
public sealed record CycleCoverage(string Goal, string Title, decimal Covered, decimal? Target, decimal? Ratio, decimal? Percent);

/// <summary>One person's line: their personal plan for the period and where it stands.</summary>
public sealed record CyclePerson(string Handle, string Name, PersonRole Role, CyclePlan? Plan, CycleStatus Status, DateOnly? DueBy, int? DaysLeft);

/// <summary>A team's line: its team plan, where it stands, how far its people's plans cover its goals, and each person.</summary>
public sealed record CycleTeam(int Id, string Name, CyclePlan? Plan, CycleStatus Status, DateOnly? DueBy, int? DaysLeft,
    IReadOnlyList<CycleCoverage> Coverage, IReadOnlyList<CyclePerson> People);

/// <summary>
/// The cycle page: the organisation plan and how far the team plans cover it, then each team the
/// reader may see with its people, as of <paramref name="Today"/>; <paramref name="Counts"/> per status over every line.
/// </summary>
public sealed record CycleBoard(CycleDetails Cycle, DateOnly Today, CyclePlan? OrganizationPlan, CycleStatus OrganizationStatus,
    IReadOnlyList<CycleCoverage> OrganizationCoverage, IReadOnlyList<CycleTeam> Teams, IReadOnlyDictionary<CycleStatus, int> Counts);
