using System.Text.RegularExpressions;

namespace Gameplan.Domain.Plans;

/// <summary>
/// The plan-unique keys of one kind of element (goals, strategies or tactics), indexed beside the
/// plan's list so that claiming a key, finding an element by key or checking that an element is the
/// plan's own is a lookup, not a pass over every element (a 10,000-goal import built a set of all
/// keys for each goal it added: n^2). The index follows its list: it is rebuilt when the list's size
/// no longer matches (EF Core loaded elements into it) and after any key change or removal.
/// </summary>
internal sealed partial class ElementKeys<T>(IReadOnlyList<T> elements, Func<T, string> keyOf, string prefix)
    where T : class
{
    private Dictionary<string, T>? _byKey;

    // The smallest number that may be free for prefixN; keys are only added between rebuilds.
    private int _next = 1;

    public T? Find(string? key) => key is null ? null : Current().GetValueOrDefault(key);

    public bool Holds(T element) => Current().TryGetValue(keyOf(element), out var found) && ReferenceEquals(found, element);

    /// <summary>Checks a requested key (free, or already <paramref name="owner"/>'s), or picks the next free prefixN.</summary>
    public string Claim(string? requested, T? owner = null)
    {
        var used = Current();
        var key = requested?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            return owner is null ? NextFree(used) : FirstFreeFor(used, owner);
        }
        if (!KeyPattern().IsMatch(key))
        {
            throw new DomainRuleException(
                $"The key '{key}' must be 1-40 letters, digits, '.', '-' or '_'.", "key");
        }
        return used.TryGetValue(key, out var holder) && !ReferenceEquals(holder, owner)
            ? throw new DomainRuleException($"The key '{key}' is already used in this plan.", "key")
            : key;
    }

    /// <summary>Records an element just added to the list under the key it claimed.</summary>
    public void Added(T element) => _byKey?.TryAdd(keyOf(element), element);

    /// <summary>A key changed or an element left the list: index again on next use.</summary>
    public void Reset() => _byKey = null;

    private string NextFree(Dictionary<string, T> used)
    {
        while (used.ContainsKey(prefix + _next))
        {
            _next++;
        }
        return prefix + _next;
    }

    // A renamed element may take back its own key, so the search starts at 1 (one element, one pass).
    private string FirstFreeFor(Dictionary<string, T> used, T owner)
    {
        var next = 1;
        while (used.TryGetValue(prefix + next, out var holder) && !ReferenceEquals(holder, owner))
        {
            next++;
        }
        return prefix + next;
    }

    private Dictionary<string, T> Current()
    {
        if (_byKey is null || _byKey.Count != elements.Count)
        {
            _byKey = new Dictionary<string, T>(elements.Count, StringComparer.OrdinalIgnoreCase);
            foreach (var element in elements)
            {
                _byKey.TryAdd(keyOf(element), element);
            }
            _next = 1;
        }
        return _byKey;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,40}$")]
    private static partial Regex KeyPattern();
}
