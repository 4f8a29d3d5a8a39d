using Gameplan.Core.Templates;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Gameplan.Web.Templates;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Plans;

/// <summary>
/// "Save this plan as a template" (admins and executives, on a plan they read): names the template, shows the text
/// the plan makes, and stores it through the same command as an upload.
/// </summary>
public sealed class SaveAsTemplateModel(TemplateQueries templates, TemplateCommands commands, CurrentUser me) : GameplanPageModel
{
    [FromRoute]
    public int Id { get; set; }

    [BindProperty]
    public PlanTemplateRequest Input { get; set; } = new();

    /// <summary>The template the plan makes: its text, and the plan's name and scope.</summary>
    public PlanTemplate Made { get; private set; } = null!;

    /// <summary>The roles ticked (<c>Input.Fits</c>): a form binds a list, not the request's read-only one.</summary>
    [BindProperty(Name = "Input.Fits")]
    public List<string> Fits { get; set; } = [];

    public TemplateFields Fields => new(Input.Name, Input.Title, Input.Description, Fits);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = new PlanTemplateRequest { Title = Made.Title };
        Fits = [Fit(Made.Scope)];
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input = Input with { Fits = Fits };
        return SaveOrShowAsync(
            async () => Done($"/templates/{(await commands.SaveFromPlanAsync(Id, Input, await me.ActorAsync(ct), ct)).Name}", "Plan saved as a template: New plan offers it now."),
            () => LoadAsync(ct));
    }

    private async Task LoadAsync(CancellationToken ct) => Made = await templates.FromPlanAsync(Id, await me.ActorAsync(ct), ct);

    /// <summary>Who writes a plan of this scope, offered first.</summary>
    private static string Fit(string scope) => scope switch
    {
        "person" => "rep",
        "team" => "manager",
        _ => "executive",
    };
}
