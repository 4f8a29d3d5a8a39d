using Gameplan.Domain.Critique;
using Gameplan.Domain.Pace;
using Gameplan.Domain.Plans;

namespace Gameplan.Domain.Funnels;

/// <summary>The working days a goal's required activity has to happen in: today to the due date minus the sales cycle, inclusive.</summary>
/// <param name="Start">Today.</param>
/// <param name="End">The goal's due date minus the cycle; before <paramref name="Start"/> when the activity is already late.</param>
/// <param name="WorkingDays">Working days from start to end (0 when end is before start).</param>
public sealed record FunnelWindow(DateOnly Start, DateOnly End, int WorkingDays);

/// <summary>What one stage of the funnel needs for a goal, and what the plan commits to it.</summary>
/// <param name="Metric">The stage's metric.</param>
/// <param name="Rate">The share that reaches the next stage (as assumed, or as changed by a what-if); null for the goal's own stage.</param>
/// <param name="Required">The volume needed in the window, rounded up to a whole unit.</param>
/// <param name="People">Who carries it: the distinct assignees of the commitments on the metric, at least 1 (or the what-if's team size).</param>
/// <param name="Assignees">Those assignees' handles, in plan order.</param>
/// <param name="PerPersonPerDay">Required / people / working days of the window; null when the window has no working day.</param>
/// <param name="Committed">The commitments' targets on the metric over the window; null when nothing is committed.</param>
/// <param name="Coverage">Committed / required; null when nothing is committed or nothing is required.</param>
public sealed record StageModel(
    string Metric, decimal? Rate, decimal Required, int People, IReadOnlyList<string> Assignees,
    decimal? PerPersonPerDay, decimal? Committed, decimal? Coverage);

/// <summary>One goal run back through the funnel.</summary>
/// <param name="Id">The goal's id.</param>
/// <param name="Title">The goal's title.</param>
/// <param name="Unit">The goal's unit (<c>currency:USD</c>, <c>count</c>).</param>
/// <param name="Current">The goal's value today: its latest measurement on or before today, else its baseline (0 when it has neither).</param>
/// <param name="Remaining">Target minus current, never below 0.</param>
/// <param name="Deals">The count needed at the goal's own stage: ceil(remaining / deal value) for a money goal, ceil(remaining) for a stage goal.</param>
/// <param name="Window">When the activity has to happen.</param>
/// <param name="Stages">From the first stage to the goal's own, in funnel order; empty when <paramref name="Errors"/> is not.</param>
/// <param name="Errors">Why this goal cannot be modelled (another currency, a cycle longer than the period...), each naming its field.</param>
public sealed record GoalModel(
    string Id, string? Title, string? Unit, DateOnly? Due, decimal Current, decimal Remaining, decimal Deals, FunnelWindow Window,
    IReadOnlyList<StageModel> Stages, IReadOnlyList<FunnelError> Errors)
{
    /// <summary>True when the goal counts money (deal value per deal) rather than a stage's count.</summary>
    public bool IsMoney => Funnel.CurrencyOf(Unit) is not null;
}

/// <summary>The funnel maths of a whole plan: problems with the funnel itself, else one entry per modelled goal.</summary>
public sealed record FunnelModelReport(IReadOnlyList<FunnelError> Errors, IReadOnlyList<GoalModel> Goals)
{
    /// <summary>True when the plan has no funnel, or no goal it models.</summary>
    public bool IsEmpty => Errors.Count == 0 && Goals.Count == 0;
}

/// <summary>
/// The funnel maths of PLAN-FORMAT.md ("Funnel maths"): a goal is modelled when its unit is money
/// (<c>currency:XXX</c>, counting the deal value per deal) or its metric is a stage metric, and it
/// grows towards its target. Remaining = target minus the current value. Required deals =
/// ceil(remaining / deal value), or the remaining count at its own stage; one stage back, volume =
/// ceil(next volume / rate), in decimal arithmetic. The activity window runs from today to the due
/// date minus the cycle, inclusive, on working days; the people are the distinct assignees of the
/// plan's commitments on the stage's metric (at least one); committed is the sum of those
/// commitments' targets over the window (the pace engine's schedule); coverage = committed / required.
/// </summary>
public static class FunnelModel
{
    /// <summary>Runs every goal of <paramref name="plan"/> through its funnel as of <paramref name="today"/>.</summary>
    /// <param name="plan">The plan, with <see cref="PlanDocument.Funnel"/> set (a plan without one models nothing).</param>
    /// <param name="today">Where the window starts and which measurements count.</param>
    /// <param name="whatIf">Changed rates, deal value, cycle or team size; null models the funnel as it is.</param>
    public static FunnelModelReport Of(PlanDocument plan, DateOnly today, FunnelWhatIf? whatIf = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Funnel is not { } written)
        {
            return new FunnelModelReport([], []);
        }
        var funnel = whatIf?.Apply(written) ?? written;
        var errors = FunnelCheck.Errors(funnel);
        if (whatIf?.People is < 1 or > 100_000)
        {
            errors = [.. errors, new FunnelError("people", FormattableString.Invariant($"The team size must be from 1 to 100,000, not {whatIf.People}."))];
        }
        if (errors.Count > 0)
        {
            return new FunnelModelReport(errors, []);
        }
        var calendar = WorkingCalendar.Of(plan.Settings);
        var commitments = Commitments(plan, calendar);
        var goals = new List<GoalModel>();
        for (var index = 0; index < plan.Goals.Count; index++)
        {
            if (Goal(plan, funnel, plan.Goals[index], index, today, calendar, commitments, whatIf?.People) is { } model)
            {
                goals.Add(model);
            }
        }
        return new FunnelModelReport([], goals);
    }

    /// <summary>The index of the stage a goal counts: the last (won deal) for a money goal, its own metric's stage otherwise; null when not modelled.</summary>
    public static int? StageOf(FunnelDocument funnel, GoalDocument goal)
    {
        ArgumentNullException.ThrowIfNull(funnel);
        ArgumentNullException.ThrowIfNull(goal);
        if (Funnel.CurrencyOf(goal.Unit) is not null)
        {
            return funnel.Stages.Count > 0 ? funnel.Stages.Count - 1 : null;
        }
        for (var index = 0; index < funnel.Stages.Count; index++)
        {
            if (Funnel.SameMetric(funnel.Stages[index].Metric, goal.Metric))
            {
                return index;
            }
        }
        return null;
    }

    /// <summary>ceil(<paramref name="volume"/> / <paramref name="rate"/>): the volume one stage earlier. Exact in decimal (1867 / 0.10 is 18670).</summary>
    public static decimal Back(decimal volume, decimal rate) => decimal.Ceiling(volume / rate);

    private static GoalModel? Goal(
        PlanDocument plan, FunnelDocument funnel, GoalDocument goal, int index, DateOnly today, WorkingCalendar calendar,
        List<Commitment> commitments, int? people)
    {
        if (StageOf(funnel, goal) is not { } own || goal.Target is not { } target || goal.Due is not { } due || !Grows(goal))
        {
            return null;
        }
        var id = string.IsNullOrWhiteSpace(goal.Id) ? index.ToString(System.Globalization.CultureInfo.InvariantCulture) : goal.Id.Trim();
        var field = $"goals[{id}]";
        var current = Current(goal, today);
        var remaining = Math.Max(0m, target - current);
        var end = due.AddDays(-(funnel.CycleDays ?? 0));
        var window = new FunnelWindow(today, end, calendar.WorkingDays(today, end));
        var errors = new List<FunnelError>();
        var money = Funnel.CurrencyOf(goal.Unit);
        if (money is not null && funnel.DealValue is null)
        {
            errors.Add(new("funnel.deal_value", $"Goal {id} counts money ({goal.Unit!.Trim()}): the funnel needs a deal value to turn it into deals."));
        }
        if (money is not null && funnel.Currency is { } currency && !string.Equals(currency.Trim(), money, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new($"{field}.unit", $"Goal {id} is in {money} but the funnel's deal value is in {currency.Trim().ToUpperInvariant()}; model it with a funnel in its own currency."));
        }
        if (funnel.CycleDays is { } cycle && plan.PeriodStart is { } start && plan.PeriodEnd is { } periodEnd && cycle > periodEnd.DayNumber - start.DayNumber + 1)
        {
            errors.Add(new("funnel.cycle_days", FormattableString.Invariant(
                $"The sales cycle of {cycle} days is longer than the plan's period of {periodEnd.DayNumber - start.DayNumber + 1} days: no activity inside the period could close a deal in it.")));
        }
        if (errors.Count > 0)
        {
            return new GoalModel(id, goal.Title, goal.Unit, due, current, remaining, 0m, window, [], errors);
        }
        decimal deals;
        var volumes = new decimal[own + 1];
        try
        {
            deals = money is not null ? decimal.Ceiling(remaining / funnel.DealValue!.Value) : decimal.Ceiling(remaining);
            volumes[own] = deals;
            for (var stage = own - 1; stage >= 0; stage--)
            {
                volumes[stage] = Back(volumes[stage + 1], funnel.Stages[stage].Rate!.Value);
            }
        }
        catch (OverflowException)
        {
            // Tiny rates or a tiny deal value over many stages ask for more activity than a number holds.
            return new GoalModel(id, goal.Title, goal.Unit, due, current, remaining, 0m, window, [],
                [new FunnelError("funnel", $"Goal {id} would need more activity than can be counted at these rates and deal value; check them for a missing digit.")]);
        }
        var stages = new List<StageModel>(own + 1);
        for (var stage = 0; stage <= own; stage++)
        {
            var metric = funnel.Stages[stage].Metric!.Trim();
            var on = commitments.Where(commitment => Funnel.SameMetric(commitment.Metric, metric)).ToList();
            var assignees = on.SelectMany(commitment => commitment.Assignees).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var carriers = people ?? Math.Max(1, assignees.Count);
            decimal? committed = on.Count == 0 ? null : on.Sum(commitment => commitment.Over(window) * commitment.Assignees.Count);
            var required = volumes[stage];
            stages.Add(new StageModel(
                metric, stage < own ? funnel.Stages[stage].Rate : null, required, carriers, assignees,
                window.WorkingDays > 0 ? required / carriers / window.WorkingDays : null,
                committed, committed is { } sum && required > 0m ? sum / required : null));
        }
        return new GoalModel(id, goal.Title, goal.Unit, due, current, remaining, deals, window, stages, []);
    }

    /// <summary>The goal's value today: the latest measurement on or before today, else the baseline, else 0.</summary>
    internal static decimal Current(GoalDocument goal, DateOnly today) =>
        goal.Measurements.Select((measurement, order) => (measurement, order)).Where(item => item.measurement.Date <= today)
            .OrderBy(item => item.measurement.Date).ThenBy(item => item.order).Select(item => (decimal?)item.measurement.Value)
            .LastOrDefault() ?? goal.Baseline ?? 0m;

    private static bool Grows(GoalDocument goal)
    {
        var direction = goal.Direction?.Trim().ToLowerInvariant() switch
        {
            "decrease" => GoalDirection.Decrease,
            "maintain" => GoalDirection.Maintain,
            "increase" => GoalDirection.Increase,
            _ => Plans.Goal.InferDirection(goal.Baseline, goal.Target),
        };
        return direction == GoalDirection.Increase;
    }

    private static List<Commitment> Commitments(PlanDocument plan, WorkingCalendar calendar)
    {
        var list = new List<Commitment>();
        foreach (var tactic in plan.Strategies.SelectMany(strategy => strategy.Tactics).Concat(plan.Tactics))
        {
            foreach (var activity in tactic.Activities)
            {
                if (PaceCalculator.Schedule(plan, tactic, activity, calendar) is { } schedule)
                {
                    var assignees = PaceCalculator.Assignees(plan, tactic, activity);
                    if (assignees.Count > 0)
                    {
                        list.Add(new Commitment(activity.Metric!.Trim(), assignees, schedule));
                    }
                }
            }
        }
        return list;
    }

    /// <summary>One measurable commitment: its metric, who carries it and each one's schedule.</summary>
    private sealed record Commitment(string Metric, IReadOnlyList<string> Assignees, TargetSchedule Schedule)
    {
        /// <summary>One assignee's target inside the window.</summary>
        public decimal Over(FunnelWindow window) =>
            window.End < window.Start ? 0m : Schedule.TargetThrough(window.End) - Schedule.TargetThrough(window.Start.AddDays(-1));
    }
}
