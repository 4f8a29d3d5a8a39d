using Gameplan.Core.Data;
using Gameplan.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Teams;

/// <summary>Finds a team by the name users type.</summary>
internal static class TeamLookup
{
    public static async Task<int?> IdOfAsync(GameplanDbContext db, string? name, string field, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        var trimmed = name.Trim();
        return await db.Teams.Where(t => t.Name == trimmed).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct)
            ?? throw new DomainRuleException($"There is no team called '{trimmed}' in this organisation.", field);
    }
}
