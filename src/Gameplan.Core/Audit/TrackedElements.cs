using Gameplan.Domain.Comments;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gameplan.Core.Audit;

/// <summary>
/// The tracked plan elements of one save, indexed in a single pass: who owns a link row, which
/// tactic a commitment is under, which plan a goal is in, each plan's organisation. Looking these up
/// by scanning the change tracker once per audit line made a save of n elements cost n^2 (a 10,000-goal
/// import spent minutes here, each scan also detecting changes across every tracked entity).
/// </summary>
internal sealed class TrackedElements
{
    private readonly Dictionary<object, object> _owners = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(Type Type, int Id), object> _byId = [];
    private readonly Dictionary<int, int> _planOrganizations = [];

    /// <param name="entries">Every tracked entry, read once (the caller has detected changes already).</param>
    public TrackedElements(IEnumerable<EntityEntry> entries)
    {
        foreach (var entity in entries.Select(e => e.Entity))
        {
            switch (entity)
            {
                case StrategicPlan plan when plan.Id != 0:
                    _planOrganizations.TryAdd(plan.Id, plan.OrganizationId);
                    break;
                case Goal goal:
                    Index(goal, goal.Id);
                    break;
                case Strategy strategy:
                    Index(strategy, strategy.Id);
                    Own(strategy, strategy.GoalLinks);
                    break;
                case Tactic tactic:
                    Index(tactic, tactic.Id);
                    Own(tactic, tactic.Authors);
                    Own(tactic, tactic.Commitments);
                    break;
                case ActivityCommitment commitment:
                    Index(commitment, commitment.Id);
                    Own(commitment, commitment.NamedAssignees);
                    Own(commitment, commitment.Acknowledgements);
                    break;
                case Comment comment:
                    Index(comment, comment.Id);
                    Own(comment, comment.Mentions);
                    break;
            }
        }
    }

    /// <summary>The element holding <paramref name="part"/> in one of its lists, or else the one with the part's owner id.</summary>
    public T? Owner<T>(object part, int ownerId)
        where T : class =>
        _owners.TryGetValue(part, out var owner) && owner is T found ? found : Find<T>(ownerId);

    /// <summary>The tracked element of that type and (stored) id.</summary>
    public T? Find<T>(int id)
        where T : class =>
        id != 0 && _byId.TryGetValue((typeof(T), id), out var element) ? (T)element : null;

    public int? OrganizationOfPlan(int? planId) =>
        planId is { } id && _planOrganizations.TryGetValue(id, out var organization) ? organization : null;

    private void Index(object element, int id)
    {
        if (id != 0)
        {
            _byId.TryAdd((element.GetType(), id), element);
        }
    }

    private void Own(object owner, IEnumerable<object> parts)
    {
        foreach (var part in parts)
        {
            _owners.TryAdd(part, owner);
        }
    }
}
