using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Activities;

/// <summary>
/// One uploaded file: progress while it is checked or imported (htmx polls <c>?handler=Status</c>
/// every second), then the preview with every problem and the import button, then the summary.
/// Until the import starts the uploader may cancel, which deletes the file.
/// </summary>
public sealed class ImportJobModel(ActivityImportJobs jobs) : GameplanPageModel
{
    public ActivityImportJob Job { get; private set; } = null!;

    public IActionResult OnGet(string id) => Load(id) ?? Page();

    /// <summary>The status block alone, for polling.</summary>
    public IActionResult OnGetStatus(string id) => Load(id) ?? Partial("_ImportStatus", this);

    public IActionResult OnPost(string id, bool skipInvalid)
    {
        if (Load(id) is { } refused)
        {
            return refused;
        }
        return jobs.Import(Job, skipInvalid)
            ? Redirect($"/activities/import/{Job.Id}")
            : Refused($"/activities/import/{Job.Id}", new Domain.DomainRuleException("This file is not waiting to be imported (it was imported already, or could not be read)."));
    }

    /// <summary>Cancels a file not yet being imported; its file is deleted at once.</summary>
    public IActionResult OnPostCancel(string id)
    {
        if (Load(id) is { } refused)
        {
            return refused;
        }
        return jobs.Cancel(Job)
            ? Redirect($"/activities/import/{Job.Id}")
            : Refused($"/activities/import/{Job.Id}", "This file can no longer be cancelled: its import has started or ended.");
    }

    private IActionResult? Load(string id)
    {
        if (!ImportActivitiesModel.MayImport(User))
        {
            return Forbid();
        }
        if (User.OrganizationId() is not { } organization || User.UserId() is not { } user || jobs.Find(id, organization, user) is not { } job)
        {
            return NotFound();
        }
        Job = job;
        return null;
    }
}
