using Gameplan.Core.Templates;
using Gameplan.Web.Shared;

namespace Gameplan.Web.Templates;

/// <summary>The template library: built-in and organisation templates; admins and executives add, admins delete (each control by its page's policy).</summary>
public sealed class TemplatesModel(TemplateQueries templates) : GameplanPageModel
{
    public IReadOnlyList<TemplateListing> Templates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Templates = await templates.LibraryAsync(ct);

    /// <summary>What a template's scope makes, in words.</summary>
    public static string Scope(string scope) => scope switch
    {
        "person" => "A personal plan",
        "team" => "A team plan",
        "organization" => "The organisation's plan",
        _ => scope,
    };
}
