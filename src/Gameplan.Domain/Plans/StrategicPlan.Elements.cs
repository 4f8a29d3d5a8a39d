namespace Gameplan.Domain.Plans;

// Goals, strategies, tactics and commitments: added, changed and removed only through the plan,
// so keys stay unique, links stay inside the plan, and a closed plan stays closed.
public sealed partial class StrategicPlan
{
    private ElementKeys<Goal>? _goalKeys;
    private ElementKeys<Strategy>? _strategyKeys;
    private ElementKeys<Tactic>? _tacticKeys;

    private ElementKeys<Goal> GoalKeys => _goalKeys ??= new(_goals, g => g.Key, "g");

    private ElementKeys<Strategy> StrategyKeys => _strategyKeys ??= new(_strategies, s => s.Key, "s");

    private ElementKeys<Tactic> TacticKeys => _tacticKeys ??= new(_tactics, t => t.Key, "t");

    public Goal AddGoal(GoalFields fields, DateTimeOffset now)
    {
        EnsureEditable();
        var goal = new Goal(GoalKeys.Claim(fields.Key), fields);
        _goals.Add(goal);
        GoalKeys.Added(goal);
        Touch(now);
        return goal;
    }

    public void UpdateGoal(Goal goal, GoalFields fields, DateTimeOffset now)
    {
        EnsureEditable();
        EnsureOwn(goal);
        goal.Key = GoalKeys.Claim(fields.Key ?? goal.Key, goal);
        GoalKeys.Reset();
        goal.Apply(fields);
        Touch(now);
    }

    /// <summary>Removes the goal and every strategy's link to it.</summary>
    public void RemoveGoal(Goal goal, DateTimeOffset now)
    {
        EnsureEditable();
        EnsureOwn(goal);
        foreach (var strategy in _strategies)
        {
            strategy.Unlink(goal);
        }
        _goals.Remove(goal);
        GoalKeys.Reset();
        Touch(now);
    }

    public Strategy AddStrategy(StrategyFields fields, DateTimeOffset now)
    {
        EnsureEditable();
        var key = StrategyKeys.Claim(fields.Key);
        var strategy = new Strategy(key, fields.Statement, fields.DriId, GoalsByKey(fields.GoalKeys))
        {
            Position = _strategies.Count,
        };
        _strategies.Add(strategy);
        StrategyKeys.Added(strategy);
        Touch(now);
        return strategy;
    }

    public void UpdateStrategy(Strategy strategy, StrategyFields fields, DateTimeOffset now)
    {
        EnsureEditable();
        EnsureOwn(strategy);
        strategy.Key = StrategyKeys.Claim(fields.Key ?? strategy.Key, strategy);
        StrategyKeys.Reset();
        strategy.Apply(fields.Statement, fields.DriId, GoalsByKey(fields.GoalKeys));
        Touch(now);
    }

    /// <summary>Removes the strategy with its tactics and their commitments.</summary>
    public void RemoveStrategy(Strategy strategy, DateTimeOffset now)
    {
        EnsureEditable();
        EnsureOwn(strategy);
        _strategies.Remove(strategy);
        _tactics.RemoveAll(strategy.Tactics.Contains);
        StrategyKeys.Reset();
        TacticKeys.Reset();
        for (var i = 0; i < _strategies.Count; i++)
        {
            _strategies[i].Position = i;
        }
        Touch(now);
    }

    /// <summary>Adds a tactic under <paramref name="strategy"/>, or, with null, tied to no strategy yet.</summary>
    public Tactic AddTactic(Strategy? strategy, TacticFields fields, DateTimeOffset now)
    {
        EnsureEditable();
        if (strategy is not null)
        {
            EnsureOwn(strategy);
        }
        var tactic = new Tactic(TacticKeys.Claim(fields.Key), fields);
        if (strategy is null)
        {
            tactic.Position = UnplacedTactics.Count;
        }
        else
        {
            strategy.Add(tactic);
        }
        _tactics.Add(tactic);
        TacticKeys.Added(tactic);
        Touch(now);
        return tactic;
    }

    public void UpdateTactic(Tactic tactic, TacticFields fields, DateTimeOffset now)
    {
        EnsureEditable();
        EnsureOwn(tactic);
        tactic.Key = TacticKeys.Claim(fields.Key ?? tactic.Key, tactic);
        TacticKeys.Reset();
        tactic.Apply(fields);
        Touch(now);
    }

    /// <summary>Moves a tactic (placed or not) under a strategy of this plan, at the end of its list.</summary>
    public void MoveTactic(Tactic tactic, Strategy to, DateTimeOffset now)
    {
        EnsureEditable();
        EnsureOwn(tactic);
        EnsureOwn(to);
        var from = StrategyOf(tactic);
        if (from == to)
        {
            return;
        }
        Detach(tactic, from);
        to.Add(tactic);
        Touch(now);
    }

    public void RemoveTactic(Tactic tactic, DateTimeOffset now)
    {
        EnsureEditable();
        EnsureOwn(tactic);
        Detach(tactic, StrategyOf(tactic));
        _tactics.Remove(tactic);
        TacticKeys.Reset();
        Touch(now);
    }

    public ActivityCommitment AddCommitment(Tactic tactic, CommitmentFields fields, DateTimeOffset now)
    {
        EnsureEditable();
        EnsureOwn(tactic);
        var commitment = new ActivityCommitment(fields);
        tactic.Add(commitment);
        Touch(now);
        return commitment;
    }

    public void UpdateCommitment(ActivityCommitment commitment, CommitmentFields fields, DateTimeOffset now)
    {
        EnsureEditable();
        EnsureOwn(TacticOf(commitment));
        commitment.Apply(fields);
        Touch(now);
    }

    public void RemoveCommitment(ActivityCommitment commitment, DateTimeOffset now)
    {
        EnsureEditable();
        TacticOf(commitment).Remove(commitment);
        Touch(now);
    }

    /// <summary>Takes the tactic out of its strategy, or out of the unplaced list, renumbering what stays.</summary>
    private void Detach(Tactic tactic, Strategy? from)
    {
        if (from is not null)
        {
            from.Remove(tactic);
            return;
        }
        var position = 0;
        foreach (var other in UnplacedTactics.Where(t => t != tactic))
        {
            other.Position = position++;
        }
    }

    private List<Goal> GoalsByKey(IEnumerable<string> keys) =>
        keys.Select(key => GoalKeys.Find(key)
                ?? throw new DomainRuleException($"Plan '{Name}' has no goal '{key}'.", "goals"))
            .ToList();

    private void EnsureOwn(Goal goal)
    {
        if (!_goals.Contains(goal))
        {
            throw new DomainRuleException($"Goal '{goal.Key}' belongs to another plan.");
        }
    }

    private void EnsureOwn(Strategy strategy)
    {
        if (!StrategyKeys.Holds(strategy))
        {
            throw new DomainRuleException($"Strategy '{strategy.Key}' belongs to another plan.");
        }
    }
}
