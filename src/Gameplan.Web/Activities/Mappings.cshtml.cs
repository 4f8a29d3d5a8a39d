using Gameplan.Core;
using Gameplan.Core.Activities.Import;
using Gameplan.Domain;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Activities;

/// <summary>The organisation's saved column mappings for activity imports: list, save from pasted JSON, delete (admins only, see PageAccess).</summary>
public sealed class ActivityMappingsModel(ActivityMappingQueries queries, ActivityMappingCommands commands) : GameplanPageModel
{
    public IReadOnlyList<SavedActivityMapping> Saved { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Definition { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Saved = await queries.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var saved = await commands.SaveAsync(Name ?? "", Definition ?? "", ct);
            return Done("/activities/mappings", $"Mapping '{saved.Name}' saved.");
        }
        catch (DomainRuleException rule)
        {
            // The two fields of the form; a definition's message names the key at fault inside it.
            ModelState.AddModelError(rule.Field == "name" ? nameof(Name) : nameof(Definition), rule.Message);
        }
        Saved = await queries.ListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string name, CancellationToken ct)
    {
        try
        {
            await commands.DeleteAsync(name, ct);
        }
        catch (NotFoundException)
        {
            // Already gone (deleted in another tab): the list shows the truth.
        }
        return Done("/activities/mappings", $"Mapping '{name}' deleted.");
    }
}
