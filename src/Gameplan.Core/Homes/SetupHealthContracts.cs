using Gameplan.Domain.People;

namespace Gameplan.Core.Homes;

/// <summary>
/// What an admin must still set up in the organisation (the admin's home), each list ordered for reading.
/// A person or team may appear in more than one list: each list is its own fix.
/// </summary>
/// <param name="WithoutAccount">Active people who cannot sign in: no sign-in account.</param>
/// <param name="WithoutEmail">Active people with neither a work e-mail nor a sign-in e-mail: no digest, no single sign-on match, no import match by e-mail.</param>
/// <param name="TeamsWithoutManager">Teams no active manager leads, neither their own nor one of a team above them.</param>
/// <param name="WithoutTeam">Active managers and reps in no team: a manager leads nobody, a rep is in no team's pace or reviews.</param>
/// <param name="FailedImports">Activity imports that failed, newest first (import jobs are kept for a few hours only).</param>
/// <param name="EmailConfigured">Whether the organisation's outgoing e-mail (SMTP host and sender) is set.</param>
/// <param name="FailingWebhooks">Active webhooks whose last finished delivery was given up.</param>
public sealed record SetupHealth(
    IReadOnlyList<SetupPerson> WithoutAccount,
    IReadOnlyList<SetupPerson> WithoutEmail,
    IReadOnlyList<SetupTeam> TeamsWithoutManager,
    IReadOnlyList<SetupPerson> WithoutTeam,
    IReadOnlyList<FailedImport> FailedImports,
    bool EmailConfigured,
    IReadOnlyList<FailingWebhook> FailingWebhooks)
{
    /// <summary>How many things there are to fix: every item of every list, and e-mail when it is not set up.</summary>
    public int Count => WithoutAccount.Count + WithoutEmail.Count + TeamsWithoutManager.Count + WithoutTeam.Count
        + FailedImports.Count + (EmailConfigured ? 0 : 1) + FailingWebhooks.Count;
}

public sealed record SetupPerson(int Id, string Name, PersonRole Role);

public sealed record SetupTeam(int Id, string Name);

/// <param name="By">The uploader's name; null when their account or person is gone.</param>
public sealed record FailedImport(string Id, string FileName, string? Error, DateTimeOffset At, string? By);

/// <param name="At">When the event of the delivery that was given up happened.</param>
public sealed record FailingWebhook(int Id, string Url, string? Error, int? StatusCode, DateTimeOffset At);
