using System.Text.RegularExpressions;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;

namespace Gameplan.Domain.Templates;

/// <summary>
/// A plan template the organisation added beside the built-in ones: a plan file with placeholders
/// (checked by the caller to read as a plan once filled) and what it is for. <see cref="Name"/> is a
/// slug, unique in the organisation; <see cref="Fits"/> the roles it is offered to first.
/// </summary>
public sealed partial class OrganizationTemplate
{
    public const int MaxNameLength = 60;
    public const int MaxTextLength = 100_000;

    private OrganizationTemplate() { }

    public OrganizationTemplate(int organizationId, string name, string title, string? description, PlanScope scope,
        IReadOnlyList<PersonRole> fits, string text, string addedBy, DateTimeOffset now)
    {
        OrganizationId = organizationId;
        Name = Slug(name);
        Title = Guard.Required(title, "title", 200);
        Description = Guard.Optional(description, "description", 1000) ?? "";
        Scope = scope;
        Fits = fits.Count == 0
            ? throw new DomainRuleException("Name at least one role the template fits (rep, manager, executive or admin).", "fits")
            : string.Join(',', fits.Distinct().Select(r => r.ToString().ToLowerInvariant()));
        Text = Guard.Required(text, "text", MaxTextLength);
        AddedBy = addedBy;
        AddedAt = now;
    }

    public int Id { get; private set; }

    public int OrganizationId { get; private set; }

    public string Name { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public PlanScope Scope { get; private set; }

    /// <summary>The roles, lower case, comma-separated (<c>rep,manager</c>).</summary>
    public string Fits { get; private set; } = "";

    public string Text { get; private set; } = "";

    /// <summary>Who added it, as the audit log names people (a handle, or a token's name).</summary>
    public string AddedBy { get; private set; } = "";

    public DateTimeOffset AddedAt { get; private set; }

    /// <summary>A name as a slug: lower case letters, digits and single hyphens, starting with a letter.</summary>
    public static string Slug(string? name)
    {
        var trimmed = Guard.Required(name, "name", MaxNameLength).ToLowerInvariant();
        return SlugPattern().IsMatch(trimmed)
            ? trimmed
            : throw new DomainRuleException($"'{trimmed}' is not a template name: lower-case letters, digits and hyphens, starting with a letter (like 'enterprise-territory').", "name");
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
