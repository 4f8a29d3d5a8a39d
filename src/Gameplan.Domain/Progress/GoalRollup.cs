namespace Gameplan.Domain.Progress;

/// <summary>
/// Rolls goal progress up (goal -> strategy -> plan) by a plan's <c>settings.rollup</c>. Each goal
/// counts with its clamped progress (0..1); goals without a progress are left out and named in the
/// formula. With no method set, value-weighted when every goal counted has the same unit, else the
/// plain average; value-weighted asked for across units (or on zero targets) falls back to the
/// average, and so does weighted when the weights add up to nothing. Negative weights count as 0.
/// </summary>
public static class GoalRollup
{
    /// <summary>A <c>settings.rollup</c> value; null when missing or unknown (then the default applies).</summary>
    public static RollupMethod? Method(string? setting) => setting?.Trim().ToLowerInvariant().Replace('_', '-') switch
    {
        "weighted" => RollupMethod.Weighted,
        "value-weighted" => RollupMethod.ValueWeighted,
        "average" => RollupMethod.Average,
        "weakest" => RollupMethod.Weakest,
        _ => null,
    };

    /// <summary>The progress of <paramref name="goals"/> combined by <paramref name="setting"/>.</summary>
    public static ProgressRollup Combine(IReadOnlyList<GoalProgress> goals, string? setting)
    {
        ArgumentNullException.ThrowIfNull(goals);
        var counted = goals.Where(goal => goal.Progress is not null).ToList();
        var leftOut = goals.Where(goal => goal.Progress is null).Select(goal => goal.Id ?? "(no id)").ToList();
        var note = leftOut.Count == 0 ? "" : $" (left out, no progress: {string.Join(", ", leftOut)})";
        var method = Resolve(Method(setting), counted);
        var ids = counted.Select(goal => goal.Id).ToList();
        if (counted.Count == 0)
        {
            return new ProgressRollup(null, method, "no goal with a progress" + note, ids);
        }
        var values = counted.Select(goal => goal.Progress!.Value).ToList();
        if (method == RollupMethod.Weakest)
        {
            var weakest = values.Min();
            return new ProgressRollup(weakest, method, $"min({string.Join(", ", values.Select(Numbers.Ratio))}) = {Numbers.Ratio(weakest)}{note}", ids);
        }
        if (method == RollupMethod.Average)
        {
            var average = values.Sum() / values.Count;
            return new ProgressRollup(average, method,
                $"({string.Join(" + ", values.Select(Numbers.Ratio))}) / {values.Count} = {Numbers.Ratio(average)}{note}", ids);
        }
        var weights = counted.Select(goal => Weight(goal, method)).ToList();
        var total = weights.Sum();
        var value = values.Zip(weights, (progress, weight) => progress * weight).Sum() / total;
        var terms = values.Zip(weights, (progress, weight) => $"{Numbers.Ratio(progress)}x{Numbers.Quantity(weight)}");
        return new ProgressRollup(value, method, $"({string.Join(" + ", terms)}) / {Numbers.Quantity(total)} = {Numbers.Ratio(value)}{note}", ids);
    }

    private static RollupMethod Resolve(RollupMethod? requested, List<GoalProgress> counted)
    {
        switch (requested)
        {
            case RollupMethod.Weighted:
                return counted.Sum(goal => Weight(goal, RollupMethod.Weighted)) > 0m ? RollupMethod.Weighted : RollupMethod.Average;
            case RollupMethod.Average or RollupMethod.Weakest:
                return requested.Value;
            default:
                var oneUnit = counted.Count > 0 && counted.All(goal => !string.IsNullOrWhiteSpace(goal.Unit))
                    && counted.Select(goal => goal.Unit!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1;
                return oneUnit && counted.Sum(goal => Weight(goal, RollupMethod.ValueWeighted)) > 0m ? RollupMethod.ValueWeighted : RollupMethod.Average;
        }
    }

    private static decimal Weight(GoalProgress goal, RollupMethod method) =>
        method == RollupMethod.ValueWeighted ? Math.Abs(goal.Target ?? 0m) : Math.Max(0m, goal.Weight);
}
