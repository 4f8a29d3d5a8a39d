using Gameplan.Core.Pace;
using Gameplan.Domain.Pace;
using Gameplan.Web.Shared;

namespace Gameplan.Web.Pace;

/// <summary>A plan's pace: expected against actual burn-up per commitment, each person's numbers, and goal progress with its formulas.</summary>
public sealed class PlanPaceModel(PaceQueries pace) : GameplanPageModel
{
    public PlanPaceDetails Pace { get; private set; } = null!;

    public async Task OnGetAsync(int id, DateOnly? today, CancellationToken ct) => Pace = await pace.GetPlanPaceAsync(id, today, ct);

    /// <summary>The report's lines for one burn-up: the same tactic and metric, one per person.</summary>
    public IEnumerable<PaceCommitmentLine> LinesOf(BurnUpSeries series) => Pace.Report.Commitments.Where(line =>
        string.Equals(line.Tactic, series.Tactic, StringComparison.OrdinalIgnoreCase) && string.Equals(line.Metric, series.Metric, StringComparison.OrdinalIgnoreCase));

    public string NameOf(string handle) => Pace.Names.TryGetValue(handle, out var name) ? name : handle;

    public string TitleOf(string? key) => key is not null && Pace.Titles.TryGetValue(key, out var title) ? title : "";
}
