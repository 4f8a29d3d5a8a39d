using Gameplan.Core.Data;
using Gameplan.Domain;
using Gameplan.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.People;

/// <summary>
/// Translates between handles (what users and plan files write) and person ids (what rows hold),
/// for just the people a request names or a plan references.
/// </summary>
internal sealed class PeopleIndex
{
    private readonly Dictionary<string, Person> _byHandle;
    private readonly Dictionary<int, Person> _byId;

    private PeopleIndex(IEnumerable<Person> people)
    {
        var list = people.ToList();
        _byHandle = list.ToDictionary(p => p.Handle, StringComparer.OrdinalIgnoreCase);
        _byId = list.ToDictionary(p => p.Id);
    }

    public IEnumerable<Person> All => _byId.Values;

    public static async Task<PeopleIndex> ForHandlesAsync(GameplanDbContext db, IEnumerable<string?> handles, CancellationToken ct)
    {
        var wanted = handles.OfType<string>().Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0).Distinct().ToList();
        return wanted.Count == 0
            ? new PeopleIndex([])
            : new PeopleIndex(await db.People.Where(p => wanted.Contains(p.Handle)).ToListAsync(ct));
    }

    public static async Task<PeopleIndex> ForIdsAsync(GameplanDbContext db, IEnumerable<int?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<int>().Distinct().ToList();
        return wanted.Count == 0
            ? new PeopleIndex([])
            : new PeopleIndex(await db.People.Where(p => wanted.Contains(p.Id)).ToListAsync(ct));
    }

    /// <summary>The id for a handle; blank is null; an unknown handle is an error on <paramref name="field"/>.</summary>
    public int? IdOf(string? handle, string field)
    {
        if (string.IsNullOrWhiteSpace(handle))
        {
            return null;
        }
        return _byHandle.TryGetValue(handle.Trim(), out var person)
            ? person.Id
            : throw new DomainRuleException($"There is nobody with the handle '{handle.Trim()}' in this organisation.", field);
    }

    public List<int> IdsOf(IEnumerable<string> handles, string field) =>
        handles.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => IdOf(h, field)!.Value).Distinct().ToList();

    public int? TeamOf(int? id) => id is { } value && _byId.TryGetValue(value, out var person) ? person.TeamId : null;

    public string? HandleOf(int? id) => id is { } value && _byId.TryGetValue(value, out var person) ? person.Handle : null;
}
