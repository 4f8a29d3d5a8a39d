using System.ComponentModel.DataAnnotations;
using Gameplan.Core.Plans;

namespace Gameplan.Core.Templates;

/// <summary>A template in the list: <paramref name="Source"/> is <c>built_in</c> or <c>organization</c>.</summary>
public sealed record TemplateSummary(string Name, string Title, string Description, string Scope, IReadOnlyList<string> Fits, string Source)
{
    public const string BuiltIn = "built_in";
    public const string Organization = "organization";
}

/// <summary>A template with its text (a plan file with placeholders); who added it, for the organisation's own.</summary>
public sealed record TemplateDetails(
    string Name, string Title, string Description, string Scope, IReadOnlyList<string> Fits, string Source, string Text,
    string? AddedBy, DateTimeOffset? AddedAt);

/// <summary>Adds an organisation template: a slug name, what it is for, and its text (a plan file with placeholders).</summary>
public sealed record TemplateRequest
{
    [Required, StringLength(60)]
    public string Name { get; init; } = "";

    [Required, StringLength(200)]
    public string Title { get; init; } = "";

    [StringLength(1000)]
    public string? Description { get; init; }

    /// <summary><c>person</c>, <c>team</c> or <c>organization</c>: the plan it makes.</summary>
    [Required, StringLength(20)]
    public string Scope { get; init; } = "";

    /// <summary>The roles it is offered to: <c>rep</c>, <c>manager</c>, <c>executive</c>, <c>admin</c>.</summary>
    public IReadOnlyList<string> Fits { get; init; } = [];

    [Required, StringLength(100_000)]
    public string Text { get; init; } = "";
}

/// <summary>
/// What a template is filled with to make a plan: the person (handle) and team it is for, the period and
/// what it carries out. Left out: the caller and their team, and the open planning cycle's period.
/// </summary>
public sealed record InstantiateRequest
{
    [StringLength(40)]
    public string? Person { get; init; }

    [StringLength(120)]
    public string? Team { get; init; }

    public InstantiatePeriod? Period { get; init; }

    public ParentInput? Parent { get; init; }
}

/// <summary>The new plan's period; both days inclusive.</summary>
public sealed record InstantiatePeriod(DateOnly? Start, DateOnly? End);

/// <summary>The planning cycle being planned now; a new plan takes its period (both days inclusive) by default.</summary>
public sealed record OpenCycle(int Id, string Name, DateOnly Start, DateOnly End);

/// <summary>A template in the library page: what the list says, and who added the organisation's own (null for built-in ones).</summary>
public sealed record TemplateListing(
    string Name, string Title, string Description, string Scope, IReadOnlyList<string> Fits, string Source, string? AddedBy, DateTimeOffset? AddedAt);

/// <summary>
/// Saves a plan as an organisation template: its slug name, what it is for and the roles it fits. The scope is the
/// plan's and the text is made from the plan (<see cref="PlanAsTemplate"/>).
/// </summary>
public sealed record PlanTemplateRequest
{
    [Required, StringLength(60)]
    public string Name { get; init; } = "";

    [Required, StringLength(200)]
    public string Title { get; init; } = "";

    [StringLength(1000)]
    public string? Description { get; init; }

    /// <summary>The roles it is offered to: <c>rep</c>, <c>manager</c>, <c>executive</c>, <c>admin</c>.</summary>
    public IReadOnlyList<string> Fits { get; init; } = [];
}
