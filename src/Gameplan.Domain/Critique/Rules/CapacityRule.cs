namespace Gameplan.Domain.Critique.Rules;

/// <summary>
/// GP403: a person's committed hours a week (see <see cref="WeeklyLoad"/>) exceed their capacity
/// (error) or 80% of it (warning). Load is taken at its peak: tactics that overlap in time add
/// up, tactics in different weeks do not; a tactic without dates counts all the time. Only
/// people with a known capacity are checked.
/// </summary>
internal sealed class CapacityRule : CritiqueRule
{
    private const decimal WarningShare = 0.8m;

    public override string Id => "GP403";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        var loads = context.Tactics.Select(placed => (placed.Tactic, Load: WeeklyLoad.Of(context, placed.Tactic))).ToList();
        var moments = loads.Select(item => item.Tactic.Start).OfType<DateOnly>().Distinct().ToList();
        foreach (var person in context.Plan.People.Where(person => person.CapacityHoursPerWeek is > 0 && !CritiqueContext.IsBlank(person.Handle)))
        {
            var capacity = person.CapacityHoursPerWeek!.Value;
            var peak = moments.Count == 0
                ? loads.Sum(item => item.Load.GetValueOrDefault(person.Handle!.Trim()))
                : moments.Max(day => loads.Where(item => Active(item.Tactic, day)).Sum(item => item.Load.GetValueOrDefault(person.Handle!.Trim())));
            if (peak <= capacity * WarningShare)
            {
                continue;
            }
            var severity = peak > capacity ? FindingSeverity.Error : FindingSeverity.Warning;
            var share = Numbers.Percent(peak / capacity);
            yield return Report(severity, $"people[{person.Handle!.Trim()}]",
                FormattableString.Invariant($"{person.Handle!.Trim()} is committed to {Numbers.Format(peak, 1)} hours a week, {share}% of a capacity of {Numbers.Format(capacity, 1)} hours."),
                "Lower the activity targets, spread the tactics over time, or give some of the work to someone else.");
        }
    }

    private static bool Active(TacticDocument tactic, DateOnly day) =>
        (tactic.Start is null || tactic.Start <= day) && (tactic.Due is null || day <= tactic.Due);
}
