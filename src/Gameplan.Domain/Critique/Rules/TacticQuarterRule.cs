namespace Gameplan.Domain.Critique.Rules;

/// <summary>GP303: a tactic runs across more than one calendar quarter (tactics are short-term).</summary>
internal sealed class TacticQuarterRule : CritiqueRule
{
    public override string Id => "GP303";

    public override FindingSeverity Severity => FindingSeverity.Info;

    public override IEnumerable<Finding> Check(CritiqueContext context) =>
        context.Tactics
            .Where(placed => placed.Tactic is { Start: { } start, Due: { } due } && Quarter(start) != Quarter(due))
            .Select(placed => Report(placed.Path,
                $"Tactic {placed.Label} runs from {placed.Tactic.Start:yyyy-MM-dd} to {placed.Tactic.Due:yyyy-MM-dd}, across more than one quarter.",
                "Split it into quarterly tactics so each can be reviewed and adjusted."));

    private static int Quarter(DateOnly date) => (date.Year * 4) + ((date.Month - 1) / 3);
}
