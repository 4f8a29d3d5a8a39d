namespace Gameplan.Web.Templates;

/// <summary>What a person writes about a template they add (an upload or a plan saved as one): <c>Input.Name</c> and the rest.</summary>
public sealed record TemplateFields(string Name, string Title, string? Description, IReadOnlyList<string> Fits)
{
    /// <summary>The roles a template may fit, with their labels.</summary>
    public static IReadOnlyList<(string Value, string Label)> Roles { get; } = [("rep", "Reps"), ("manager", "Managers"), ("executive", "Executives"), ("admin", "Admins")];
}
