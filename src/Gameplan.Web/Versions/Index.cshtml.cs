using Gameplan.Core.Plans;
using Gameplan.Core.Versions;
using Gameplan.Domain.Versions;
using Gameplan.Web.Shared;

namespace Gameplan.Web.Versions;

/// <summary>
/// A plan's versions (who stored each, when and why) and any two of them compared, or one with the plan now
/// (<c>?from=2&amp;to=current</c>). Without a choice: the last approved version (else the last one) against the plan now.
/// </summary>
public sealed class PlanVersionsModel(PlanQueries plans, VersionQueries versions) : GameplanPageModel
{
    /// <summary>What <c>to</c> says for the plan as it is now.</summary>
    public const string Current = "current";

    public PlanDetails Plan { get; private set; } = null!;

    public IReadOnlyList<PlanVersionSummary> Versions { get; private set; } = [];

    /// <summary>The versions compared; null when the plan has none.</summary>
    public VersionComparison? Comparison { get; private set; }

    public int? From { get; private set; }

    /// <summary>The version compared with; null: the plan now.</summary>
    public int? To { get; private set; }

    public async Task OnGetAsync(int id, int? from, string? to, CancellationToken ct)
    {
        Plan = await plans.GetAsync(id, ct);
        Versions = await versions.ListAsync(id, ct);
        if (Versions.Count == 0)
        {
            return;
        }
        From = from ?? (Versions.LastOrDefault(v => v.Kind == PlanVersionKind.Approved) ?? Versions[^1]).Number;
        To = int.TryParse(to, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;
        Comparison = await versions.CompareAsync(id, From.Value, To, ct);
    }

    /// <summary>"Version 2 (approved)", or "the plan now".</summary>
    public static string Name(PlanVersionSummary? version) =>
        version is null ? "the plan now" : $"version {version.Number} ({version.Kind.ToString().ToLowerInvariant()})";
}
