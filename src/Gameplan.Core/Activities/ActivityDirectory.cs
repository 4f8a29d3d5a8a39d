using Gameplan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Activities;

/// <summary>
/// The organisation's people and metrics, loaded once per import or request, to turn what a file
/// or a client writes (a handle, an e-mail address or a full name; a metric name) into ids.
/// Every comparison ignores case and surrounding spaces.
/// </summary>
public sealed class ActivityDirectory
{
    // Sentinel for a name shared by several people: a name then identifies nobody.
    private const int Ambiguous = -1;

    private readonly Dictionary<string, int> _byHandle = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _byEmail = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _metrics = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, (string Handle, int? TeamId)> _people = [];
    private readonly Dictionary<int, string> _metricNames = [];

    private ActivityDirectory() { }

    public static async Task<ActivityDirectory> LoadAsync(GameplanDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.RequireOrganization();
        var directory = new ActivityDirectory();
        foreach (var p in await db.People.AsNoTracking().Select(p => new { p.Id, p.Handle, p.Email, p.Name, p.TeamId }).ToListAsync(ct))
        {
            directory._byHandle[p.Handle] = p.Id;
            directory._people[p.Id] = (p.Handle, p.TeamId);
            if (p.Email is { } email)
            {
                directory._byEmail[email] = p.Id;
            }
            var name = p.Name.Trim();
            directory._byName[name] = directory._byName.ContainsKey(name) ? Ambiguous : p.Id;
        }
        foreach (var m in await db.Metrics.AsNoTracking().Select(m => new { m.Id, m.Name }).ToListAsync(ct))
        {
            directory._metrics[m.Name] = m.Id;
            directory._metricNames[m.Id] = m.Name;
        }
        return directory;
    }

    /// <summary>The person a handle, e-mail address or full name (in that order) refers to; null with the reason when none does.</summary>
    public int? FindPerson(string? text, out string? problem)
    {
        var key = text?.Trim() ?? "";
        problem = null;
        if (key.Length == 0)
        {
            problem = "No person is given.";
            return null;
        }
        if (_byHandle.TryGetValue(key, out var id) || _byEmail.TryGetValue(key, out id))
        {
            return id;
        }
        if (_byName.TryGetValue(key, out id))
        {
            if (id != Ambiguous)
            {
                return id;
            }
            problem = $"Several people are called '{key}'; use their handle or e-mail address.";
            return null;
        }
        problem = $"There is nobody with the handle, e-mail address or name '{key}' in this organisation.";
        return null;
    }

    /// <summary>The metric with this name; null when the organisation has none.</summary>
    public int? FindMetric(string? name) =>
        name is not null && _metrics.TryGetValue(name.Trim(), out var id) ? id : null;

    /// <summary>The handle of a person id of this organisation; null otherwise.</summary>
    public string? HandleOf(int personId) => _people.TryGetValue(personId, out var person) ? person.Handle : null;

    /// <summary>The team of a person id of this organisation; null for none or an unknown id.</summary>
    public int? TeamOf(int personId) => _people.TryGetValue(personId, out var person) ? person.TeamId : null;

    /// <summary>Every person id of the organisation.</summary>
    public IEnumerable<int> PersonIds => _people.Keys;

    /// <summary>The name of a metric id of this organisation; null otherwise.</summary>
    public string? MetricNameOf(int metricId) => _metricNames.GetValueOrDefault(metricId);
}
