using Gameplan.Core.Critique;
using Gameplan.Core.PlanFiles;
using Gameplan.Domain;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Funnels;
using Gameplan.Domain.Pace;

namespace Gameplan.Core.Funnels;

/// <summary>
/// The funnel maths of a plan file as <c>gameplan model</c> shows it: the model of every goal (after the
/// what-if), and with activity data the measured rates (the team, then each person) and each goal's projection.
/// </summary>
/// <param name="Funnel">The funnel modelled: the file's, with the what-if's changes; null when the file has no <c>funnel:</c> section.</param>
/// <param name="Report">The goals run back through the funnel, or the funnel's own errors.</param>
/// <param name="Measured">The measured rate of each step (empty without activity data or with a funnel in error).</param>
/// <param name="Projections">Each modelled goal's projected result at its due date (empty without activity data).</param>
public sealed record PlanFileFunnelReport(
    FunnelDocument? Funnel, FunnelModelReport Report, IReadOnlyList<MeasuredRate> Measured, IReadOnlyList<GoalProjection> Projections)
{
    /// <summary>False when the file has no <c>funnel:</c> section: then nothing is modelled.</summary>
    public bool HasFunnel => Funnel is not null;

    /// <summary>True when the funnel or any goal cannot be modelled.</summary>
    public bool HasErrors => Report.Errors.Count > 0 || Report.Goals.Any(goal => goal.Errors.Count > 0);
}

/// <summary>
/// <c>gameplan model</c> on a plan file, offline and deterministic: <see cref="FunnelModel"/> after a
/// <see cref="FunnelWhatIf"/>, and <see cref="FunnelLearning"/> on the activity data. The people measured
/// are the plan's <c>people</c>, as for GP614, so that <c>model</c> and <c>lint</c> show the same rates.
/// </summary>
public static class PlanFileFunnelModel
{
    /// <summary>
    /// Models <paramref name="file"/> as of <paramref name="today"/>. Throws a <see cref="DomainRuleException"/>
    /// whose <see cref="DomainRuleException.Field"/> is the setting at fault when a what-if setting cannot be
    /// read, names no stage of the funnel, or makes a funnel that was valid invalid (a rate of 1.5, a team of 0):
    /// that is the setting's fault, not the file's.
    /// </summary>
    public static PlanFileFunnelReport Model(PlanFile file, DateOnly today, IReadOnlyList<string> settings, ActivityFacts? activities)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(settings);
        var plan = PlanFileDocuments.From(file);
        if (plan.Funnel is not { } written)
        {
            if (settings.Count > 0)
            {
                throw new DomainRuleException($"'{settings[0]}' changes a funnel, but the plan file has no funnel section.", settings[0]);
            }
            return new PlanFileFunnelReport(null, new FunnelModelReport([], []), [], []);
        }
        var whatIf = settings.Count > 0 ? FunnelWhatIf.Parse(settings, written) : null;
        if (whatIf is not null)
        {
            Check(whatIf, written, settings);
        }
        var report = FunnelModel.Of(plan, today, whatIf);
        var funnel = whatIf?.Apply(written) ?? written;
        if (activities is null || report.Errors.Count > 0)
        {
            return new PlanFileFunnelReport(funnel, report, [], []);
        }
        var people = plan.People.Select(person => person.Handle?.Trim()).OfType<string>()
            .Where(handle => handle.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var rates = FunnelLearning.Rates(funnel, activities, people, today);
        var targets = new Dictionary<string, decimal>(StringComparer.Ordinal);
        for (var index = 0; index < plan.Goals.Count; index++)
        {
            var goal = plan.Goals[index];
            var id = string.IsNullOrWhiteSpace(goal.Id) ? index.ToString(System.Globalization.CultureInfo.InvariantCulture) : goal.Id.Trim();
            if (goal.Target is { } target)
            {
                targets.TryAdd(id, target);
            }
        }
        var projections = FunnelLearning.Project(funnel, report, rates, activities, people, today, WorkingCalendar.Of(plan.Settings), targets);
        return new PlanFileFunnelReport(funnel, report, rates, projections);
    }

    /// <summary>Refuses a what-if that breaks a funnel the file wrote correctly, naming the setting that did.</summary>
    private static void Check(FunnelWhatIf whatIf, FunnelDocument written, IReadOnlyList<string> settings)
    {
        if (whatIf.People is { } people && people is < 1 or > 100_000)
        {
            var setting = Setting(settings, "people");
            throw new DomainRuleException(FormattableString.Invariant($"The team size must be from 1 to 100,000, not {people}."), setting);
        }
        var before = FunnelCheck.Errors(written).Select(error => error.Field).ToHashSet(StringComparer.Ordinal);
        if (FunnelCheck.Errors(whatIf.Apply(written)).FirstOrDefault(error => !before.Contains(error.Field)) is { } caused)
        {
            var key = caused.Field switch
            {
                "funnel.deal_value" => "deal_value",
                "funnel.cycle_days" => "cycle_days",
                _ => written.Stages.Select((stage, index) => (stage, index))
                    .FirstOrDefault(item => caused.Field.StartsWith(FormattableString.Invariant($"funnel.stages[{item.index}]"), StringComparison.Ordinal)).stage?.Metric?.Trim() + ".rate",
            };
            var setting = Setting(settings, key);
            throw new DomainRuleException(caused.Message, setting);
        }
    }

    /// <summary>The setting (as given) whose key is <paramref name="key"/>; the key itself when none is found.</summary>
    private static string Setting(IReadOnlyList<string> settings, string key) =>
        settings.LastOrDefault(setting => setting.Split('=')[0].Trim().Equals(key, StringComparison.OrdinalIgnoreCase)) ?? key;
}
