namespace Gameplan.Domain.Critique;

/// <summary>A goal as written in a plan file; measurable when metric, target and due are all given.</summary>
public sealed record GoalDocument
{
    public string? Id { get; init; }

    public string? Title { get; init; }

    /// <summary>Free-form metric name, e.g. <c>customers</c>.</summary>
    public string? Metric { get; init; }

    /// <summary><c>count</c>, <c>currency:USD</c>, <c>percent</c>, <c>hours</c>, <c>minutes</c>...</summary>
    public string? Unit { get; init; }

    public decimal? Baseline { get; init; }

    public decimal? Target { get; init; }

    public DateOnly? Due { get; init; }

    /// <summary><c>increase</c>, <c>decrease</c> or <c>maintain</c>; null infers it from baseline and target.</summary>
    public string? Direction { get; init; }

    /// <summary>Relative weight in a weighted roll-up; null means 1.</summary>
    public decimal? Weight { get; init; }

    /// <summary>Measured values of the metric, in any order.</summary>
    public IReadOnlyList<MeasurementDocument> Measurements { get; init; } = [];

    /// <summary>The DRI's handle(s): exactly one is right; none, several or <c>team</c> is GP106.</summary>
    public IReadOnlyList<string> Dri { get; init; } = [];

    /// <summary>The parent plan's goal this goal contributes to, with the amount; null when it names none.</summary>
    public ContributionDocument? ContributesTo { get; init; }
}
