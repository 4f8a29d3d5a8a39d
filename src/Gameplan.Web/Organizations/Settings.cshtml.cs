using Gameplan.Core.Demo;
using Gameplan.Core.Organizations;
using Gameplan.Domain.Organizations;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Organizations;

/// <summary>
/// The organisation's critique settings and time zone, and in the demo whether the sign-in page lists
/// its accounts; changed by admins (the page is admin-only).
/// </summary>
public sealed class OrganizationSettingsModel(OrganizationQueries queries, OrganizationCommands commands, DemoOrganization demo) : GameplanPageModel
{
    /// <summary>Bound as <c>Input</c>, so a refusal naming <c>max_strategies</c> lands at <c>Input.MaxStrategies</c>.</summary>
    [BindProperty]
    public OrganizationSettingsInput Input { get; set; } = new();

    /// <summary>The holidays as typed (see <see cref="Organizations.HolidayDates"/>).</summary>
    [BindProperty]
    public string? HolidayDates { get; set; }

    /// <summary>The reapproval rules in the words of the select, the default first.</summary>
    public static readonly IReadOnlyList<(Reapproval Rule, string Label)> ReapprovalRules =
    [
        (Reapproval.GoalsAndStrategies, "Only changes to goals and strategies (tactics, commitments and reviews do not)"),
        (Reapproval.Any, "Any change"),
        (Reapproval.None, "None: an approved plan stays approved"),
    ];

    /// <summary>The week's days for the check-in day, Monday first.</summary>
    public static readonly IReadOnlyList<DayOfWeek> CheckInDays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public SettingsFields Fields => new(Input, "Input", HolidayDates, null, ModelState);

    /// <summary>Whether the sign-in page lists the demo accounts; null when the organisation was not seeded as the demo.</summary>
    public bool? DemoListed { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = await queries.GetSettingsAsync(ct);
        HolidayDates = Organizations.HolidayDates.Format(Input.Holidays);
        DemoListed = await demo.ListedAsync(ct);
    }

    public async Task<IActionResult> OnPostDemoListAsync(bool listed, CancellationToken ct)
    {
        await demo.ListAsync(listed, ct);
        return Done("/organization/settings", listed ? "The sign-in page lists the demo accounts again." : "The sign-in page no longer lists the demo accounts.");
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input = Input with { Holidays = Organizations.HolidayDates.Parse(HolidayDates, ModelState, "Input.Holidays") };
        return SaveOrShowAsync(
            async () =>
            {
                await commands.ChangeSettingsAsync(Input, ct);
                return Done("/organization/settings", "Settings saved.");
            },
            async () => DemoListed = await demo.ListedAsync(ct));
    }
}
