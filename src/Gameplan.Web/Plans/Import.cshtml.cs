using Gameplan.Core.PlanFiles;
using Gameplan.Core.PlanFiles.Okrs;
using Gameplan.Domain;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Plans;

/// <summary>
/// Uploads a plan file (YAML): shows every problem with its line, or imports it and opens the new plan.
/// An OKR document (Markdown outline or CSV, by extension or content) is shown first as a preview of what
/// each line becomes; saving it stores a draft plan, its function owners matched to the organisation's teams.
/// </summary>
public sealed class ImportPlanModel(PlanFileImporter importer, OkrImporter okrs) : GameplanPageModel
{
    /// <summary>Plan files are small; anything larger is not a plan.</summary>
    private const long MaxBytes = 2 * 1024 * 1024;

    public IReadOnlyList<PlanFileProblem> Problems { get; private set; } = [];

    /// <summary>The OKR document's reading, shown before it is saved; null for a plan file.</summary>
    public OkrReadResult? Okr { get; private set; }

    /// <summary>The OKR document's text and file name, posted back by "Save as a draft plan".</summary>
    [BindProperty]
    public string? Document { get; set; }

    [BindProperty]
    public string? DocumentName { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0 || file.Length > MaxBytes)
        {
            ModelState.AddModelError("file", "Choose a plan file (YAML) or an OKR document (Markdown or CSV), at most 2 MB.");
            return Page();
        }
        using var reader = new StreamReader(file.OpenReadStream());
        var text = await reader.ReadToEndAsync(ct);
        if (OkrReader.IsOkrDocument(file.FileName, text))
        {
            return await PreviewAsync(text, Path.GetFileName(file.FileName), ct);
        }
        var read = PlanFileReader.Read(text);
        Problems = read.Problems;
        if (read.HasErrors || read.Plan is null)
        {
            ModelState.AddModelError("file", $"{file.FileName} could not be read; nothing was imported.");
            return Page();
        }
        try
        {
            var imported = await importer.ImportAsync(read.Plan, ct);
            var warnings = read.Warnings.Count();
            var message = warnings == 0 ? "Plan imported." : $"Plan imported; {warnings} unknown key(s) were ignored.";
            // What the import left out (an acknowledgement by someone not bound) must be seen, not only logged.
            var leftOut = imported.Notes.Where(n => n.Contains("not stored", StringComparison.Ordinal)).ToList();
            return Done($"/plans/{imported.PlanId}", leftOut.Count == 0 ? message : $"{message} Not stored: {string.Join(" ", leftOut)}");
        }
        catch (DomainRuleException rule)
        {
            ModelState.AddModelError("file", rule.Message);
            return Page();
        }
    }

    /// <summary>Stores the previewed OKR document as a draft plan (read again: the organisation may have changed since).</summary>
    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Document) || Document.Length > MaxBytes)
        {
            ModelState.AddModelError("file", "The OKR document to save is missing or larger than 2 MB; choose the file again.");
            return Page();
        }
        try
        {
            var (read, imported) = await okrs.ImportAsync(Document, DocumentName, ct);
            if (imported is null)
            {
                Okr = read;
                ModelState.AddModelError("file", $"{DocumentName} could not be read; nothing was imported.");
                return Page();
            }
            var warnings = read.Warnings.Count();
            return Done($"/plans/{imported.PlanId}", warnings == 0 ? "OKRs imported as a draft plan."
                : $"OKRs imported as a draft plan; {warnings} warning(s) in the report (owners that are functions, dates not understood): review its owners.");
        }
        catch (DomainRuleException rule)
        {
            ModelState.AddModelError("file", rule.Message);
            return await PreviewAsync(Document, DocumentName, ct);
        }
    }

    private async Task<IActionResult> PreviewAsync(string text, string? name, CancellationToken ct)
    {
        Okr = await okrs.PreviewAsync(text, name, ct);
        (Document, DocumentName) = (text, name);
        if (Okr.HasErrors)
        {
            ModelState.AddModelError("file", $"{name} could not be read as OKRs; nothing was imported.");
        }
        return Page();
    }
}
