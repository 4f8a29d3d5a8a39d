namespace Gameplan.Domain.Plans;

/// <summary>A result the plan wants to reach, measured by a metric against a target by a due date.</summary>
public sealed class Goal
{
    /// <summary>The largest weight a goal may carry in a weighted roll-up.</summary>
    public const decimal MaxWeight = 1_000_000;

    private Goal() { }

    internal Goal(string key, GoalFields fields)
    {
        Key = key;
        Apply(fields);
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    /// <summary>Plan-unique key, e.g. <c>g1</c>, used by plan files and strategy links.</summary>
    public string Key { get; internal set; } = "";

    public string Title { get; private set; } = "";

    public string? Metric { get; private set; }

    public string? Unit { get; private set; }

    public decimal? Baseline { get; private set; }

    public decimal? Target { get; private set; }

    /// <summary>The last day on which the target counts as reached (inclusive).</summary>
    public DateOnly? Due { get; private set; }

    public GoalDirection Direction { get; private set; }

    /// <summary>Relative weight in a weighted roll-up (non-negative).</summary>
    public decimal Weight { get; private set; } = 1;

    /// <summary>The directly responsible individual; exactly one person.</summary>
    public int? DriId { get; private set; }

    /// <summary>The key of the parent plan's goal this goal contributes to; null for none.</summary>
    public string? ContributesTo { get; private set; }

    /// <summary>How much this goal contributes to <see cref="ContributesTo"/>, in that goal's unit; null means its own target.</summary>
    public decimal? ContributionAmount { get; private set; }

    /// <summary>True when the goal names a metric, a target and a due date.</summary>
    public bool IsMeasurable => Metric is not null && Target is not null && Due is not null;

    internal void Apply(GoalFields fields)
    {
        Title = Guard.Required(fields.Title, "title", 300);
        Metric = Guard.Optional(fields.Metric, "metric", 100);
        Unit = Guard.Optional(fields.Unit, "unit", 40);
        Baseline = Guard.Magnitude(fields.Baseline, "baseline", GoalMeasurement.MaxMagnitude);
        Target = Guard.Magnitude(fields.Target, "target", GoalMeasurement.MaxMagnitude);
        Due = PlanCalendar.Check(fields.Due, "due");
        DriId = fields.DriId;
        Weight = Guard.NonNegative(fields.Weight, "weight", MaxWeight) ?? 1;
        Direction = fields.Direction ?? InferDirection(fields.Baseline, fields.Target);
        ContributesTo = Guard.Optional(fields.ContributesTo, "contributes_to.goal", 40);
        if (ContributesTo is null && fields.ContributionAmount is not null)
        {
            throw new DomainRuleException("A contribution's amount needs the parent goal it counts towards.", "contributes_to.goal");
        }
        ContributionAmount = Guard.NonNegative(fields.ContributionAmount, "contributes_to.amount", GoalMeasurement.MaxMagnitude);
    }

    /// <summary>The direction a goal takes when none is stated: down when the target is below the baseline, maintain when equal, else up.</summary>
    public static GoalDirection InferDirection(decimal? baseline, decimal? target) =>
        baseline is { } b && target is { } t
            ? t < b ? GoalDirection.Decrease : t == b ? GoalDirection.Maintain : GoalDirection.Increase
            : GoalDirection.Increase;
}
