using Gameplan.Core.Data;
using Gameplan.Domain.Activities;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Activities.Import;

/// <summary>The organisation's saved column mappings for activity CSV files.</summary>
public sealed class ActivityMappingQueries(GameplanDbContext db)
{
    /// <summary>Every saved mapping of the organisation, by name.</summary>
    public async Task<IReadOnlyList<SavedActivityMapping>> ListAsync(CancellationToken ct = default)
    {
        var rows = await db.ImportMappings.AsNoTracking()
            .Select(m => new { m.Name, m.NormalizedName, m.Definition, m.UpdatedAt })
            .ToListAsync(ct);
        return [.. rows.OrderBy(m => m.NormalizedName, StringComparer.Ordinal).Select(m => new SavedActivityMapping(m.Name, m.Definition, m.UpdatedAt))];
    }

    /// <summary>The mapping saved under <paramref name="name"/> (ignoring case), ready to read a file with; null when there is none.</summary>
    public async Task<ActivityMapping?> GetAsync(string name, CancellationToken ct = default)
    {
        var key = ActivityImportMapping.Normalize(name);
        var definition = await db.ImportMappings.AsNoTracking()
            .Where(m => m.NormalizedName == key)
            .Select(m => m.Definition)
            .SingleOrDefaultAsync(ct);
        return definition is null ? null : ActivityMappingJson.Parse(definition);
    }
}
