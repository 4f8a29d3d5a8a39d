using Gameplan.Core.Templates;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Templates;

/// <summary>Uploads an organisation template (admins and executives): a plan file with placeholders, checked by Core as it will be used.</summary>
public sealed class NewTemplateModel(TemplateCommands commands, CurrentUser me) : GameplanPageModel
{
    public const int MaxKilobytes = 200;

    [BindProperty]
    public TemplateRequest Input { get; set; } = new() { Scope = "person" };

    /// <summary>The roles ticked (<c>Input.Fits</c>): a form binds a list, not the request's read-only one.</summary>
    [BindProperty(Name = "Input.Fits")]
    public List<string> Fits { get; set; } = ["rep"];

    public TemplateFields Fields => new(Input.Name, Input.Title, Input.Description, Fits);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        // The text comes from the file, not from a field: its errors are shown beside the file input.
        ModelState.Remove("Input.Text");
        Input = Input with { Fits = Fits };
        if (file is null || file.Length == 0 || file.Length > MaxKilobytes * 1024)
        {
            ModelState.AddModelError("Input.Text", $"Template file: choose a plan file with placeholders (YAML, at most {MaxKilobytes} KB).");
        }
        else
        {
            using var reader = new StreamReader(file.OpenReadStream());
            Input = Input with { Text = await reader.ReadToEndAsync(ct) };
        }
        return await SaveOrShowAsync(
            async () => Done($"/templates/{(await commands.AddAsync(Input, await me.ActorAsync(ct), ct)).Name}", "Template added: New plan offers it now."),
            () => Task.CompletedTask);
    }
}
