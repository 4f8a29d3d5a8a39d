using Gameplan.Core.Demo;
using Gameplan.Core.Organizations;
using Gameplan.Core.SingleSignOn;
using Gameplan.Domain;
using Gameplan.Domain.Organizations;
using Gameplan.Web.Hosting;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Hosting.SingleSignOn;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Organizations;

/// <summary>
/// The organisation's critique settings and time zone, its single sign-on, and in the demo whether the
/// sign-in page lists its accounts; changed by admins (the page is admin-only).
/// </summary>
public sealed class OrganizationSettingsModel(OrganizationQueries queries, OrganizationCommands commands, DemoOrganization demo, SingleSignOnCommands singleSignOn)
    : GameplanPageModel
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

    /// <summary>The date styles offered, each showing a sample day (the organisation's own first, if it is not among them).</summary>
    public static IEnumerable<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> DateLocales(string? current)
    {
        var sample = new DateOnly(2027, 3, 31);
        var locales = DateStyle.Offered.Prepend(DateStyle.Standard);
        if (current is { Length: > 0 } && !locales.Contains(current, StringComparer.OrdinalIgnoreCase) && Known(current))
        {
            locales = locales.Append(current);
        }
        foreach (var locale in locales)
        {
            var style = locale == DateStyle.Standard ? DateStyle.Default : DateStyle.For(locale);
            var name = locale switch
            {
                DateStyle.Standard => "Gameplan's own",
                DateStyle.Iso => "ISO 8601",
                _ => locale,
            };
            yield return new(name + ": " + style.Date(sample), locale, string.Equals(locale, current, StringComparison.OrdinalIgnoreCase));
        }
    }

    private static bool Known(string locale)
    {
        try
        {
            return DateStyle.For(locale) is not null;
        }
        catch (DomainRuleException)
        {
            return false;
        }
    }

    public SettingsFields Fields => new(Input, "Input", HolidayDates, null, ModelState);

    /// <summary>Whether the sign-in page lists the demo accounts; null when the organisation was not seeded as the demo.</summary>
    public bool? DemoListed { get; private set; }

    /// <summary>The single sign-on form, bound as <c>Sso</c> (a refusal naming <c>client_id</c> lands at <c>Sso.ClientId</c>).</summary>
    [BindProperty]
    public SingleSignOnRequest Sso { get; set; } = new();

    /// <summary>Ticked: the stored client secret is removed.</summary>
    [BindProperty]
    public bool RemoveClientSecret { get; set; }

    public SingleSignOnDetails? SingleSignOn { get; private set; }

    /// <summary>The address to register at the provider as the redirect URI.</summary>
    public string RedirectUri => $"{Request.Scheme}://{Request.Host}{SingleSignOnSchemes.CallbackOf(User.OrganizationId() ?? 0)}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        ShowSingleSignOn(SingleSignOn!);
    }

    private void ShowSingleSignOn(SingleSignOnDetails current) =>
        Sso = new SingleSignOnRequest
        {
            Enabled = current.Enabled,
            Issuer = current.Issuer,
            ClientId = current.ClientId,
            Scopes = current.Scopes,
            EmailClaim = current.EmailClaim,
            EmailDomains = current.EmailDomains,
            CreateUnknownAsReps = current.CreateUnknownAsReps,
            PasswordSignInAllowed = current.PasswordSignInAllowed,
        };

    public async Task<IActionResult> OnPostSingleSignOnAsync(CancellationToken ct)
    {
        // A blank secret keeps the stored one; only the box removes it.
        Sso = Sso with { ClientSecret = RemoveClientSecret ? "" : string.IsNullOrEmpty(Sso.ClientSecret) ? null : Sso.ClientSecret };
        ModelState.Remove("Sso.ClientSecret");
        if (ModelState.IsValid)
        {
            try
            {
                var saved = await singleSignOn.ChangeAsync(Sso, ct);
                return Done("/organization/settings#single-sign-on", saved.Enabled
                    ? $"Single sign-on saved.{(saved.PasswordSignInAllowed ? "" : " Password sign-in is off for the organisation's accounts.")}"
                    : "Single sign-on saved; it is off.");
            }
            catch (DomainRuleException rule)
            {
                ModelState.AddRuleError(rule, "Sso");
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Input = await queries.GetSettingsAsync(ct);
        HolidayDates = Organizations.HolidayDates.Format(Input.Holidays);
        DemoListed = await demo.ListedAsync(ct);
        SingleSignOn = await singleSignOn.GetAsync(ct);
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
            async () =>
            {
                DemoListed = await demo.ListedAsync(ct);
                SingleSignOn = await singleSignOn.GetAsync(ct);
                ShowSingleSignOn(SingleSignOn);
            });
    }
}
