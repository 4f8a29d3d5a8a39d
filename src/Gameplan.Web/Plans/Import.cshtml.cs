using Gameplan.Core.PlanFiles;
using Gameplan.Domain;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Plans;

/// <summary>Uploads a plan file (YAML): shows every problem with its line, or imports it and opens the new plan.</summary>
public sealed class ImportPlanModel(PlanFileImporter importer) : GameplanPageModel
{
    /// <summary>Plan files are small; anything larger is not a plan.</summary>
    private const long MaxBytes = 2 * 1024 * 1024;

    public IReadOnlyList<PlanFileProblem> Problems { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0 || file.Length > MaxBytes)
        {
            ModelState.AddModelError("file", "Choose a plan file (YAML, at most 2 MB).");
            return Page();
        }
        using var reader = new StreamReader(file.OpenReadStream());
        var read = PlanFileReader.Read(await reader.ReadToEndAsync(ct));
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
}
