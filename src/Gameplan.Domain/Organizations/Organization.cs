namespace Gameplan.Domain.Organizations;

/// <summary>A company (or a person planning alone) that owns teams, people and plans.</summary>
public sealed class Organization
{
    /// <summary>The zone of an organisation that has not chosen one.</summary>
    public const string DefaultTimeZone = "UTC";

    /// <summary>The longest IANA id is 32 characters; the column leaves room.</summary>
    public const int MaxTimeZoneLength = 64;

    private Organization() { }

    public Organization(string name) => Rename(name);

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The critique settings every plan of the organisation uses unless it sets its own.</summary>
    public PlanningSettings Settings { get; private set; } = PlanningSettings.None;

    /// <summary>
    /// The IANA time zone (e.g. <c>Europe/Berlin</c>) whose calendar day is "today" for the organisation's
    /// people, unless a person sets their own; <c>UTC</c> by default. Core checks the id against the time zone database.
    /// </summary>
    public string TimeZone { get; private set; } = DefaultTimeZone;

    /// <summary>
    /// How days read on the organisation's pages (a culture name such as <c>en-US</c>, or <c>iso</c>); null
    /// keeps Gameplan's own "6 Dec 2026". See <see cref="DateStyle"/>.
    /// </summary>
    public string? DateLocale { get; private set; }

    /// <summary>Sets <see cref="DateLocale"/> (blank or <see cref="DateStyle.Standard"/>: Gameplan's own); an unknown locale is refused naming <c>date_locale</c>.</summary>
    public void ChangeDateLocale(string? locale) =>
        DateLocale = string.IsNullOrWhiteSpace(locale) || string.Equals(locale.Trim(), DateStyle.Standard, StringComparison.OrdinalIgnoreCase) ? null : DateStyle.Check(locale);

    /// <summary>The month (1-12) the fiscal year starts in; see <see cref="Periods.FiscalYear"/>.</summary>
    public int FiscalYearStartMonth { get; private set; } = 1;

    /// <summary>
    /// When a system administrator suspended the organisation, or null while it is in use. A suspended
    /// organisation keeps its data, but nobody of it signs in and its sessions and tokens stop working.
    /// </summary>
    public DateTimeOffset? SuspendedAt { get; private set; }

    public bool IsSuspended => SuspendedAt is not null;

    /// <summary>Suspends the organisation at <paramref name="now"/>; suspending it again keeps the first moment.</summary>
    public void Suspend(DateTimeOffset now) => SuspendedAt ??= now;

    /// <summary>Puts a suspended organisation back in use.</summary>
    public void Resume() => SuspendedAt = null;

    public void ChangeFiscalYearStart(int month) => FiscalYearStartMonth = Periods.FiscalYear.Check(month);
    /// <summary>Which changes to an approved plan send it back to review (goals and strategies by default).</summary>
    public Reapproval Reapproval { get; private set; } = Reapproval.GoalsAndStrategies;

    /// <summary>The weekday each weekly check-in is due (its week is the seven days that end on it); Friday by default.</summary>
    public DayOfWeek CheckInDay { get; private set; } = DayOfWeek.Friday;

    public void ChangeCheckInDay(DayOfWeek day) =>
        CheckInDay = Enum.IsDefined(day) ? day : throw new DomainRuleException("The check-in day must be a day of the week, monday to sunday.", "check_in_day");

    /// <summary>Attainment, in percent, from which a person is on track (100 until chosen); see <see cref="PaceThresholds"/>.</summary>
    public int OnTrackPercent { get; private set; } = Pace.PaceThresholds.Default.OnTrackPercent;

    /// <summary>Attainment, in percent, from which a person is at risk rather than off track (80 until chosen).</summary>
    public int AtRiskPercent { get; private set; } = Pace.PaceThresholds.Default.AtRiskPercent;

    /// <summary>The thresholds that decide every pace status of the organisation.</summary>
    public Pace.PaceThresholds PaceThresholds => new(OnTrackPercent, AtRiskPercent);

    public void ChangePaceThresholds(Pace.PaceThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        (OnTrackPercent, AtRiskPercent) = (thresholds.OnTrackPercent, thresholds.AtRiskPercent);
    }

    public void Rename(string name) => Name = Guard.Required(name, "name", 200);

    /// <summary>Replaces the organisation's settings; a field left unset falls back to the critique's default.</summary>
    public void ChangeSettings(PlanningSettings settings) => Settings = settings;

    public void ChangeReapproval(Reapproval rule) =>
        Reapproval = Enum.IsDefined(rule) ? rule : throw new DomainRuleException("The reapproval rule must be any, goals_and_strategies or none.", "reapproval");

    /// <summary>Sets the organisation's time zone (an IANA id, already checked by the caller).</summary>
    public void ChangeTimeZone(string zone) => TimeZone = Guard.Required(zone, "time_zone", MaxTimeZoneLength);
}
