using Gameplan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Cli.Organizations;

/// <summary>
/// A command that works on the database directly acts for one organisation: the only one, or the
/// one named with <c>--organization</c> when the database holds several.
/// </summary>
public static class OrganizationChoice
{
    /// <summary>The organisations named <paramref name="name"/> (case-insensitive), or all when no name is given.</summary>
    public static async Task<IReadOnlyList<(int Id, string Name)>> MatchingAsync(GameplanDbContext db, string? name, CancellationToken ct)
    {
        var all = await AllAsync(db, ct);
        if (string.IsNullOrWhiteSpace(name))
        {
            return all;
        }
        var matching = all.Where(o => string.Equals(o.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        return matching.Count > 0
            ? matching
            : throw new CommandFailedException($"there is no organisation named '{name.Trim()}'; the database has {Names(all)}.");
    }

    /// <summary>Puts the chosen organisation in scope and returns it; fails with the names to choose from.</summary>
    public static async Task<(int Id, string Name)> ScopeAsync(GameplanDbContext db, string? name, CancellationToken ct)
    {
        var matching = await MatchingAsync(db, name, ct);
        var chosen = matching.Count switch
        {
            0 => throw new CommandFailedException("the database has no organisation yet: run 'gameplan seed --demo', or 'gameplan user add --admin' to set one up."),
            1 => matching[0],
            _ when string.IsNullOrWhiteSpace(name) => throw new CommandFailedException($"the database has several organisations; choose one with --organization NAME: {Names(matching)}."),
            _ => throw new CommandFailedException($"several organisations are named '{name!.Trim()}' (ids {string.Join(", ", matching.Select(o => o.Id))}); rename one in the web app."),
        };
        db.OrganizationScope = chosen.Id;
        return chosen;
    }

    public static string Names(IEnumerable<(int Id, string Name)> organizations)
    {
        var names = organizations.Select(o => $"'{o.Name}'").ToList();
        return names.Count == 0 ? "no organisation" : string.Join(", ", names);
    }

    private static async Task<IReadOnlyList<(int Id, string Name)>> AllAsync(GameplanDbContext db, CancellationToken ct)
    {
        using (db.AcrossOrganizations())
        {
            var rows = await db.Organizations.OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
            return rows.Select(o => (o.Id, o.Name)).ToList();
        }
    }
}
