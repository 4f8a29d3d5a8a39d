using System.Globalization;
using Gameplan.Core.PlanFiles;
using Gameplan.Domain.Versions;

namespace Gameplan.Bench.Versions;

/// <summary>
/// Two versions of one deterministic team plan of 1,000 elements: 100 goals (a measurement each), 50 strategies
/// serving two goals each, 5 tactics per strategy (250) and 600 commitments (tactics 1 and 5 of a strategy have
/// three, the others two). The revised version is the first after a round of review, every kind of change mixed
/// in and none overlapping, so <see cref="Expected"/> is exactly what the comparison must find.
/// </summary>
internal static class DiffPlanGenerator
{
    public const int Elements = Goals + Strategies + (Strategies * TacticsPerStrategy) + (Strategies * 12);

    private const int Goals = 100;
    private const int Strategies = 50;
    private const int TacticsPerStrategy = 5;

    private static readonly DateOnly Start = new(2027, 1, 1);
    private static readonly DateOnly End = new(2027, 12, 31);

    /// <summary>
    /// Added: goals g101-g105, strategy s51 (with its 5 tactics), tactic 6 of s31-s40, a demos commitment on tactic 2 of
    /// s1-s10. Removed: goals g91, g93, g95, strategy s50 (with its tactics), tactic 4 of s2, s4 .. s16, the demos
    /// commitment of tactic 5 of s21-s26. Changed: the target of g10, g20 .. g100, the goals of s46-s48 (they lose
    /// the removed goals), the statement of s10-s40, the due date of tactic 3 of s5, s10 .. s45, the calls target of
    /// tactic 1 of s31-s42. Moved: tactic 1 of s11-s15 to s21-s25.
    /// </summary>
    public static PlanDiffSummary Expected { get; } = new(Added: 5 + 1 + 10 + 10, Removed: 3 + 1 + 8 + 6, Changed: 10 + 3 + 4 + 9 + 12, Moved: 5);

    public static PlanFile Plan(bool revised)
    {
        var goalIds = Enumerable.Range(1, Goals + (revised ? 5 : 0)).Where(g => !revised || g is not (91 or 93 or 95));
        var strategies = Enumerable.Range(1, Strategies + (revised ? 1 : 0)).Where(s => !revised || s != Strategies);
        return new PlanFile
        {
            Plan = new PlanFilePlan
            {
                Name = "Field sales 2027",
                Scope = "team",
                Team = "Field",
                Owner = "p0",
                Period = new PlanFilePeriod(Start, End),
                Drafted = Start.AddDays(-100),
                Mission = "Help clinics get paid faster.",
                Goals = [.. goalIds.Select(g => Goal(g, revised))],
                Strategies = [.. strategies.Select(s => Strategy(s, revised))],
            },
            People = PlanGenerator.Team(),
            Reviews = [new PlanFileReview { Kind = "strategic", Date = Start.AddDays(90) }, new PlanFileReview { Kind = "tactical", Date = Start.AddDays(14), Held = true }],
        };
    }

    private static PlanFileGoal Goal(int g, bool revised) => new()
    {
        Id = $"g{g}",
        Title = Invariant($"Win {10 + g} new clinics in area {g}"),
        Metric = "customers",
        Unit = "count",
        Baseline = 0,
        Target = 10 + g + (revised && g % 10 == 0 ? 5 : 0),
        Due = End,
        Dri = [$"p{g % 8}"],
        Measurements = [new PlanFileMeasurement { Date = Start.AddDays(30 + (g % 60)), Value = g % 7 }],
    };

    private static PlanFileStrategy Strategy(int s, bool revised)
    {
        // The strategy's own tactics (less the removed, plus the added), then those moved to it.
        var own = Enumerable.Range(1, TacticsPerStrategy + (revised && s is >= 31 and <= 40 ? 1 : 0))
            .Where(j => !revised || !(j == 4 && s % 2 == 0 && s <= 16))
            .Where(j => !revised || !(j == 1 && s is >= 11 and <= 15))
            .Select(j => Tactic(s, j, revised));
        var moved = revised && s is >= 21 and <= 25 ? [Tactic(s - 10, 1, revised)] : Array.Empty<PlanFileTactic>();
        var goals = s > Strategies ? Enumerable.Range(101, 5) : [(2 * s) - 1, 2 * s];
        return new PlanFileStrategy
        {
            Id = $"s{s}",
            Statement = revised && s % 10 == 0
                ? Invariant($"Win segment {s} by proving claim savings in the first call.")
                : Invariant($"Win segment {s} through value-based selling on claim savings."),
            Dri = [$"p{s % 8}"],
            Goals = [.. goals.Where(g => !revised || g is not (91 or 93 or 95)).Select(g => $"g{g}")],
            Tactics = [.. own, .. moved],
        };
    }

    private static PlanFileTactic Tactic(int s, int j, bool revised)
    {
        var owner = $"p{1 + ((s + j) % 7)}";
        string[] metrics = j is 1 or 5 || (revised && j == 2 && s <= 10) ? ["calls", "meetings", "demos"] : ["calls", "meetings"];
        if (revised && j == 5 && s is >= 21 and <= 26)
        {
            metrics = ["calls", "meetings"];
        }
        return new PlanFileTactic
        {
            Id = $"t{s}_{j}",
            Action = Invariant($"Call {5 + j} clinic managers every working day in segment {s}."),
            Owner = owner,
            Authors = [owner],
            Start = Start.AddDays(7 * j),
            Due = Start.AddDays(90 + (7 * j) + (revised && j == 3 && s % 5 == 0 ? 30 : 0)),
            Status = "planned",
            Activities = [.. metrics.Select((metric, i) => new PlanFileActivity
            {
                Metric = metric,
                Unit = "count",
                Target = (i + 1) * (3 + j) + (revised && metric == "calls" && j == 1 && s is >= 31 and <= 42 ? 1 : 0),
                Per = i == 0 ? "day" : "week",
                Assignees = PlanFileAssignees.Owner,
            })],
            AcknowledgedBy = [owner],
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
