using System.Text.RegularExpressions;

namespace Gameplan.Domain.Comments;

/// <summary>Reads and writes the paths that name plan elements (see <see cref="ElementAddress"/>).</summary>
public static partial class ElementPaths
{
    /// <summary>The plan's answers a comment may be about, spelled as in plan files.</summary>
    public static IReadOnlyList<string> Answers { get; } =
        ["mission", "background.current", "background.desired", "customer.who", "customer.values", "desired_results"];

    /// <summary>Longest path accepted (keys are at most 40 characters, metrics 100).</summary>
    public const int MaxLength = 300;

    /// <summary>Reads a path; a blank one is the plan. Anything else is refused, naming the field <c>element</c>.</summary>
    public static ElementAddress Parse(string? path)
    {
        var text = path?.Trim() ?? "";
        if (text.Length == 0 || text.Equals("plan", StringComparison.OrdinalIgnoreCase))
        {
            return ElementAddress.Plan;
        }
        if (text.Length > MaxLength)
        {
            throw Invalid(text[..40] + "…");
        }
        if (text.StartsWith("plan.", StringComparison.OrdinalIgnoreCase))
        {
            var answer = text["plan.".Length..].ToLowerInvariant();
            return Answers.Contains(answer) ? new ElementAddress(CommentElementKind.Answer, Answer: answer) : throw Invalid(text);
        }
        var match = Path().Match(text);
        if (!match.Success)
        {
            throw Invalid(text);
        }
        string? Key(string group) => match.Groups[group].Success ? match.Groups[group].Value : null;
        return (Key("goal"), Key("strategy"), Key("tactic"), Key("metric")) switch
        {
            ({ } goal, _, _, _) => new ElementAddress(CommentElementKind.Goal, Goal: goal),
            (_, var strategy, { } tactic, { } metric) => new ElementAddress(CommentElementKind.Commitment, Strategy: strategy, Tactic: tactic, Metric: metric),
            (_, var strategy, { } tactic, null) => new ElementAddress(CommentElementKind.Tactic, Strategy: strategy, Tactic: tactic),
            (_, { } strategy, null, null) => new ElementAddress(CommentElementKind.Strategy, Strategy: strategy),
            _ => throw Invalid(text),
        };
    }

    /// <summary>The path of an element; a tactic under no strategy is <c>tactics[key]</c>.</summary>
    public static string Format(ElementAddress address) => address.Kind switch
    {
        CommentElementKind.Plan => "plan",
        CommentElementKind.Answer => $"plan.{address.Answer}",
        CommentElementKind.Goal => $"goals[{address.Goal}]",
        CommentElementKind.Strategy => $"strategies[{address.Strategy}]",
        CommentElementKind.Tactic => TacticPath(address),
        CommentElementKind.Commitment => $"{TacticPath(address)}.activities[{address.Metric}]",
        _ => "plan",
    };

    private static string TacticPath(ElementAddress address) =>
        address.Strategy is { } strategy ? $"strategies[{strategy}].tactics[{address.Tactic}]" : $"tactics[{address.Tactic}]";

    private static DomainRuleException Invalid(string path) => new(
        $"'{path}' names no plan element. Write plan, plan.mission, goals[g1], strategies[s1], strategies[s1].tactics[t1] or strategies[s1].tactics[t1].activities[metric].",
        "element");

    // Keys as element keys allow them (1-40 of letters, digits, '.', '-', '_'); a metric is anything but brackets.
    [GeneratedRegex(@"^(?:goals\[(?<goal>[A-Za-z0-9._-]{1,40})\]|strategies\[(?<strategy>[A-Za-z0-9._-]{1,40})\](?:\.tactics\[(?<tactic>[A-Za-z0-9._-]{1,40})\](?:\.activities\[(?<metric>[^\[\]]{1,100})\])?)?|tactics\[(?<tactic>[A-Za-z0-9._-]{1,40})\](?:\.activities\[(?<metric>[^\[\]]{1,100})\])?)$")]
    private static partial Regex Path();
}
