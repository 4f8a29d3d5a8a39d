namespace Gameplan.Core.PlanFiles;

/// <summary>
/// A plan file (YAML, version 1; see PLAN-FORMAT.md) exactly as written: nothing resolved, nothing
/// defaulted. Absent values are null; lists that the file may leave out are empty.
/// </summary>
public sealed record PlanFile
{
    public const int CurrentVersion = 1;

    public int Version { get; init; } = CurrentVersion;

    public PlanFilePlan Plan { get; init; } = new();

    public IReadOnlyList<PlanFilePerson> People { get; init; } = [];

    public IReadOnlyList<PlanFileReview> Reviews { get; init; } = [];

    /// <summary>Null when the file has no <c>settings</c> section (the critique then uses its defaults).</summary>
    public PlanFileSettings? Settings { get; init; }

    /// <summary>Wave 2: the plan's sales funnel (<c>funnel:</c>, top level); null when the file has none.</summary>
    public PlanFileFunnel? Funnel { get; init; }
}

/// <summary>
/// <c>funnel: { deal_value, currency, cycle_days, stages: [{ metric, rate, minutes }] }</c>: the
/// stages in order, the last one the won deal without a rate. <c>currency</c> and a stage's
/// <c>minutes</c> are Gameplan extensions (the deal value's currency; how long one unit takes, for GP613).
/// </summary>
public sealed record PlanFileFunnel
{
    public decimal? DealValue { get; init; }

    public string? Currency { get; init; }

    public int? CycleDays { get; init; }

    public IReadOnlyList<PlanFileFunnelStage> Stages { get; init; } = [];
}

/// <summary>One <c>funnel.stages</c> entry.</summary>
public sealed record PlanFileFunnelStage(string? Metric, decimal? Rate, decimal? Minutes = null);

public sealed record PlanFilePlan
{
    public string? Name { get; init; }

    /// <summary><c>organization</c>, <c>team</c> or <c>person</c>.</summary>
    public string? Scope { get; init; }

    public string? Team { get; init; }

    public string? Owner { get; init; }

    /// <summary>Wave 2: the plan and strategy (or goal) this plan carries out; null when the file names none.</summary>
    public PlanFileParent? Parent { get; init; }

    public PlanFilePeriod? Period { get; init; }

    public DateOnly? Drafted { get; init; }

    public string? Mission { get; init; }

    public PlanFileBackground? Background { get; init; }

    public PlanFileCustomer? Customer { get; init; }

    public string? DesiredResults { get; init; }

    public IReadOnlyList<PlanFileGoal> Goals { get; init; } = [];

    public IReadOnlyList<PlanFileStrategy> Strategies { get; init; } = [];

    /// <summary>Extension: tactics tied to no strategy (the critique calls them busy work).</summary>
    public IReadOnlyList<PlanFileTactic> Tactics { get; init; } = [];
}

/// <summary><c>parent: { plan: NAME-or-id, strategy: s1 }</c> (or <c>goal: g1</c>): what a team or personal plan carries out.</summary>
public sealed record PlanFileParent(string? Plan, string? Strategy, string? Goal = null);

/// <summary><c>contributes_to: { goal: g2, amount: 60 }</c>: a goal's share of a goal of the parent plan, in that goal's unit.</summary>
public sealed record PlanFileContribution(string? Goal, decimal? Amount);

/// <summary>The plan period; both days inclusive.</summary>
public sealed record PlanFilePeriod(DateOnly? Start, DateOnly? End);

public sealed record PlanFileBackground(string? Current, string? Desired);

public sealed record PlanFileCustomer(string? Who, string? Values);

public sealed record PlanFileGoal
{
    public string? Id { get; init; }

    public string? Title { get; init; }

    public string? Metric { get; init; }

    public string? Unit { get; init; }

    public decimal? Baseline { get; init; }

    public decimal? Target { get; init; }

    public DateOnly? Due { get; init; }

    /// <summary>Handles; a file may write one as a scalar. More than one (or none) is a finding, not a read error.</summary>
    public IReadOnlyList<string> Dri { get; init; } = [];

    /// <summary>Extension: <c>increase</c>, <c>decrease</c> or <c>maintain</c>; null infers it from baseline and target.</summary>
    public string? Direction { get; init; }

    /// <summary>Extension: relative weight in a weighted roll-up; null means 1.</summary>
    public decimal? Weight { get; init; }

    /// <summary>Extension: the metric's measured values, as <c>{ date, value, note? }</c> items.</summary>
    public IReadOnlyList<PlanFileMeasurement> Measurements { get; init; } = [];

    /// <summary>Wave 2: the parent plan's goal this goal contributes to; null when it names none.</summary>
    public PlanFileContribution? ContributesTo { get; init; }
}

/// <summary>A goal's metric measured on a day; either part may be missing in a hand-written file (a finding, not a read error).</summary>
public sealed record PlanFileMeasurement
{
    public DateOnly? Date { get; init; }

    public decimal? Value { get; init; }

    /// <summary>Optional: where the number comes from, what it counts.</summary>
    public string? Note { get; init; }
}

public sealed record PlanFileStrategy
{
    public string? Id { get; init; }

    public string? Statement { get; init; }

    public IReadOnlyList<string> Dri { get; init; } = [];

    /// <summary>Ids of the goals the strategy serves.</summary>
    public IReadOnlyList<string> Goals { get; init; } = [];

    public IReadOnlyList<PlanFileTactic> Tactics { get; init; } = [];
}

public sealed record PlanFileTactic
{
    public string? Id { get; init; }

    public string? Action { get; init; }

    /// <summary>A handle, or <c>team</c> (everyone in the plan's team).</summary>
    public string? Owner { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public DateOnly? Start { get; init; }

    /// <summary>The last day of the tactic (inclusive).</summary>
    public DateOnly? Due { get; init; }

    /// <summary>Empty means "none needed"; null means "not stated". The two must stay distinct.</summary>
    public IReadOnlyList<string>? Resources { get; init; }

    public decimal? EffortHours { get; init; }

    /// <summary>Extension: <c>planned</c>, <c>active</c>, <c>done</c> or <c>dropped</c>.</summary>
    public string? Status { get; init; }

    public IReadOnlyList<PlanFileActivity> Activities { get; init; } = [];

    public IReadOnlyList<string> AcknowledgedBy { get; init; } = [];
}

/// <summary>A measurable activity commitment: <see cref="Target"/> units of <see cref="Metric"/> per <see cref="Per"/>.</summary>
public sealed record PlanFileActivity
{
    public string? Metric { get; init; }

    public string? Unit { get; init; }

    public decimal? Target { get; init; }

    /// <summary><c>day</c> (working day), <c>week</c>, <c>month</c>, <c>quarter</c> or <c>period</c>.</summary>
    public string? Per { get; init; }

    /// <summary>Null when the file leaves it out (the owner, by default).</summary>
    public PlanFileAssignees? Assignees { get; init; }

    /// <summary>
    /// Extension: who acknowledged this commitment, each with the day when known. The tactic's own
    /// <c>acknowledged_by</c> (version 1) still counts for every commitment of the tactic that binds the person.
    /// </summary>
    public IReadOnlyList<PlanFileAcknowledgement> AcknowledgedBy { get; init; } = [];
}

/// <summary>One person's acknowledgement of a commitment: <c>ana</c>, or <c>{ handle: ana, date: 2027-01-05 }</c>.</summary>
public sealed record PlanFileAcknowledgement(string Handle, DateOnly? Date = null);

/// <summary>Who does an activity: <c>owner</c>, <c>team</c>, or the people named by handle.</summary>
public sealed record PlanFileAssignees(string Mode, IReadOnlyList<string> Handles)
{
    public const string OwnerMode = "owner";
    public const string TeamMode = "team";
    public const string NamedMode = "named";

    public static PlanFileAssignees Owner { get; } = new(OwnerMode, []);

    public static PlanFileAssignees Team { get; } = new(TeamMode, []);

    public static PlanFileAssignees Named(params IReadOnlyList<string> handles) => new(NamedMode, handles);
}

public sealed record PlanFilePerson
{
    public string? Handle { get; init; }

    public string? Name { get; init; }

    /// <summary><c>rep</c>, <c>manager</c>, <c>executive</c> or <c>admin</c>.</summary>
    public string? Role { get; init; }

    public string? Team { get; init; }

    public decimal? CapacityHoursPerWeek { get; init; }
}

public sealed record PlanFileReview
{
    /// <summary><c>strategic</c>, <c>tactical</c> or (extension) <c>one_on_one</c>.</summary>
    public string? Kind { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>Null when the file leaves it out (not held).</summary>
    public bool? Held { get; init; }

    public string? Notes { get; init; }

    /// <summary>Extension: for a one-on-one, the handle of the person coached.</summary>
    public string? Person { get; init; }
}

/// <summary>Critique settings; each null one takes its default.</summary>
public sealed record PlanFileSettings
{
    public int? PlanningWindowDays { get; init; }

    public int? MaxStrategies { get; init; }

    public int? StrategicReviewDays { get; init; }

    public int? TacticalReviewDays { get; init; }

    /// <summary><c>mon</c> .. <c>sun</c>; null when not stated.</summary>
    public IReadOnlyList<string>? WorkingDays { get; init; }

    /// <summary>Extension: days off that fall on working days; they carry no activity targets. Null when not stated.</summary>
    public IReadOnlyList<DateOnly>? Holidays { get; init; }

    /// <summary>Extension: <c>weighted</c>, <c>value-weighted</c>, <c>average</c> or <c>weakest</c>; null picks the default.</summary>
    public string? Rollup { get; init; }
}
