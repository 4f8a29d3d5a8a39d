using Gameplan.Domain.Classification;

namespace Gameplan.Domain.Critique.Rules;

/// <summary>What every rule reads: the plan, today, the activity log and lookups shared by the rules.</summary>
internal sealed class CritiqueContext
{
    public const string Team = "team";
    public const string Owner = "owner";

    private readonly Dictionary<string, PersonDocument> _people;
    // GP201 and GP202 read the same strategy statements: each text is classified once per critique.
    private readonly Dictionary<string, StatementClassification> _verdicts = new(StringComparer.Ordinal);

    public CritiqueContext(PlanDocument plan, DateOnly today, ActivityFacts? activities, PlanFamily? family = null)
    {
        Plan = plan;
        Today = today;
        Activities = activities;
        Family = family;
        _people = plan.People
            .Where(person => !IsBlank(person.Handle))
            .GroupBy(person => person.Handle!.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.OrdinalIgnoreCase);
        Tactics = [
            .. plan.Strategies.SelectMany((strategy, index) => strategy.Tactics.Select((tactic, t) =>
                new PlacedTactic(tactic, $"{StrategyPath(strategy, index)}.tactics[{Key(tactic.Id, t)}]", strategy))),
            .. plan.Tactics.Select((tactic, t) => new PlacedTactic(tactic, $"tactics[{Key(tactic.Id, t)}]", null)),
        ];
        TeamMembers = [.. plan.People
            .Where(person => !IsBlank(person.Handle) && !IsBlank(plan.Team) && SameName(person.Team, plan.Team))
            .Select(person => person.Handle!.Trim())];
    }

    public PlanDocument Plan { get; }

    public DateOnly Today { get; }

    public ActivityFacts? Activities { get; }

    /// <summary>The people's weekly check-ins (GP503); null when the caller has none (a file, a plan not active).</summary>
    public CheckInFacts? CheckIns { get; init; }

    /// <summary>The parent and child plans; null when the caller knows nothing of the plans around this one (a single file).</summary>
    public PlanFamily? Family { get; }

    /// <summary>True when a child plan names <paramref name="strategy"/> as the strategy it carries out.</summary>
    public bool IsCarriedByChild(StrategyDocument strategy) =>
        Family is { } family && family.Children.Any(child => Alignment.Coverage.Names(child.Parent?.Strategy, strategy.Id));

    public CritiqueSettings Settings => Plan.Settings;

    /// <summary>The plan's funnel maths (GP611-GP614), computed once per critique; empty without a funnel.</summary>
    public Funnels.FunnelModelReport FunnelModel => _funnelModel ??= Funnels.FunnelModel.Of(Plan, Today);

    private Funnels.FunnelModelReport? _funnelModel;

    /// <summary>Every tactic, under a strategy or not, in plan order.</summary>
    public IReadOnlyList<PlacedTactic> Tactics { get; }

    /// <summary>Handles of the people whose team is the plan's team.</summary>
    public IReadOnlyList<string> TeamMembers { get; }

    /// <summary>The classifier's verdict on <paramref name="text"/> (not blank), computed once per critique.</summary>
    public StatementClassification Classify(string text)
    {
        if (!_verdicts.TryGetValue(text, out var verdict))
        {
            verdict = StatementClassifier.Classify(text);
            _verdicts[text] = verdict;
        }
        return verdict;
    }

    public bool IsKnown(string handle) => _people.ContainsKey(handle.Trim());

    /// <summary>
    /// True when a handle names no one the plan lists (not blank, not <c>team</c> or <c>owner</c>): a typo, or a
    /// function written where a person belongs ("Sales"). GP404 says so once per element; the rules about
    /// a person's commitments, load and pace leave such a name to it rather than repeat the same cause.
    /// </summary>
    public bool IsUnknownPerson(string handle) =>
        !IsBlank(handle) && !SameName(handle, Team) && !SameName(handle, Owner) && !IsKnown(handle);

    public PersonDocument? Person(string handle) => _people.GetValueOrDefault(handle.Trim());

    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    public static bool SameName(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    public static string GoalPath(GoalDocument goal, int index) => $"goals[{Key(goal.Id, index)}]";

    public static string StrategyPath(StrategyDocument strategy, int index) => $"strategies[{Key(strategy.Id, index)}]";

    /// <summary>An item's text in quotes without its final full stop, or its id when it has no text.</summary>
    public static string Quote(string? text, string? id) =>
        IsBlank(text) ? $"'{id ?? "(no id)"}'" : $"'{text!.Trim().TrimEnd('.')}'";

    /// <summary>
    /// Who commits to an activity: the tactic's owner by default, the plan's team for <c>team</c>,
    /// otherwise the named handles. An owner of <c>team</c> is the team too.
    /// </summary>
    public IReadOnlyList<string> Assignees(TacticDocument tactic, ActivityDocument activity)
    {
        var named = activity.Assignees is null || activity.Assignees.Count == 0 ? [Owner] : activity.Assignees;
        // Each person once (case-insensitive, first spelling kept), in the order they are named.
        var people = new List<string>();
        foreach (var handle in named)
        {
            if (!SameName(handle, Owner))
            {
                AddPeople(handle.Trim());
            }
            else if (!IsBlank(tactic.Owner))
            {
                AddPeople(tactic.Owner!.Trim());
            }
        }
        return people;

        void AddPeople(string handle)
        {
            foreach (var person in Expand(handle))
            {
                if (!ContainsName(people, person))
                {
                    people.Add(person);
                }
            }
        }
    }

    /// <summary>True when <paramref name="names"/> holds <paramref name="name"/>, ignoring case.</summary>
    public static bool ContainsName(List<string> names, string name)
    {
        foreach (var seen in names)
        {
            if (string.Equals(seen, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The people a handle stands for: the team's members for <c>team</c>, else the handle.</summary>
    public IEnumerable<string> Expand(string handle) => SameName(handle, Team) ? TeamMembers : [handle.Trim()];

    private static string Key(string? id, int index) => IsBlank(id) ? index.ToString(System.Globalization.CultureInfo.InvariantCulture) : id!.Trim();
}
