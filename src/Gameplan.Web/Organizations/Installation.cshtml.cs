using Gameplan.Core.Accounts;
using Gameplan.Core.Organizations;
using Gameplan.Domain;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Organizations;

/// <summary>
/// The installation's organisations, for system administrators (ADR 0051): each one's status and size,
/// a new organisation with its first admin, suspend, resume, and delete (suspended first, its name typed again).
/// </summary>
public sealed class InstallationModel(OrganizationAdministration administration) : GameplanPageModel
{
    private const string Here = "/system/organizations";

    public IReadOnlyList<OrganizationSummary> Organizations { get; private set; } = [];

    public IReadOnlyList<SystemAdministratorSummary> SystemAdministrators { get; private set; } = [];

    [BindProperty]
    public SetupRequest Input { get; set; } = new();

    public int RecommendedLength => PasswordRules.RecommendedLength;

    /// <summary>The signed-in system administrator's own organisation, which they cannot delete here.</summary>
    public int? OwnOrganization => User.OrganizationId();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) => await SaveOrShowAsync(
        async () =>
        {
            var created = await administration.CreateAsync(Input, ct);
            return Done($"{Here}#organization-{created.Id}", $"Created '{created.Name}'. Its admin signs in as {Input.Email.Trim()} with the password you chose, then changes it on their profile page.");
        },
        () => LoadAsync(ct));

    public async Task<IActionResult> OnPostSuspendAsync(int id, CancellationToken ct)
    {
        if (id == OwnOrganization)
        {
            return Refused(Here, "You cannot suspend your own organisation here: it would sign you out. Use 'gameplan organization suspend' on the server.");
        }
        var suspended = await administration.SuspendAsync(id, ct);
        return Done($"{Here}#organization-{id}", $"Suspended '{suspended.Name}': nobody of it can sign in until you resume it.");
    }

    public async Task<IActionResult> OnPostResumeAsync(int id, CancellationToken ct)
    {
        var resumed = await administration.ResumeAsync(id, ct);
        return Done($"{Here}#organization-{id}", $"Resumed '{resumed.Name}': its people can sign in again.");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, string? confirm, CancellationToken ct)
    {
        try
        {
            var deleted = await administration.DeleteAsync(id, confirm ?? "", User.UserId(), ct);
            return Done(Here, $"Deleted '{deleted.Name}' with its {deleted.People} people, {deleted.Accounts} accounts and {deleted.Plans} plans.");
        }
        catch (DomainRuleException rule)
        {
            return Refused($"{Here}#organization-{id}", rule);
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Organizations = await administration.ListAsync(ct);
        SystemAdministrators = await administration.SystemAdministratorsAsync(ct);
    }
}
