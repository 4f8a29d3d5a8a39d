using Gameplan.Core.Activities.Import;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Activities;

/// <summary>
/// One uploaded file: progress while it is checked or imported (htmx polls <c>?handler=Status</c>
/// every second; any app instance answers from the database), then the preview with every problem and
/// the import button, then the summary. Until the import starts the uploader may cancel, which deletes the file.
/// </summary>
public sealed class ImportJobModel(ActivityImportJobs jobs, ActivityImportJobQueries uploads, ActivityImportJobCommands commands) : GameplanPageModel
{
    public ActivityImportJobDetails Job { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    /// <summary>The status block alone, for polling.</summary>
    public async Task<IActionResult> OnGetStatusAsync(string id, CancellationToken ct) => await LoadAsync(id, ct) ?? Partial("_ImportStatus", this);

    public async Task<IActionResult> OnPostAsync(string id, bool skipInvalid, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }
        return await jobs.ImportAsync(commands, User.OrganizationId()!.Value, User.UserId()!.Value, Job.Id, skipInvalid, ct)
            ? Redirect($"/activities/import/{Job.Id}")
            : Refused($"/activities/import/{Job.Id}", new Domain.DomainRuleException("This file is not waiting to be imported (it was imported already, or could not be read)."));
    }

    /// <summary>Cancels a file not yet being imported; its file is deleted at once.</summary>
    public async Task<IActionResult> OnPostCancelAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }
        return await jobs.CancelAsync(commands, User.UserId()!.Value, Job.Id, ct)
            ? Redirect($"/activities/import/{Job.Id}")
            : Refused($"/activities/import/{Job.Id}", "This file can no longer be cancelled: its import has started or ended.");
    }

    private async Task<IActionResult?> LoadAsync(string id, CancellationToken ct)
    {
        if (!ImportActivitiesModel.MayImport(User))
        {
            return Forbid();
        }
        if (User.UserId() is not { } user || await uploads.FindAsync(id, user, ct) is not { } job)
        {
            return NotFound();
        }
        Job = jobs.Live(job);
        return null;
    }
}
