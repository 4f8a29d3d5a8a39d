using Gameplan.Core.Data;
using Gameplan.Domain;
using Gameplan.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Teams;

/// <summary>Adds, renames, re-parents and deletes teams.</summary>
public sealed class TeamCommands(GameplanDbContext db)
{
    public async Task<TeamDetails> CreateAsync(TeamRequest request, CancellationToken ct = default)
    {
        var team = new Team(db.RequireOrganization(), request.Name);
        await EnsureNameFreeAsync(team.Name, null, ct);
        var parentId = await TeamLookup.IdOfAsync(db, request.Parent, "parent", ct);
        team.MoveUnder(parentId, await ParentsAsync(ct));
        db.Teams.Add(team);
        await db.SaveChangesAsync(ct);
        return new TeamDetails(team.Id, team.Name, request.Parent?.Trim(), 0);
    }

    public async Task<TeamDetails> UpdateAsync(int id, TeamRequest request, CancellationToken ct = default)
    {
        var team = await db.Teams.FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw new NotFoundException($"Team {id}");
        team.Rename(request.Name);
        await EnsureNameFreeAsync(team.Name, team.Id, ct);
        var parentId = await TeamLookup.IdOfAsync(db, request.Parent, "parent", ct);
        team.MoveUnder(parentId, await ParentsAsync(ct));
        await db.SaveChangesAsync(ct);
        return await new TeamQueries(db).GetAsync(id, ct);
    }

    /// <summary>Deletes a team with no members, sub-teams or plans.</summary>
    public async Task DeleteAsync(int id, CancellationToken ct = default)
    {
        var team = await db.Teams.FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw new NotFoundException($"Team {id}");
        db.Teams.Remove(team);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new DomainRuleException($"Team '{team.Name}' still has members, sub-teams or plans; move them first.");
        }
    }

    private async Task EnsureNameFreeAsync(string name, int? exceptId, CancellationToken ct)
    {
        if (await db.Teams.AnyAsync(t => t.Name == name && t.Id != exceptId, ct))
        {
            throw new DomainRuleException($"There is already a team called '{name}'.", "name");
        }
    }

    private async Task<Func<int, int?>> ParentsAsync(CancellationToken ct)
    {
        var parents = await db.Teams.ToDictionaryAsync(t => t.Id, t => t.ParentTeamId, ct);
        return id => parents.GetValueOrDefault(id);
    }
}
