using Gameplan.Domain.Critique;
using Gameplan.Domain.Pace;

namespace Gameplan.Domain.Funnels;

/// <summary>A conversion rate as the team really has it, beside the one the funnel assumes.</summary>
/// <param name="From">The stage converted from.</param>
/// <param name="To">The next stage.</param>
/// <param name="Person">The person measured; null for everyone the plan counts (the team).</param>
/// <param name="Assumed">The funnel's rate.</param>
/// <param name="Sample">How much of <paramref name="From"/> was logged in the (lagged) window: the sample size.</param>
/// <param name="Converted">How much of <paramref name="To"/> was logged in the window.</param>
/// <param name="Measured">Converted / sample; null without a sample.</param>
/// <param name="Low">The lower end of the 95% Wilson score interval; null without a sample.</param>
/// <param name="High">The upper end; null without a sample.</param>
/// <param name="LagDays">How much earlier the <paramref name="From"/> window sits than the <paramref name="To"/> window.</param>
public sealed record MeasuredRate(
    string From, string To, string? Person, decimal Assumed, decimal Sample, decimal Converted,
    decimal? Measured, decimal? Low, decimal? High, int LagDays)
{
    /// <summary>True when there is enough data to judge the assumed rate: <see cref="FunnelLearning.MinimumSample"/> or more.</summary>
    public bool IsReliable => Sample >= FunnelLearning.MinimumSample && Measured is not null;

    /// <summary>
    /// True when the assumed rate is far above the measured one: above the interval's upper end and
    /// at least <see cref="FunnelLearning.FarAbove"/> times the measured rate, with a reliable sample.
    /// </summary>
    public bool IsFarAbove => IsReliable && High is { } high && Assumed > high && Assumed >= Measured!.Value * FunnelLearning.FarAbove;
}

/// <summary>A goal's result projected to its due date from today's activity pace and the measured rates.</summary>
/// <param name="GoalId">The goal.</param>
/// <param name="Current">Its value today.</param>
/// <param name="Target">Its target.</param>
/// <param name="Projected">Current plus what today's pace converts into by the due date.</param>
/// <param name="DailyPace">The first stage's volume per working day over the trailing window, all people together.</param>
/// <param name="FirstStageVolume">The first stage's volume still to come in the activity window at that pace, plus what is in flight.</param>
/// <param name="Rates">The rate used at each step: the measured one where reliable, else the assumed one.</param>
/// <param name="UsesMeasured">True when at least one measured rate was used.</param>
public sealed record GoalProjection(
    string GoalId, decimal Current, decimal Target, decimal Projected, decimal DailyPace, decimal FirstStageVolume,
    IReadOnlyList<decimal> Rates, bool UsesMeasured)
{
    /// <summary>Projected / target.</summary>
    public decimal? Share => Target > 0m ? Projected / Target : null;
}

/// <summary>
/// What the logged activity says about a funnel. <b>Measured rates</b>: over a trailing window of
/// <see cref="WindowDays"/> days ending today, the next stage's volume divided by this stage's
/// volume in the same-length window shifted earlier by the stage-to-stage lag (the sales cycle
/// divided by the number of steps, rounded), per person and for all the plan's people, with the
/// sample size and a 95% Wilson score interval. <b>Projection</b>: the first stage's volume per
/// working day over the trailing window, continued over the working days left in the goal's
/// activity window, plus the first-stage volume of the last cycle still in flight, times the rates
/// (measured where the sample is reliable, assumed otherwise), times the deal value for a money goal,
/// added to the goal's value today. Every total is asked of <see cref="ActivityFacts"/>, which the app
/// answers from its daily aggregates.
/// </summary>
public static class FunnelLearning
{
    /// <summary>Days of the trailing window.</summary>
    public const int WindowDays = 90;

    /// <summary>The sample from which a measured rate is judged reliable.</summary>
    public const decimal MinimumSample = 30m;

    /// <summary>An assumed rate at least this many times the measured one is "far above" (GP614).</summary>
    public const decimal FarAbove = 1.25m;

    private const double Z = 1.959963984540054;

    /// <summary>The days from one stage to the next: the cycle spread evenly over the steps.</summary>
    public static int LagDays(FunnelDocument funnel)
    {
        ArgumentNullException.ThrowIfNull(funnel);
        var steps = Math.Max(1, funnel.Stages.Count - 1);
        return (int)Numbers.Round((decimal)(funnel.CycleDays ?? 0) / steps, 0);
    }

    /// <summary>
    /// The measured rate of every step of the funnel: first for everyone in <paramref name="people"/>
    /// together (Person null), then for each person, in funnel order. A valid funnel is assumed (see <see cref="FunnelCheck"/>).
    /// </summary>
    public static IReadOnlyList<MeasuredRate> Rates(FunnelDocument funnel, ActivityFacts facts, IReadOnlyList<string> people, DateOnly today, bool perPerson = true)
    {
        ArgumentNullException.ThrowIfNull(funnel);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(people);
        var lag = LagDays(funnel);
        var to = today;
        var from = today.AddDays(-(WindowDays - 1));
        var result = new List<MeasuredRate>();
        var perStep = new List<List<MeasuredRate>>();
        for (var step = 0; step + 1 < funnel.Stages.Count; step++)
        {
            var source = funnel.Stages[step].Metric!.Trim();
            var target = funnel.Stages[step + 1].Metric!.Trim();
            var assumed = funnel.Stages[step].Rate ?? 0m;
            var each = new List<MeasuredRate>(people.Count);
            decimal sample = 0m, converted = 0m;
            foreach (var person in people)
            {
                var mine = facts.Total(person, source, from.AddDays(-lag), to.AddDays(-lag), null);
                var won = facts.Total(person, target, from, to, null);
                sample += mine;
                converted += won;
                if (perPerson)
                {
                    each.Add(Rate(source, target, person, assumed, mine, won, lag));
                }
            }
            result.Add(Rate(source, target, null, assumed, sample, converted, lag));
            perStep.Add(each);
        }
        return [.. result, .. perStep.SelectMany(each => each)];
    }

    /// <summary>
    /// The projected result of each modelled goal of <paramref name="model"/> at its due date, from the
    /// pace of the trailing window and the team's rates (<paramref name="rates"/>, as from <see cref="Rates"/>).
    /// </summary>
    public static IReadOnlyList<GoalProjection> Project(
        FunnelDocument funnel, FunnelModelReport model, IReadOnlyList<MeasuredRate> rates, ActivityFacts facts,
        IReadOnlyList<string> people, DateOnly today, WorkingCalendar calendar, IReadOnlyDictionary<string, decimal> targets)
    {
        ArgumentNullException.ThrowIfNull(funnel);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(targets);
        var first = funnel.Stages[0].Metric!.Trim();
        var from = today.AddDays(-(WindowDays - 1));
        var logged = people.Sum(person => facts.Total(person, first, from, today, null));
        var pastDays = calendar.WorkingDays(from, today);
        var pace = pastDays > 0 ? logged / pastDays : 0m;
        var cycle = funnel.CycleDays ?? 0;
        var inFlight = cycle > 0 ? people.Sum(person => facts.Total(person, first, today.AddDays(-(cycle - 1)), today, null)) : 0m;
        var team = rates.Where(rate => rate.Person is null).ToList();
        var projections = new List<GoalProjection>();
        foreach (var goal in model.Goals.Where(goal => goal.Errors.Count == 0 && targets.ContainsKey(goal.Id)))
        {
            var own = goal.Stages.Count - 1;
            var used = new List<decimal>(own);
            var measured = false;
            for (var step = 0; step < own; step++)
            {
                var rate = team.Count > step && team[step].IsReliable ? team[step].Measured!.Value : funnel.Stages[step].Rate ?? 0m;
                measured |= team.Count > step && team[step].IsReliable;
                used.Add(Math.Min(1m, rate));
            }
            // The days still to come: from tomorrow to the window's end.
            var ahead = calendar.WorkingDays(today.AddDays(1), goal.Window.End);
            var volume = (pace * ahead) + inFlight;
            var reached = used.Aggregate(volume, (sum, rate) => sum * rate);
            var value = goal.IsMoney ? reached * (funnel.DealValue ?? 0m) : reached;
            projections.Add(new GoalProjection(goal.Id, goal.Current, targets[goal.Id], goal.Current + value, pace, volume, used, measured));
        }
        return projections;
    }

    private static MeasuredRate Rate(string from, string to, string? person, decimal assumed, decimal sample, decimal converted, int lag)
    {
        if (sample <= 0m)
        {
            return new MeasuredRate(from, to, person, assumed, 0m, converted, null, null, null, lag);
        }
        var measured = converted / sample;
        var (low, high) = Wilson(Math.Min(1.0, (double)measured), (double)sample);
        return new MeasuredRate(from, to, person, assumed, sample, converted, measured, (decimal)low, (decimal)high, lag);
    }

    /// <summary>The 95% Wilson score interval of a share <paramref name="p"/> seen over <paramref name="n"/> trials.</summary>
    internal static (double Low, double High) Wilson(double p, double n)
    {
        var z2 = Z * Z;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = Z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / (1 + (z2 / n));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
