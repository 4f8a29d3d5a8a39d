namespace Gameplan.Domain.Organizations;

/// <summary>
/// The critique settings an organisation or a plan chooses (the plan file's <c>settings</c>).
/// Every field is optional: null means "not set here", so a plan's settings override the
/// organisation's field by field (<see cref="Over"/>), and what neither sets takes the critique's defaults.
/// Values are checked when the settings are made; a bad one names its field.
/// </summary>
public sealed record PlanningSettings
{
    /// <summary>Working days in the plan-file spelling, in week order (Monday first).</summary>
    public static readonly IReadOnlyList<string> DayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    /// <summary>The roll-up methods the progress calculation knows.</summary>
    public static readonly IReadOnlyList<string> RollupMethods = ["weighted", "value-weighted", "average", "weakest"];

    /// <summary>At most this many holidays (two years of public and company days is far fewer).</summary>
    public const int MaxHolidays = 200;

    /// <summary>Settings that set nothing: everything comes from the next level.</summary>
    public static PlanningSettings None { get; } = new();

    public PlanningSettings(
        int? planningWindowDays = null,
        int? maxStrategies = null,
        int? strategicReviewDays = null,
        int? tacticalReviewDays = null,
        IEnumerable<string>? workingDays = null,
        IEnumerable<DateOnly>? holidays = null,
        string? rollup = null)
    {
        PlanningWindowDays = InRange(planningWindowDays, 0, 730, "planning_window_days");
        MaxStrategies = InRange(maxStrategies, 1, 50, "max_strategies");
        StrategicReviewDays = InRange(strategicReviewDays, 1, 730, "strategic_review_days");
        TacticalReviewDays = InRange(tacticalReviewDays, 1, 365, "tactical_review_days");
        WorkingDays = workingDays is null ? null : Days(workingDays);
        Holidays = holidays is null ? null : Dates(holidays);
        Rollup = Method(rollup);
    }

    /// <summary>Planning should start at least this many days before the period (0 to 730).</summary>
    public int? PlanningWindowDays { get; }

    /// <summary>More strategies than this is a lack of focus (1 to 50).</summary>
    public int? MaxStrategies { get; }

    /// <summary>Days between strategic reviews (1 to 730).</summary>
    public int? StrategicReviewDays { get; }

    /// <summary>Days between tactical reviews (1 to 365).</summary>
    public int? TacticalReviewDays { get; }

    /// <summary>At least one of <see cref="DayNames"/>, each once, in week order.</summary>
    public IReadOnlyList<string>? WorkingDays { get; }

    /// <summary>Days off on working days, each once, in date order; an empty list means "no holidays".</summary>
    public IReadOnlyList<DateOnly>? Holidays { get; }

    /// <summary>One of <see cref="RollupMethods"/>.</summary>
    public string? Rollup { get; }

    /// <summary>True when no field is set.</summary>
    public bool IsEmpty => Equals(None);

    /// <summary>These settings, with every field they leave unset taken from <paramref name="fallback"/>.</summary>
    public PlanningSettings Over(PlanningSettings fallback) => new(
        PlanningWindowDays ?? fallback.PlanningWindowDays,
        MaxStrategies ?? fallback.MaxStrategies,
        StrategicReviewDays ?? fallback.StrategicReviewDays,
        TacticalReviewDays ?? fallback.TacticalReviewDays,
        WorkingDays ?? fallback.WorkingDays,
        Holidays ?? fallback.Holidays,
        Rollup ?? fallback.Rollup);

    public bool Equals(PlanningSettings? other) =>
        other is not null
        && (PlanningWindowDays, MaxStrategies, StrategicReviewDays, TacticalReviewDays, Rollup)
            == (other.PlanningWindowDays, other.MaxStrategies, other.StrategicReviewDays, other.TacticalReviewDays, other.Rollup)
        && SameList(WorkingDays, other.WorkingDays)
        && SameList(Holidays, other.Holidays);

    public override int GetHashCode() =>
        HashCode.Combine(PlanningWindowDays, MaxStrategies, StrategicReviewDays, TacticalReviewDays, Rollup, WorkingDays?.Count, Holidays?.Count);

    private static bool SameList<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b) =>
        a is null ? b is null : b is not null && a.SequenceEqual(b);

    private static int? InRange(int? value, int min, int max, string field) =>
        value is { } v && (v < min || v > max)
            ? throw new DomainRuleException($"The {Guard.Label(field)} must be between {min} and {max}, not {v}.", field)
            : value;

    private static List<string> Days(IEnumerable<string> days)
    {
        var names = days.Select(d => d?.Trim().ToLowerInvariant() ?? "").ToList();
        if (names.FirstOrDefault(n => !DayNames.Contains(n)) is { } unknown)
        {
            throw new DomainRuleException(
                $"The working days are written mon, tue, wed, thu, fri, sat or sun, not '{unknown}'.", "working_days");
        }
        return names.Count == 0
            ? throw new DomainRuleException("At least one working day is needed.", "working_days")
            : [.. DayNames.Where(names.Contains)];
    }

    private static List<DateOnly> Dates(IEnumerable<DateOnly> dates)
    {
        var list = dates.Distinct().Order().ToList();
        foreach (var day in list.Where(d => !PlanCalendar.Contains(d)).Take(1))
        {
            throw new DomainRuleException(PlanCalendar.OutOfRange("holidays", day), "holidays");
        }
        return list.Count > MaxHolidays
            ? throw new DomainRuleException($"At most {MaxHolidays} holidays can be listed, not {list.Count}.", "holidays")
            : list;
    }

    private static string? Method(string? rollup)
    {
        var text = rollup?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        return RollupMethods.Contains(text)
            ? text
            : throw new DomainRuleException(
                $"The rollup must be one of {string.Join(", ", RollupMethods)}, not '{rollup}'.", "rollup");
    }
}
