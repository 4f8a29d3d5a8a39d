namespace Gameplan.Core.Templates;

/// <summary>
/// What a template is filled with. Left out: the person is <c>you</c> and the team <c>Your team</c>, marked
/// for the writer to replace; the period is the next calendar year (planning happens before the period).
/// </summary>
public sealed record TemplateValues
{
    public const string SomePerson = "you";
    public const string SomeTeam = "Your team";

    /// <summary>The handle of the person the plan is for (owner, DRI, assignee).</summary>
    public string? Person { get; init; }

    public string? Team { get; init; }

    public DateOnly? Start { get; init; }

    /// <summary>The period's last day (inclusive).</summary>
    public DateOnly? End { get; init; }

    /// <summary>The plan (name or id) the new plan carries out; null: no parent (<c>parent: ~</c>).</summary>
    public string? ParentPlan { get; init; }

    /// <summary>The key of the parent plan's strategy the new plan carries out; only with <see cref="ParentPlan"/>.</summary>
    public string? ParentStrategy { get; init; }
}
