namespace Gameplan.Domain.Critique;

/// <summary>
/// A plan as written in a plan file (PLAN-FORMAT.md, version 1), before any validation: every
/// part the format lets a writer leave out is nullable or empty, so the critique can report
/// what is missing instead of failing. Dates are inclusive.
/// </summary>
public sealed record PlanDocument
{
    /// <summary>The plan's name (<c>plan.name</c>).</summary>
    public string? Name { get; init; }

    /// <summary><c>organization</c>, <c>team</c> or <c>person</c>.</summary>
    public string? Scope { get; init; }

    /// <summary>The team's name, for a team plan; matched against <see cref="PersonDocument.Team"/>.</summary>
    public string? Team { get; init; }

    /// <summary>The owner's handle.</summary>
    public string? Owner { get; init; }

    /// <summary>The plan and strategy (or goal) this plan carries out (<c>plan.parent</c>); null when it names none.</summary>
    public ParentDocument? Parent { get; init; }

    /// <summary>First day of the plan period (inclusive).</summary>
    public DateOnly? PeriodStart { get; init; }

    /// <summary>Last day of the plan period (inclusive).</summary>
    public DateOnly? PeriodEnd { get; init; }

    /// <summary>When planning started (<c>plan.drafted</c>).</summary>
    public DateOnly? Drafted { get; init; }

    public string? Mission { get; init; }

    /// <summary>Where the business stands now (<c>background.current</c>).</summary>
    public string? BackgroundCurrent { get; init; }

    /// <summary>Where it wants to be (<c>background.desired</c>).</summary>
    public string? BackgroundDesired { get; init; }

    /// <summary>Who the customer is (<c>customer.who</c>).</summary>
    public string? CustomerWho { get; init; }

    /// <summary>What the customer values (<c>customer.values</c>).</summary>
    public string? CustomerValues { get; init; }

    public string? DesiredResults { get; init; }

    public IReadOnlyList<GoalDocument> Goals { get; init; } = [];

    public IReadOnlyList<StrategyDocument> Strategies { get; init; } = [];

    /// <summary>Tactics written outside any strategy (each one is GP108).</summary>
    public IReadOnlyList<TacticDocument> Tactics { get; init; } = [];

    public IReadOnlyList<PersonDocument> People { get; init; } = [];

    public IReadOnlyList<ReviewDocument> Reviews { get; init; } = [];

    /// <summary>The plan's sales funnel (<c>funnel:</c>), or the one it inherits in the app; null when none applies.</summary>
    public Funnels.FunnelDocument? Funnel { get; init; }

    /// <summary>The <c>settings</c> block; defaults when absent.</summary>
    public CritiqueSettings Settings { get; init; } = new();
}
