using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.PlanFiles.Okrs;

/// <summary>
/// Reads an OKR document against the organisation in scope (its teams for function owners, its people
/// for names, its today for a year the document leaves out) and stores it as a new draft plan through
/// <see cref="PlanFileImporter"/>. The web import and <c>gameplan import okr</c> both come here.
/// </summary>
public sealed class OkrImporter(GameplanDbContext db, TimeProvider clock)
{
    /// <summary>What the document would become, read against the organisation; nothing is stored.</summary>
    public async Task<OkrReadResult> PreviewAsync(string text, string? fileName, CancellationToken ct = default)
    {
        db.RequireOrganization();
        var teams = await db.Teams.OrderBy(t => t.Name).Select(t => t.Name).ToListAsync(ct);
        var people = await db.People.OrderBy(p => p.Handle).Select(p => new OkrKnownPerson(p.Handle, p.Name)).ToListAsync(ct);
        var options = new OkrReadOptions
        {
            Today = await new OrganizationClock(db, clock).ForOrganizationAsync(ct),
            FallbackName = fileName is null ? null : Path.GetFileNameWithoutExtension(fileName),
            Teams = teams,
            People = people,
        };
        return OkrReader.Read(text, OkrReader.FormatOf(fileName, text), options);
    }

    /// <summary>Reads the document as <see cref="PreviewAsync"/> does and, when it has no error, stores it as a draft plan.</summary>
    /// <returns>The reading, and the import's result (null when the reading has errors).</returns>
    public async Task<(OkrReadResult Read, PlanFileImportResult? Imported)> ImportAsync(string text, string? fileName, CancellationToken ct = default)
    {
        var read = await PreviewAsync(text, fileName, ct);
        if (read.HasErrors)
        {
            return (read, null);
        }
        return (read, await new PlanFileImporter(db, clock).ImportAsync(read.Plan!, ct));
    }
}
