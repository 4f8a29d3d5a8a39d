using Gameplan.Core.Data;
using Gameplan.Domain.Access;
using Gameplan.Domain.Activities;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Activities.Import;

/// <summary>
/// The people and metrics of the organisation in scope, loaded once per import (thousands, not
/// millions), so that a million rows are matched in memory. Handles, e-mail addresses, names and
/// metric names match ignoring case and surrounding spaces. An e-mail address matches a person's
/// work e-mail or the e-mail their account signs in with: CRM exports name people by the address
/// they log in to the CRM with, which is often the sign-in one while the work one is left empty.
/// An address that is one person's work e-mail and another's sign-in e-mail names nobody (the row
/// is invalid, never silently given to one of them). With the person importing known, a row naming
/// someone they may not log for (docs/access.md) is invalid in its person column.
/// </summary>
internal sealed class ImportDirectory
{
    private readonly Dictionary<string, int> _handles = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _emails = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _signInEmails = new(StringComparer.OrdinalIgnoreCase);

    // Null: several people have this name, so it identifies nobody.
    private readonly Dictionary<string, int?> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _metrics = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, string> _handleOf = [];
    private readonly Dictionary<int, string> _metricOf = [];

    // The people the importer may log for; null when the importer is not restricted.
    private HashSet<int>? _mayLogFor;

    /// <param name="importer">Who imports; null: no restriction (the command line holds the database itself).</param>
    public static async Task<ImportDirectory> LoadAsync(GameplanDbContext db, Actor? importer, CancellationToken ct)
    {
        var directory = new ImportDirectory();
        var people = await db.People.Select(p => new { p.Id, p.Handle, p.Email, p.Name, p.TeamId }).ToListAsync(ct);
        if (importer is not null)
        {
            directory._mayLogFor = [.. people.Where(p => ActivityAccess.MayLogFor(importer, p.Id, p.TeamId)).Select(p => p.Id)];
        }
        foreach (var person in people)
        {
            directory._handles[person.Handle] = person.Id;
            directory._handleOf[person.Id] = person.Handle;
            if (person.Email is { } email)
            {
                directory._emails[email] = person.Id;
            }
            var name = person.Name.Trim();
            directory._names[name] = directory._names.ContainsKey(name) ? null : person.Id;
        }
        // Accounts have no tenancy filter of their own: only those of the people just loaded count.
        var users = db.OrganizationScope is { } organization ? db.Users.Where(u => u.OrganizationId == organization) : db.Users;
        var accounts = await users.Select(u => new { u.PersonId, u.Email, u.UserName }).ToListAsync(ct);
        foreach (var account in accounts.Where(a => directory._handleOf.ContainsKey(a.PersonId)))
        {
            foreach (var address in new[] { account.Email, account.UserName }.Where(a => !string.IsNullOrWhiteSpace(a)))
            {
                directory._signInEmails[address!.Trim()] = account.PersonId;
            }
        }
        foreach (var metric in await db.Metrics.Select(m => new { m.Id, m.Name }).ToListAsync(ct))
        {
            directory._metrics[metric.Name] = metric.Id;
            directory._metricOf[metric.Id] = metric.Name;
        }
        return directory;
    }

    public string HandleOf(int personId) => _handleOf[personId];

    public string MetricOf(int metricId) => _metricOf[metricId];

    /// <summary>The person a row names, or null after noting why none.</summary>
    public int? Person(ActivityCsvRow row, PersonMatch match, string column)
    {
        var text = row.Person.Trim();
        var id = match switch
        {
            PersonMatch.Handle => Find(_handles, text),
            PersonMatch.Email => ByEmail(text),
            PersonMatch.Name => ByName(text),
            _ => Find(_handles, text) ?? ByEmail(text) ?? ByName(text),
        };
        if (id is null && EmailOfTwo(text) is { } two)
        {
            row.Problem(column, $"'{text}' is the work e-mail address of '{_handleOf[two.Work]}' and the sign-in e-mail address of '{_handleOf[two.SignIn]}'; use a handle");
        }
        else if (id is null)
        {
            var by = match switch
            {
                PersonMatch.Handle => "handle",
                PersonMatch.Email => "e-mail address",
                PersonMatch.Name => "name",
                _ => "handle, e-mail address or name",
            };
            row.Problem(column, _names.TryGetValue(text, out var named) && named is null && match is PersonMatch.Name or PersonMatch.Any
                ? $"several people are named '{text}'; use their handle or e-mail address"
                : $"no person has the {by} '{text}'");
        }
        else if (_mayLogFor is not null && !_mayLogFor.Contains(id.Value))
        {
            row.Problem(column, $"you may not log activities for '{_handleOf[id.Value]}' (reps log their own, managers their teams')");
            return null;
        }
        return id;
    }

    /// <summary>The metric a row names, or null after noting why none.</summary>
    public int? Metric(ActivityCsvRow row, string column)
    {
        var name = row.Metric.Trim();
        if (_metrics.TryGetValue(name, out var id))
        {
            return id;
        }
        var known = _metrics.Keys.Order(StringComparer.OrdinalIgnoreCase).Take(12).ToList();
        row.Problem(column, known.Count == 0
            ? $"no metric is named '{name}'; the organisation has no metrics yet"
            : $"no metric is named '{name}'; the organisation has {string.Join(", ", known)}{(_metrics.Count > known.Count ? ", ..." : "")}");
        return null;
    }

    /// <summary>The person whose work or sign-in e-mail this is; null when nobody's or when it is two people's.</summary>
    private int? ByEmail(string text)
    {
        var work = Find(_emails, text);
        var signIn = Find(_signInEmails, text);
        return work is not null && signIn is not null && work != signIn ? null : work ?? signIn;
    }

    private (int Work, int SignIn)? EmailOfTwo(string text) =>
        Find(_emails, text) is { } work && Find(_signInEmails, text) is { } signIn && work != signIn ? (work, signIn) : null;

    private int? ByName(string text) => _names.GetValueOrDefault(text);

    private static int? Find(Dictionary<string, int> index, string text) => index.TryGetValue(text, out var id) ? id : null;
}
