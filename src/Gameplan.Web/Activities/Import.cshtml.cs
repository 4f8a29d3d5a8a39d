using Gameplan.Core.Activities.Import;
using Gameplan.Domain;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Activities;

/// <summary>
/// Uploads a CSV file of activities with the generic columns or a mapping (a saved one, or a
/// definition uploaded with it). The file goes into the database and is checked in the background;
/// the browser goes to the upload's page, which shows progress, then the preview and every problem.
/// Everyone who logs activities may import them: each row may name only someone the uploader may log
/// for (reps themselves, managers the teams they lead, admins and executives anyone; docs/access.md),
/// other rows are reported as invalid in their person column. Only the uploader sees an upload.
/// </summary>
[UploadLimit]
public sealed class ImportActivitiesModel(ActivityImportJobs jobs, ActivityImportJobQueries uploads, ActivityImportJobCommands commands, ActivityMappingQueries mappings, IConfiguration configuration) : GameplanPageModel
{
    public const string Generic = "";

    public long MaxBytes => UploadLimitAttribute.MaxBytes(configuration);

    public long MaxPendingBytes => jobs.MaxPendingBytes;

    public TimeSpan AbandonAfter => jobs.AbandonAfter;

    /// <summary>The organisation's saved mappings, by name, to choose from.</summary>
    public IReadOnlyList<string> SavedMappings { get; private set; } = [];

    /// <summary>The chosen saved mapping; <see cref="Generic"/> for none.</summary>
    public string? SavedMapping { get; private set; }

    /// <summary>The person's uploads whose files still wait (previewed, or being checked or imported).</summary>
    public IReadOnlyList<ActivityImportJobDetails> Pending { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!MayImport(User))
        {
            return Forbid();
        }
        SavedMappings = [.. (await mappings.ListAsync(ct)).Select(m => m.Name)];
        Pending = await uploads.PendingAsync(User.UserId()!.Value, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, IFormFile? mappingFile, string? savedMapping, CancellationToken ct)
    {
        if (!MayImport(User))
        {
            return Forbid();
        }
        SavedMappings = [.. (await mappings.ListAsync(ct)).Select(m => m.Name)];
        SavedMapping = savedMapping;
        var (organization, user) = (User.OrganizationId()!.Value, User.UserId()!.Value);
        Pending = await uploads.PendingAsync(user, ct);
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Choose a CSV file of activities.");
        }
        else if (file.Length > MaxBytes)
        {
            ModelState.AddModelError("file", $"{file.FileName} is {ImportWording.Size(file.Length)}; files of at most {ImportWording.Size(MaxBytes)} can be imported here. Split it, or use `gameplan import activities` on the server.");
        }
        else if (jobs.RefusalFor(Pending, file.Length) is { } refusal)
        {
            ModelState.AddModelError("file", refusal);
        }
        var mapping = await MappingAsync(mappingFile, savedMapping, ct);
        if (!ModelState.IsValid || mapping is null)
        {
            return Page();
        }
        await using var upload = file!.OpenReadStream();
        if (await jobs.StartAsync(commands, organization, user, System.IO.Path.GetFileName(file.FileName), upload, file.Length, mapping.Value.Name, mapping.Value.Mapping, ct) is not { } id)
        {
            // Another upload of the same person got in first; nothing of this one is kept.
            Pending = await uploads.PendingAsync(user, ct);
            ModelState.AddModelError("file", jobs.RefusalFor(Pending, file.Length) ?? "Too many uploads are waiting; try again.");
            return Page();
        }
        return Redirect($"/activities/import/{id}");
    }

    /// <summary>Whoever acts as a person of the organisation logs activities, so may import them; each row is checked.</summary>
    public static bool MayImport(System.Security.Claims.ClaimsPrincipal user) => user.Role() is not null && user.OrganizationId() is not null;

    private async Task<(string Name, ActivityMapping Mapping)?> MappingAsync(IFormFile? mappingFile, string? savedMapping, CancellationToken ct)
    {
        var uploaded = mappingFile is { Length: > 0 };
        if (!string.IsNullOrWhiteSpace(savedMapping))
        {
            return uploaded ? Refuse("savedMapping", "Choose a saved mapping or upload a definition, not both.")
                : await SavedAsync(savedMapping.Trim(), ct);
        }
        if (!uploaded || mappingFile is null)
        {
            return ("the generic columns", ActivityMapping.Generic);
        }
        if (mappingFile.Length > 256 * 1024)
        {
            ModelState.AddModelError("mappingFile", "A mapping definition is a small JSON file (at most 256 KB).");
            return null;
        }
        using var reader = new StreamReader(mappingFile.OpenReadStream());
        try
        {
            return ($"the mapping in {System.IO.Path.GetFileName(mappingFile.FileName)}", ActivityMappingJson.Parse(await reader.ReadToEndAsync(ct)));
        }
        catch (DomainRuleException rule)
        {
            ModelState.AddModelError("mappingFile", rule.Message);
            return null;
        }
    }

    private async Task<(string Name, ActivityMapping Mapping)?> SavedAsync(string name, CancellationToken ct)
    {
        try
        {
            return await mappings.GetAsync(name, ct) is { } saved
                ? ($"the saved mapping '{name}'", saved)
                : Refuse("savedMapping", $"There is no saved mapping named '{name}'.");
        }
        catch (DomainRuleException rule)
        {
            return Refuse("savedMapping", rule.Message);
        }
    }

    private (string Name, ActivityMapping Mapping)? Refuse(string field, string message)
    {
        ModelState.AddModelError(field, message);
        return null;
    }
}
