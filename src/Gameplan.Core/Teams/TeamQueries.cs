using Gameplan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Teams;

/// <summary>Reads the team tree of the organisation in scope.</summary>
public sealed class TeamQueries(GameplanDbContext db)
{
    public async Task<IReadOnlyList<TeamDetails>> ListAsync(CancellationToken ct = default)
    {
        var teams = await db.Teams.OrderBy(t => t.Name).ToListAsync(ct);
        var names = teams.ToDictionary(t => t.Id, t => t.Name);
        var members = await db.People.Where(p => p.TeamId != null).GroupBy(p => p.TeamId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return teams.Select(t => new TeamDetails(
            t.Id, t.Name, t.ParentTeamId is { } p ? names.GetValueOrDefault(p) : null, members.GetValueOrDefault(t.Id))).ToList();
    }

    public async Task<TeamDetails> GetAsync(int id, CancellationToken ct = default) =>
        (await ListAsync(ct)).FirstOrDefault(t => t.Id == id) ?? throw new NotFoundException($"Team {id}");
}
