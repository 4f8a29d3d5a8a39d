using System.ComponentModel.DataAnnotations;
using Gameplan.Domain;
using Gameplan.Domain.Organizations;

namespace Gameplan.Core.Organizations;

/// <summary>
/// The organisation's settings: its critique settings (as plan files spell them) and its time zone,
/// which plans do not have.
/// </summary>
public sealed record OrganizationSettingsInput : PlanningSettingsInput
{
    public OrganizationSettingsInput() { }

    private OrganizationSettingsInput(PlanningSettingsInput settings)
        : base(settings) { }

    /// <summary>
    /// The IANA time zone whose calendar day is "today" for the organisation (e.g. <c>Europe/Berlin</c>);
    /// people may set their own. Read: always set (<c>UTC</c> until chosen). Write: null or absent keeps the current zone.
    /// </summary>
    [StringLength(Organization.MaxTimeZoneLength)]
    public string? TimeZone { get; init; }

    /// <summary>The month (1-12) the fiscal year starts in; the year is named by the year it ends in. Write: null keeps it.</summary>
    [Range(1, 12)]
    public int? FiscalYearStartMonth { get; init; }

    /// <summary>
    /// Which changes to an approved plan send it back to review: <c>any</c>, <c>goals_and_strategies</c> (tactics,
    /// commitments and reviews do not) or <c>none</c>. Read: always set (goals_and_strategies until chosen).
    /// Write: null or absent keeps the current rule.
    /// </summary>
    public Reapproval? Reapproval { get; init; }

    /// <summary>
    /// The weekday each weekly check-in is due (<c>friday</c> until chosen); the week checked in for is the seven
    /// days that end on it. Write: null or absent keeps the current day.
    /// </summary>
    public DayOfWeek? CheckInDay { get; init; }

    /// <summary>
    /// How days read on the organisation's pages: a locale such as <c>en-US</c> ("Dec 6, 2026") or <c>de-DE</c>,
    /// <c>iso</c> (2026-12-06), or <c>default</c> ("6 Dec 2026"). Read: always set. Write: null or absent keeps it.
    /// </summary>
    [StringLength(DateStyle.MaxLocaleLength)]
    public string? DateLocale { get; init; }

    /// <summary>
    /// Attainment, in percent of the target due so far, from which a person is on track (1-200; 100 until chosen).
    /// Write: null or absent keeps it.
    /// </summary>
    [Range(Domain.Pace.PaceThresholds.MinPercent, Domain.Pace.PaceThresholds.MaxPercent)]
    public int? OnTrackPercent { get; init; }

    /// <summary>
    /// Attainment, in percent, from which a person below on track is at risk rather than off track (1-200 and below
    /// <see cref="OnTrackPercent"/>; 80 until chosen). Write: null or absent keeps it.
    /// </summary>
    [Range(Domain.Pace.PaceThresholds.MinPercent, Domain.Pace.PaceThresholds.MaxPercent)]
    public int? AtRiskPercent { get; init; }

    public static OrganizationSettingsInput Of(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return new OrganizationSettingsInput(Of(organization.Settings))
        {
            TimeZone = organization.TimeZone,
            FiscalYearStartMonth = organization.FiscalYearStartMonth,
            Reapproval = organization.Reapproval,
            CheckInDay = organization.CheckInDay,
            DateLocale = organization.DateLocale ?? DateStyle.Standard,
            OnTrackPercent = organization.OnTrackPercent,
            AtRiskPercent = organization.AtRiskPercent,
        };
    }
}
