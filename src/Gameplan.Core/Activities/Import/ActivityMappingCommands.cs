using Gameplan.Core.Data;
using Gameplan.Domain.Activities;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Activities.Import;

/// <summary>Saves and deletes the organisation's named column mappings for activity CSV files (admins only; the host checks the role).</summary>
public sealed class ActivityMappingCommands(GameplanDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Creates the mapping, or replaces the definition of the one with the same name (ignoring
    /// case; the new spelling is kept). A definition that does not parse is refused with a
    /// <see cref="Domain.DomainRuleException"/> naming the field at fault, and nothing is saved.
    /// </summary>
    public async Task<SavedActivityMapping> SaveAsync(string name, string json, CancellationToken ct = default)
    {
        var organization = db.RequireOrganization();
        ActivityMappingJson.Parse(json);
        var now = clock.GetUtcNow();
        var key = ActivityImportMapping.Normalize(name);
        var mapping = await db.ImportMappings.SingleOrDefaultAsync(m => m.NormalizedName == key, ct);
        if (mapping is null)
        {
            mapping = new ActivityImportMapping(organization, name, json, now);
            db.ImportMappings.Add(mapping);
        }
        else
        {
            mapping.Rename(name);
            mapping.Replace(json, now);
        }
        await db.SaveChangesAsync(ct);
        return new SavedActivityMapping(mapping.Name, mapping.Definition, mapping.UpdatedAt);
    }

    /// <summary>Deletes the mapping of that name (ignoring case); throws <see cref="NotFoundException"/> when there is none.</summary>
    public async Task DeleteAsync(string name, CancellationToken ct = default)
    {
        var key = ActivityImportMapping.Normalize(name);
        var mapping = await db.ImportMappings.SingleOrDefaultAsync(m => m.NormalizedName == key, ct)
            ?? throw new NotFoundException($"The saved mapping '{name?.Trim()}'");
        db.ImportMappings.Remove(mapping);
        await db.SaveChangesAsync(ct);
    }
}
