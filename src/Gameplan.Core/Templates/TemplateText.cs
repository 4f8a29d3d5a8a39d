using Gameplan.Core.PlanFiles;
using Gameplan.Domain;

namespace Gameplan.Core.Templates;

/// <summary>
/// An uploaded template is checked as it will be used: filled with sample values, it must read as a plan
/// file with no error, of the scope it says it makes. Placeholders fill one line each, so the lines
/// named are the template's own.
/// </summary>
internal static class TemplateText
{
    private static readonly TemplateValues Sample = new()
    {
        Person = "sample",
        Team = "Sample team",
        Start = new(2027, 1, 1),
        End = new(2027, 12, 31),
        ParentPlan = "Sample plan",
        ParentStrategy = "s1",
    };

    /// <summary>The text's plan file once filled; a refusal naming <c>text</c> and the line and column otherwise.</summary>
    public static PlanFile Check(string text, string scope)
    {
        var template = new PlanTemplate("upload", "", "", scope, [], text);
        var read = PlanFileReader.Read(PlanTemplates.Fill(template, Sample, new DateOnly(2026, 10, 1)));
        if (read.Errors.FirstOrDefault() is { } problem)
        {
            throw new DomainRuleException($"The text does not read as a plan file once filled: line {problem.Line}, column {problem.Column}: {problem.Message}", "text");
        }
        var file = read.Plan!;
        if (string.IsNullOrWhiteSpace(file.Plan.Name))
        {
            throw new DomainRuleException("The text's plan has no name (plan.name).", "text");
        }
        var made = PlanFileNames.Scope(file.Plan.Scope, file.Plan.Team).ToString().ToLowerInvariant();
        return made == scope
            ? file
            : throw new DomainRuleException($"The text makes a {made} plan (plan.scope), not the {scope} plan the template says.", "scope");
    }
}
