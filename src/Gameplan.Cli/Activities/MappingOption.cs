using Gameplan.Core.Activities.Import;
using Gameplan.Core.Data;
using Gameplan.Domain;

namespace Gameplan.Cli.Activities;

/// <summary><c>--mapping NAME|FILE</c>: an existing file is read as a mapping definition; a saved mapping's name is refused until they are stored.</summary>
internal static class MappingOption
{
    public static async Task<ActivityMapping> LoadAsync(GameplanDbContext db, string? value, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return ActivityMapping.Generic;
        }
        if (File.Exists(value))
        {
            try
            {
                return ActivityMappingJson.Parse(await File.ReadAllTextAsync(value, ct));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or DomainRuleException)
            {
                throw new UsageException($"{value}: {e.Message}");
            }
        }
        // Saved mappings need a table of their own (not there yet); the name is then looked up in db.
        _ = db;
        throw new UsageException($"--mapping '{value}' is not a file; saved mappings by name are not stored yet, so give the mapping's JSON file.");
    }
}
