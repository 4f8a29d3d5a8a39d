using Gameplan.Domain.Pace;

namespace Gameplan.Core.Pace;

/// <summary>A stored plan's pace page: the report (exactly the API's and the CLI's contract) and a burn-up per commitment.</summary>
/// <param name="Names">Full names by handle, for the people the report names.</param>
/// <param name="Titles">Goals' titles and strategies' statements by key, for the ids the report names.</param>
public sealed record PlanPaceDetails(
    int Id, string Name, DateOnly Today, PaceReport Report, IReadOnlyList<BurnUpSeries> BurnUps,
    IReadOnlyDictionary<string, string> Names, IReadOnlyDictionary<string, string> Titles);

/// <summary>
/// Expected against actual, cumulative, for one commitment summed over its assignees, from the
/// tactic's start to its due date (actual only up to today). At most about 92 points: a longer span
/// is sampled every few days, always keeping the start, today and the due date.
/// </summary>
/// <param name="Tactic">The tactic's key.</param>
/// <param name="Action">What the tactic says to do.</param>
/// <param name="People">The assignees' handles.</param>
public sealed record BurnUpSeries(string? Tactic, string? Action, string Metric, string? Unit, IReadOnlyList<string> People, IReadOnlyList<BurnUpPoint> Points);

/// <param name="Expected">The target due from the start to this day, included, for all assignees together.</param>
/// <param name="Actual">What they logged from the start to this day; null after today.</param>
public sealed record BurnUpPoint(DateOnly Date, decimal Expected, decimal? Actual);

/// <summary>
/// A team's person x day heatmap over its last working days: each cell is that day's attainment,
/// the mean over the person's commitments due that day of actual / target, each capped at
/// <see cref="TeamPaceQueries.AttainmentCap"/> so one big day on one commitment does not hide a missed one.
/// </summary>
/// <param name="Days">The working days shown (the organisation's calendar), oldest first, ending today.</param>
/// <param name="Plans">Names of the active plans whose commitments are counted.</param>
public sealed record TeamPaceDetails(int Id, string Team, DateOnly Today, IReadOnlyList<DateOnly> Days, IReadOnlyList<TeamPaceRow> People, IReadOnlyList<string> Plans);

/// <param name="Attainment">Over all the days shown: the mean over the person's commitments of actual / target, each capped; null when nothing was due.</param>
public sealed record TeamPaceRow(string Person, string Name, decimal? Attainment, IReadOnlyList<TeamPaceCell> Days);

/// <param name="Attainment">Null when nothing was due that day.</param>
/// <param name="Metrics">Each commitment due that day: its metric, the day's target and what was logged.</param>
public sealed record TeamPaceCell(DateOnly Date, decimal? Attainment, IReadOnlyList<TeamPaceMetric> Metrics);

/// <param name="Period">For a commitment per week, month or quarter: the period whose standing the cell shows ("this week"); its target and actual are the period's.</param>
public sealed record TeamPaceMetric(string Metric, decimal Target, decimal Actual, string? Period = null);

/// <summary>Who is off pace (at risk or off track) on which commitment, by how much, and why; one page of the filtered, sorted list.</summary>
/// <param name="Scope">Whose pace this is: a team's name, "your teams", or "the organisation".</param>
/// <param name="People">How many people were checked.</param>
/// <param name="Teams">The teams in scope, for their heatmaps.</param>
/// <param name="Lines">This page's lines.</param>
/// <param name="Total">Lines that match the filter, on every page.</param>
/// <param name="Page">This page, from 1.</param>
/// <param name="PageCount">Pages of lines (1 when there are none).</param>
/// <param name="Options">What the filter may offer: only the people, metrics and plans in the actor's scope that are off pace.</param>
public sealed record OffPaceDetails(
    DateOnly Today, string Scope, int People, IReadOnlyList<TeamLink> Teams, IReadOnlyList<OffPaceLine> Lines,
    int Total, int Page, int PageCount, OffPaceOptions Options);

/// <summary>The choices of the off-pace list's filter, each in display order.</summary>
/// <param name="People">Handle and name.</param>
/// <param name="Metrics">Metrics as plans spell them.</param>
/// <param name="Plans">Id and name.</param>
public sealed record OffPaceOptions(
    IReadOnlyList<(string Handle, string Name)> People, IReadOnlyList<string> Metrics, IReadOnlyList<(int Id, string Name)> Plans);

public sealed record TeamLink(int Id, string Name);

/// <param name="Team">The person's team; null when they have none.</param>
/// <param name="Shortfall">Target to date minus actual to date.</param>
/// <param name="LastActivity">The last day the person logged the metric since the start; null when never.</param>
/// <param name="Reasons">Why, in words: not started, no activity for some days, low attainment, the projection.</param>
public sealed record OffPaceLine(
    int PlanId, string Plan, string? Tactic, string? Action, string Metric, string? Unit, string Person, string Name, string? Team,
    decimal TargetToDate, decimal ActualToDate, decimal Shortfall, decimal? Attainment, decimal? ProjectedTotal, decimal TargetTotal,
    PaceStatus Status, DateOnly? LastActivity, IReadOnlyList<string> Reasons);
