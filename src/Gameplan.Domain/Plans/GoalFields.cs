namespace Gameplan.Domain.Plans;

/// <summary>What a goal says. Metric, target and due may be missing in a draft; the critique reports it.</summary>
/// <param name="Key">Plan-unique key such as <c>g1</c>; null picks the next free one.</param>
/// <param name="Unit">count, percent, hours, minutes, currency:USD, ... (free text).</param>
/// <param name="Direction">Null infers it: a target below the baseline means decrease.</param>
/// <param name="Weight">Relative weight in a weighted roll-up; 1 by default.</param>
/// <param name="ContributesTo">The key of the parent plan's goal this goal contributes to; null for none.</param>
/// <param name="ContributionAmount">How much it contributes, in the parent goal's unit; null means its own target.</param>
public sealed record GoalFields(
    string? Key,
    string Title,
    string? Metric,
    string? Unit,
    decimal? Baseline,
    decimal? Target,
    DateOnly? Due,
    int? DriId,
    GoalDirection? Direction = null,
    decimal Weight = 1,
    string? ContributesTo = null,
    decimal? ContributionAmount = null);
