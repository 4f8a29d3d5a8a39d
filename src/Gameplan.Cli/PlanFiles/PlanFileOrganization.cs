using System.CommandLine;
using Gameplan.Core.Data;
using Gameplan.Domain;
using Gameplan.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Cli.PlanFiles;

/// <summary>
/// The organisation a plan file goes into or comes from: the one named with <c>--organization</c>,
/// else the only one; an empty database gets one, named after the plan's team.
/// </summary>
public static class PlanFileOrganization
{
    public const string DefaultName = "Imported";

    /// <summary>Puts the chosen organisation in scope and returns its name.</summary>
    public static async Task<string> ScopeAsync(GameplanDbContext db, string? name, string? nameIfNone, CancellationToken ct)
    {
        db.UseAllOrganizations();
        var all = await db.Organizations.OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var names = string.Join(", ", all.Select(o => $"'{o.Name}'"));
        if (!string.IsNullOrWhiteSpace(name))
        {
            var matching = all.Where(o => string.Equals(o.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            if (matching.Count != 1)
            {
                throw new DomainRuleException(matching.Count == 0
                    ? $"there is no organisation named '{name.Trim()}'; the database has {(all.Count == 0 ? "none" : names)}."
                    : $"several organisations are named '{name.Trim()}'; rename one in the web app.");
            }
            db.OrganizationScope = matching[0].Id;
            return matching[0].Name;
        }
        switch (all.Count)
        {
            case 1:
                db.OrganizationScope = all[0].Id;
                return all[0].Name;
            case > 1:
                throw new UsageException($"the database has several organisations; choose one with --organization NAME: {names}.");
        }
        var created = new Organization(string.IsNullOrWhiteSpace(nameIfNone) ? DefaultName : nameIfNone.Trim());
        db.Organizations.Add(created);
        await db.SaveChangesAsync(ct);
        db.OrganizationScope = created.Id;
        return created.Name;
    }

    public static Option<string?> Option(string description) => new("--organization") { Description = description, HelpName = "name" };
}
