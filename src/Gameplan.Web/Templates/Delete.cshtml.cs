using Gameplan.Core.Templates;
using Gameplan.Domain;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Templates;

/// <summary>Asks before deleting one of the organisation's templates (admins); the list's inline delete posts here too.</summary>
public sealed class DeleteTemplateModel(TemplateQueries templates, TemplateCommands commands, CurrentUser me) : GameplanPageModel
{
    public TemplateDetails Template { get; private set; } = null!;

    public async Task OnGetAsync(string name, CancellationToken ct) => Template = await templates.GetAsync(name, ct);

    public async Task<IActionResult> OnPostAsync(string name, CancellationToken ct)
    {
        try
        {
            await commands.DeleteAsync(name, await me.ActorAsync(ct), ct);
            return Deleted("/templates", "Template deleted.");
        }
        catch (DomainRuleException rule)
        {
            return Refused($"/templates/{name}", rule);
        }
    }
}
