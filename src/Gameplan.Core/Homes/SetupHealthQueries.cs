using Gameplan.Core.Activities.Import;
using Gameplan.Core.Data;
using Gameplan.Core.Webhooks;
using Gameplan.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Homes;

/// <summary>
/// The setup's health for the admin's home: what is missing in the organisation in scope (the tenancy filter
/// limits every query). A handful of queries whatever the organisation's size; the lists are worked out here.
/// </summary>
public sealed class SetupHealthQueries(GameplanDbContext db)
{
    /// <summary>The most failed imports listed; older ones are forgotten with their jobs anyway.</summary>
    public const int FailedImportsShown = 20;

    public async Task<SetupHealth> GetAsync(CancellationToken ct = default)
    {
        // Accounts are not filtered by organisation; they are reached only through the organisation's people.
        var people = await db.People.AsNoTracking().Where(p => p.IsActive)
            .Select(p => new
            {
                p.Id,
                p.Name,
                p.Role,
                p.TeamId,
                p.Email,
                HasAccount = db.Users.Any(u => u.PersonId == p.Id),
                HasAccountEmail = db.Users.Any(u => u.PersonId == p.Id && u.Email != null && u.Email != ""),
            })
            .ToListAsync(ct);
        var teams = await db.Teams.AsNoTracking().Select(t => new { t.Id, t.Name, t.ParentTeamId }).ToListAsync(ct);
        var byName = StringComparer.CurrentCultureIgnoreCase;

        var withoutAccount = people.Where(p => !p.HasAccount).Select(p => new SetupPerson(p.Id, p.Name, p.Role)).OrderBy(p => p.Name, byName).ToList();
        var withoutEmail = people.Where(p => string.IsNullOrEmpty(p.Email) && !p.HasAccountEmail)
            .Select(p => new SetupPerson(p.Id, p.Name, p.Role)).OrderBy(p => p.Name, byName).ToList();
        var withoutTeam = people.Where(p => p.TeamId is null && p.Role is PersonRole.Manager or PersonRole.Rep)
            .Select(p => new SetupPerson(p.Id, p.Name, p.Role)).OrderBy(p => p.Role).ThenBy(p => p.Name, byName).ToList();

        var led = people.Where(p => p.Role == PersonRole.Manager && p.TeamId is not null).Select(p => p.TeamId!.Value).ToHashSet();
        var parentOf = teams.ToDictionary(t => t.Id, t => t.ParentTeamId);
        var teamsWithoutManager = teams.Where(t => !IsLed(t.Id, led, parentOf))
            .Select(t => new SetupTeam(t.Id, t.Name)).OrderBy(t => t.Name, byName).ToList();

        var email = await db.EmailSettings.AsNoTracking().Select(e => new { e.Host, e.FromAddress }).FirstOrDefaultAsync(ct);
        return new SetupHealth(withoutAccount, withoutEmail, teamsWithoutManager, withoutTeam,
            await FailedImportsAsync(ct), email is { Host.Length: > 0, FromAddress.Length: > 0 }, await FailingWebhooksAsync(ct));
    }

    /// <summary>Whether a manager leads the team or one of the teams above it (a manager of a team also manages those beneath).</summary>
    private static bool IsLed(int team, HashSet<int> led, Dictionary<int, int?> parentOf)
    {
        var seen = new HashSet<int>();
        for (int? cursor = team; cursor is { } id && seen.Add(id); cursor = parentOf.GetValueOrDefault(id))
        {
            if (led.Contains(id))
            {
                return true;
            }
        }
        return false;
    }

    private async Task<IReadOnlyList<FailedImport>> FailedImportsAsync(CancellationToken ct)
    {
        // Few rows (jobs are forgotten hours after their upload): ordered here, as times order the same on every provider only in memory.
        var jobs = await db.ActivityImportJobs.AsNoTracking().Where(j => j.Stage == ActivityImportStage.Failed)
            .Select(j => new { j.Id, j.FileName, j.Error, j.CreatedAt, j.UserId })
            .ToListAsync(ct);
        var uploaders = jobs.Select(j => j.UserId).Distinct().ToList();
        var names = uploaders.Count == 0 ? [] : await db.Users.Where(u => uploaders.Contains(u.Id))
            .Join(db.People, u => u.PersonId, p => p.Id, (u, p) => new { u.Id, p.Name })
            .ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        return jobs.OrderByDescending(j => j.CreatedAt).Take(FailedImportsShown)
            .Select(j => new FailedImport(j.Id, j.FileName, j.Error, j.CreatedAt, names.GetValueOrDefault(j.UserId))).ToList();
    }

    private async Task<IReadOnlyList<FailingWebhook>> FailingWebhooksAsync(CancellationToken ct)
    {
        var last = await db.WebhookDeliveries.Where(d => d.Status != WebhookDeliveryStatus.Pending)
            .GroupBy(d => d.WebhookId).Select(g => g.Max(d => d.Id)).ToListAsync(ct);
        if (last.Count == 0)
        {
            return [];
        }
        var failing = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => last.Contains(d.Id) && d.Status == WebhookDeliveryStatus.Failed)
            .Join(db.Webhooks.Where(w => w.Active), d => d.WebhookId, w => w.Id, (d, w) => new FailingWebhook(w.Id, w.Url, d.LastError, d.StatusCode, d.CreatedAt))
            .ToListAsync(ct);
        return failing.OrderBy(w => w.Url, StringComparer.Ordinal).ToList();
    }
}
