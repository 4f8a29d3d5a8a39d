using Gameplan.Core.Activities;
using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Core.Plans;
using Gameplan.Domain;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.PlanFiles;

/// <summary>
/// Imports a plan file into the organisation in scope, in one transaction: the teams and people it
/// names that do not exist yet (existing people are left as they are), then the plan with its goals,
/// strategies, tactics (those tied to no strategy too), commitments, acknowledgements, reviews,
/// settings, the goals' measurements (source: imported) and the file's funnel (the plan's own). A refusal names the place in the file.
/// </summary>
public sealed partial class PlanFileImporter(GameplanDbContext db, TimeProvider clock)
{
    public async Task<PlanFileImportResult> ImportAsync(PlanFile file, CancellationToken ct = default)
    {
        var organization = db.RequireOrganization();
        // The day acknowledgements in the file are recorded on when the file does not say: the organisation's today.
        var today = await new OrganizationClock(db, clock).ForOrganizationAsync(ct);
        var notes = new List<string>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var teams = await TeamsAsync(file, organization, ct);
            var people = await PeopleAsync(file, organization, teams, notes, ct);
            var acknowledgements = new List<FileAcknowledgement>();
            var parent = await ParentAsync(file, notes, ct);
            var plan = BuildPlan(file, organization, teams, people, parent, notes, acknowledgements);
            db.Plans.Add(plan);
            await MetricCatalog.EnsureForPlanAsync(db, plan, ct);
            await db.SaveChangesAsync(ct);
            if (acknowledgements.Count > 0)
            {
                await AcknowledgeAsync(plan, acknowledgements, notes, today, ct);
            }
            AddMeasurements(file, plan, organization);
            if (file.Funnel is { } funnel)
            {
                // The file's funnel becomes the plan's own (checked as any funnel set in the app; a refusal names funnel.*).
                db.Funnels.Add(new Funnels.SalesFunnel(organization, null, plan.Id, Critique.PlanFileDocuments.Funnel(funnel)));
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new PlanFileImportResult(plan.Id, notes);
        }
        catch
        {
            // Nothing of a refused import may linger to be saved by a later call on this context.
            db.ChangeTracker.Clear();
            throw;
        }
    }

    private async Task<Dictionary<string, int>> TeamsAsync(PlanFile file, int organization, CancellationToken ct)
    {
        var names = file.People.Select(p => p.Team).Append(file.Plan.Team).OfType<string>().Select(n => n.Trim()).Where(n => n.Length > 0).Distinct().ToList();
        var teams = await db.Teams.Where(t => names.Contains(t.Name)).ToDictionaryAsync(t => t.Name, ct);
        foreach (var name in names.Where(n => !teams.ContainsKey(n)))
        {
            var team = At("team", () => new Team(organization, name));
            db.Teams.Add(team);
            teams[name] = team;
        }
        await db.SaveChangesAsync(ct);
        return teams.ToDictionary(t => t.Key, t => t.Value.Id);
    }

    private async Task<Dictionary<string, int>> PeopleAsync(
        PlanFile file, int organization, Dictionary<string, int> teams, List<string> notes, CancellationToken ct)
    {
        var existing = await db.People.ToDictionaryAsync(p => p.Handle, StringComparer.OrdinalIgnoreCase, ct);
        foreach (var entry in file.People)
        {
            var path = $"people[{entry.Handle}]";
            var handle = entry.Handle?.Trim().ToLowerInvariant() ?? throw new DomainRuleException($"{path}.handle: every person needs a handle.", path);
            if (existing.ContainsKey(handle))
            {
                continue;
            }
            var teamId = entry.Team is { } team && team.Trim().Length > 0 ? teams[team.Trim()] : (int?)null;
            var role = PlanFileNames.Role(entry.Role, $"{path}.role");
            var person = At(path, () => new Person(organization, handle, entry.Name!, role, teamId, entry.CapacityHoursPerWeek));
            db.People.Add(person);
            existing[handle] = person;
            notes.Add($"{path}: added {person.Name}.");
        }
        await db.SaveChangesAsync(ct);
        return existing.ToDictionary(p => p.Key, p => p.Value.Id, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The parent the file names: a plan of the organisation found by id or name, else kept by the
    /// name as written (nothing lost; the critique reports it, GP603), with a note either way.
    /// </summary>
    private async Task<PlanParent?> ParentAsync(PlanFile file, List<string> notes, CancellationToken ct)
    {
        if (file.Plan.Parent is not { } named)
        {
            return null;
        }
        var input = new ParentInput { Plan = named.Plan, Strategy = named.Strategy, Goal = named.Goal };
        PlanParent? parent;
        try
        {
            parent = await PlanParents.ResolveAsync(db, input, null, null, keepUnknown: true, ct);
        }
        catch (DomainRuleException e)
        {
            throw new DomainRuleException($"{e.Field}: {e.Message}", e.Field);
        }
        if (parent is { PlanId: null })
        {
            notes.Add($"parent.plan: no plan '{parent.PlanName}' in this organisation yet; the link is kept by its name.");
        }
        return parent;
    }

    /// <summary>Runs a domain step; a refusal comes back naming the place in the file.</summary>
    private static T At<T>(string path, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (DomainRuleException e)
        {
            var place = e.Field is { } field ? (path.Length == 0 ? field : $"{path}.{field}") : path;
            throw new DomainRuleException(place.Length == 0 ? e.Message : $"{place}: {e.Message}", place);
        }
    }

    private static void At(string path, Action step) => At(path, () =>
    {
        step();
        return true;
    });
}
