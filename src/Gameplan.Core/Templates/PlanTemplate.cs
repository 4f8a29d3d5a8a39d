namespace Gameplan.Core.Templates;

/// <summary>
/// A plan template: a plan file with placeholders (<see cref="TemplateValues"/>) and guidance comments, and
/// what it is for. <paramref name="Scope"/> is the plan scope it makes (<c>person</c>, <c>team</c> or
/// <c>organization</c>); <paramref name="Fits"/> the roles it is offered to first.
/// </summary>
public sealed record PlanTemplate(string Name, string Title, string Description, string Scope, IReadOnlyList<string> Fits, string Text);
