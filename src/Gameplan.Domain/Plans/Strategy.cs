namespace Gameplan.Domain.Plans;

/// <summary>A choice of where and how to win, with one DRI, serving goals, carried out by tactics.</summary>
public sealed class Strategy
{
    private readonly List<StrategyGoal> _goalLinks = [];
    private readonly List<Tactic> _tactics = [];

    private Strategy() { }

    internal Strategy(string key, string statement, int? driId, IEnumerable<Goal> goals)
    {
        Key = key;
        Apply(statement, driId, goals);
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    /// <summary>Plan-unique key, e.g. <c>s1</c>.</summary>
    public string Key { get; internal set; } = "";

    public string Statement { get; private set; } = "";

    public int? DriId { get; private set; }

    /// <summary>Order of the strategy in the plan, starting at 0.</summary>
    public int Position { get; internal set; }

    public IReadOnlyList<StrategyGoal> GoalLinks => _goalLinks;

    public IEnumerable<Goal> Goals => _goalLinks.Select(link => link.Goal);

    public IReadOnlyList<Tactic> Tactics => _tactics;

    internal void Apply(string statement, int? driId, IEnumerable<Goal> goals)
    {
        Statement = Guard.Required(statement, "statement", 500);
        DriId = driId;
        var wanted = goals.Distinct().ToList();
        _goalLinks.RemoveAll(link => !wanted.Contains(link.Goal));
        foreach (var goal in wanted.Where(g => _goalLinks.All(link => link.Goal != g)))
        {
            _goalLinks.Add(new StrategyGoal(goal));
        }
    }

    internal void Unlink(Goal goal) => _goalLinks.RemoveAll(link => link.Goal == goal);

    internal void Add(Tactic tactic)
    {
        tactic.Position = _tactics.Count;
        _tactics.Add(tactic);
    }

    internal void Remove(Tactic tactic)
    {
        _tactics.Remove(tactic);
        for (var i = 0; i < _tactics.Count; i++)
        {
            _tactics[i].Position = i;
        }
    }
}
