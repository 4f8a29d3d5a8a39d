using Gameplan.Core.Plans;
using Gameplan.Domain;
using Gameplan.Domain.Comments;

namespace Gameplan.Core.Comments;

/// <summary>
/// Plan elements by path and by id: a path a caller writes becomes the anchor of a thread (kind and id, so a
/// renamed key or a moved tactic keeps its comments), and an anchor becomes the element's path today.
/// </summary>
internal sealed class CommentElements
{
    private readonly Dictionary<(CommentElementKind Kind, int Id), string> _paths = [];
    private readonly PlanDetails _plan;

    public CommentElements(PlanDetails plan)
    {
        _plan = plan;
        foreach (var goal in plan.Goals)
        {
            _paths[(CommentElementKind.Goal, goal.Id)] = ElementPaths.Format(new ElementAddress(CommentElementKind.Goal, Goal: goal.Key));
        }
        foreach (var strategy in plan.Strategies)
        {
            _paths[(CommentElementKind.Strategy, strategy.Id)] = ElementPaths.Format(new ElementAddress(CommentElementKind.Strategy, Strategy: strategy.Key));
        }
        foreach (var tactic in plan.AllTactics())
        {
            var strategy = plan.Strategies.FirstOrDefault(s => s.Id == tactic.StrategyId)?.Key;
            _paths[(CommentElementKind.Tactic, tactic.Id)] = ElementPaths.Format(new ElementAddress(CommentElementKind.Tactic, Strategy: strategy, Tactic: tactic.Key));
            foreach (var commitment in tactic.Commitments)
            {
                _paths.TryAdd((CommentElementKind.Commitment, commitment.Id),
                    ElementPaths.Format(new ElementAddress(CommentElementKind.Commitment, Strategy: strategy, Tactic: tactic.Key, Metric: commitment.Metric)));
            }
        }
    }

    /// <summary>Where the anchored element is now; null when it was removed.</summary>
    public string? PathOf(CommentElementKind kind, int? id, string pathThen) =>
        kind is CommentElementKind.Plan or CommentElementKind.Answer ? pathThen
        : id is { } elementId ? _paths.GetValueOrDefault((kind, elementId))
        : null;

    /// <summary>The anchor for a path the caller wrote; an element the plan does not have is refused on <c>element</c>.</summary>
    public CommentAnchor Anchor(string? path)
    {
        var address = ElementPaths.Parse(path);
        var id = address.Kind switch
        {
            CommentElementKind.Plan or CommentElementKind.Answer => (int?)null,
            CommentElementKind.Goal => _plan.Goals.FirstOrDefault(g => Same(g.Key, address.Goal))?.Id ?? throw Missing($"goal '{address.Goal}'"),
            CommentElementKind.Strategy => _plan.Strategies.FirstOrDefault(s => Same(s.Key, address.Strategy))?.Id ?? throw Missing($"strategy '{address.Strategy}'"),
            CommentElementKind.Tactic => Tactic(address).Id,
            _ => Tactic(address).Commitments.FirstOrDefault(c => Same(c.Metric, address.Metric))?.Id
                ?? throw Missing($"commitment '{address.Metric}' on tactic '{address.Tactic}'"),
        };
        return new CommentAnchor(address.Kind, id, id is { } known ? _paths[(address.Kind, known)] : ElementPaths.Format(address));
    }

    private Tactics.TacticDetails Tactic(ElementAddress address) =>
        _plan.AllTactics().FirstOrDefault(t => Same(t.Key, address.Tactic)) ?? throw Missing($"tactic '{address.Tactic}'");

    private static bool Same(string a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static DomainRuleException Missing(string what) => new($"This plan has no {what}.", "element");
}
