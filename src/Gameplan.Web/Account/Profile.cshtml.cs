using Gameplan.Core.Accounts;
using Gameplan.Core.Calendar;
using Gameplan.Core.Inbox;
using Gameplan.Core.Notifications;
using Gameplan.Domain;
using Gameplan.Domain.People;
using Gameplan.Web.Hosting;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Account;

/// <summary>
/// Who you are, your password, your sessions ("sign out everywhere") and your personal access tokens:
/// create one (its secret is shown once), list, revoke; and your calendar feed's secret address: make it
/// (shown once, to copy into a calendar app), make a new one, revoke it.
/// </summary>
public sealed class ProfileModel(AccountCommands accounts, TokenCommands tokens, SessionCommands sessions, CalendarCommands calendar, HomeCommands homes, NotificationCommands notifications, SignInManager<UserAccount> signIn) : GameplanPageModel
{
    [BindProperty]
    public TokenRequest Input { get; set; } = new();

    [BindProperty]
    public ChangePasswordRequest Password { get; set; } = new();

    public SignedInUser? Me { get; private set; }

    public IReadOnlyList<TokenSummary> Tokens { get; private set; } = [];

    /// <summary>The secret of a token just created, shown on this one response only.</summary>
    public string? NewSecret { get; private set; }

    public CalendarFeedStatus? Feed { get; private set; }

    /// <summary>The calendar feed's address just made, shown on this one response only.</summary>
    public string? NewFeedUrl { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        OnlyTheFormOf(nameof(Input));
        if (ModelState.IsValid)
        {
            var created = await tokens.CreateAsync(User.UserId()!.Value, Input, ct);
            NewSecret = created.Secret;
            Input = new TokenRequest();
            ModelState.Clear();
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int tokenId, CancellationToken ct)
    {
        await tokens.RevokeAsync(User.UserId()!.Value, tokenId, ct);
        return Done("/account/profile", "Token revoked; it no longer works.");
    }

    public async Task<IActionResult> OnPostCalendarFeedAsync(CancellationToken ct)
    {
        var made = await calendar.CreateAsync(User.PersonId()!.Value, ct);
        NewFeedUrl = $"{Request.Scheme}://{Request.Host}{Request.PathBase}{made.Path}";
        ModelState.Clear();
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Where the person lands when they open Gameplan; null for an account without a person.</summary>
    public PersonHomeDetails? Home { get; private set; }

    /// <summary>Chooses where the person lands (<c>default</c>: their role's).</summary>
    public async Task<IActionResult> OnPostHomeAsync(string? home, CancellationToken ct)
    {
        if (User.PersonId() is not { } person)
        {
            return NotFound();
        }
        var role = User.Role() ?? PersonRole.Rep;
        var choices = PersonHomes.AvailableTo(role);
        PersonHome? chosen = choices.Where(h => PersonHomes.KeyOf(h) == home).Select(h => (PersonHome?)h).FirstOrDefault();
        if (chosen is null && home is not ("default" or null or ""))
        {
            ModelState.AddModelError("home", $"Choose where Gameplan opens: {string.Join(", ", choices.Select(Label))} or your role's default.");
            await LoadAsync(ct);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        var saved = await homes.ChangeAsync(person, chosen, ct);
        return Done("/account/profile#home", $"Gameplan now opens on {Label(saved.Home)}.");
    }

    /// <summary>How often the person gets the e-mail digest; null for an account without a person.</summary>
    public NotificationSettings? Digest { get; private set; }

    /// <summary>Chooses how often the digest comes (daily, weekly or off).</summary>
    public async Task<IActionResult> OnPostDigestAsync(string? frequency, CancellationToken ct)
    {
        if (User.PersonId() is not { } person)
        {
            return NotFound();
        }
        Gameplan.Domain.Notifications.DigestFrequency? chosen = frequency switch
        {
            "daily" => Gameplan.Domain.Notifications.DigestFrequency.Daily,
            "weekly" => Gameplan.Domain.Notifications.DigestFrequency.Weekly,
            "off" => Gameplan.Domain.Notifications.DigestFrequency.Off,
            _ => null,
        };
        if (chosen is not { } value)
        {
            ModelState.AddModelError("frequency", "Choose how often the digest comes: daily, weekly or off.");
            await LoadAsync(ct);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        await notifications.ChangeAsync(person, value, ct);
        return Done("/account/profile#notifications", value == Gameplan.Domain.Notifications.DigestFrequency.Off
            ? "No more digest e-mails; your inbox still lists everything."
            : $"You get the digest {value.ToString().ToLowerInvariant()}.");
    }

    /// <summary>A home as the profile names it.</summary>
    public static string Label(PersonHome home) => home switch
    {
        PersonHome.Inbox => "your inbox",
        PersonHome.MyDay => "My day",
        PersonHome.Team => "your team",
        PersonHome.Organization => "the organisation",
        PersonHome.Setup => "the setup's health",
        _ => "the plans",
    };

    /// <summary>A home as the profile's choice describes it.</summary>
    public static string Choice(PersonHome home) => home switch
    {
        PersonHome.Inbox => "My inbox: what I must do",
        PersonHome.MyDay => "My day: today's targets and logging",
        PersonHome.Team => "My team: who is on pace, plans waiting, reviews this week",
        PersonHome.Organization => "The organisation: strategies, goals, risks, what changed",
        PersonHome.Setup => "Setup health: accounts, teams, imports",
        _ => "The plans",
    };

    public async Task<IActionResult> OnPostRevokeCalendarFeedAsync(CancellationToken ct)
    {
        await calendar.RevokeAsync(User.PersonId()!.Value, ct);
        return Done("/account/profile#calendar", "Calendar feed revoked; calendar apps that read it get nothing more.");
    }

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken ct)
    {
        OnlyTheFormOf(nameof(Password));
        if (ModelState.IsValid)
        {
            try
            {
                // Every session ends with the change, this one too: whoever knew the old password signs in again.
                await accounts.ChangePasswordAsync(User.UserId()!.Value, Password, ct);
                await signIn.SignOutAsync();
                return Done("/account/sign-in", "Password changed, and every session signed out: sign in with the new password.");
            }
            catch (DomainRuleException rule)
            {
                ModelState.AddRuleError(rule, nameof(Password));
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Ends every session of this account, this browser's included (a stolen cookie too).</summary>
    public async Task<IActionResult> OnPostSignOutEverywhereAsync(CancellationToken ct)
    {
        await sessions.EndAllAsync(User.UserId()!.Value, ct);
        await signIn.SignOutAsync();
        return Redirect("/account/sign-in");
    }

    /// <summary>Each form posts only its own fields; the other form's required fields are not part of the request.</summary>
    private void OnlyTheFormOf(string prefix)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Me = await accounts.FindAsync(User.UserId()!.Value, ct);
        Tokens = await tokens.ListAsync(User.UserId()!.Value, ct);
        Feed = User.PersonId() is { } person ? await calendar.StatusAsync(person, ct) : null;
        Home = User.PersonId() is { } me ? await homes.GetAsync(me, ct) : null;
        Digest = User.PersonId() is { } self ? await notifications.GetAsync(self, ct) : null;
    }
}
