using Gameplan.Core.Activities.Import;
using Gameplan.Core.Data;
using Gameplan.Domain;

namespace Gameplan.Cli.Activities;

/// <summary><c>--mapping NAME|FILE</c>: an existing file is read as a mapping definition; anything else is the name of a mapping saved in the organisation in scope.</summary>
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
        var queries = new ActivityMappingQueries(db);
        ActivityMapping? saved;
        try
        {
            saved = await queries.GetAsync(value, ct);
        }
        catch (DomainRuleException e)
        {
            // Saved before a rule tightened: say which mapping to fix.
            throw new UsageException($"--mapping '{value.Trim()}': {e.Message}");
        }
        if (saved is not null)
        {
            return saved;
        }
        var names = (await queries.ListAsync(ct)).Select(m => $"'{m.Name}'").ToList();
        throw new UsageException(names.Count == 0
            ? $"--mapping '{value.Trim()}' is neither a file nor a saved mapping; none are saved yet (gameplan mappings save NAME FILE.json)."
            : $"--mapping '{value.Trim()}' is neither a file nor a saved mapping; saved mappings: {string.Join(", ", names)}.");
    }
}
