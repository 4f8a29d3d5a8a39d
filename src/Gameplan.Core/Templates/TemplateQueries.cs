using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Core.PlanFiles;
using Gameplan.Core.Plans;
using Gameplan.Domain.Access;
using Gameplan.Domain.People;
using Gameplan.Domain.Templates;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Templates;

/// <summary>The built-in templates and the organisation's own, listed together (built-in first); any reader may list and read them.</summary>
public sealed class TemplateQueries(GameplanDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<TemplateSummary>> ListAsync(CancellationToken ct = default)
    {
        var own = await db.Templates.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct);
        return
        [
            .. PlanTemplates.BuiltIn.Select(t => new TemplateSummary(t.Name, t.Title, t.Description, t.Scope, t.Fits, TemplateSummary.BuiltIn)),
            .. own.Select(t => { var p = ToTemplate(t); return new TemplateSummary(p.Name, p.Title, p.Description, p.Scope, p.Fits, TemplateSummary.Organization); }),
        ];
    }

    /// <summary>Every template as the library page lists it: built-in first, then the organisation's own with who added them.</summary>
    public async Task<IReadOnlyList<TemplateListing>> LibraryAsync(CancellationToken ct = default)
    {
        var own = await db.Templates.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct);
        return
        [
            .. PlanTemplates.BuiltIn.Select(t => new TemplateListing(t.Name, t.Title, t.Description, t.Scope, t.Fits, TemplateSummary.BuiltIn, null, null)),
            .. own.Select(t => { var p = ToTemplate(t); return new TemplateListing(p.Name, p.Title, p.Description, p.Scope, p.Fits, TemplateSummary.Organization, t.AddedBy, t.AddedAt); }),
        ];
    }

    /// <summary>
    /// The text a template saved from the plan would have (<see cref="PlanAsTemplate"/>), for a reader of the plan;
    /// what <see cref="TemplateCommands.SaveFromPlanAsync"/> stores.
    /// </summary>
    public async Task<PlanTemplate> FromPlanAsync(int planId, Actor? actor, CancellationToken ct = default)
    {
        var facts = await new PlanAccessQueries(db).FactsAsync(planId, ct) ?? throw new NotFoundException($"Plan {planId}");
        if (actor is not null && !PlanAccess.Allows(actor, facts, PlanPermission.Read))
        {
            throw new AccessDeniedException("You may not read this plan, so you may not make a template of it either.");
        }
        var file = await new PlanFileExporter(db).ExportAsync(planId, ct);
        var plan = file.Plan;
        return new PlanTemplate("", plan.Name ?? "", "", PlanFileNames.Of(facts.Scope), [], PlanAsTemplate.Text(file));
    }

    /// <summary>
    /// The templates "New plan" offers <paramref name="actor"/>: to a rep the person plans, to a manager the
    /// team and person plans, to executives and admins all (what they may create, so nothing offered is refused).
    /// </summary>
    public async Task<IReadOnlyList<TemplateSummary>> OfferedAsync(Actor? actor, CancellationToken ct = default) =>
        [.. (await ListAsync(ct)).Where(t => Offers(actor?.Role, t.Scope))];

    public async Task<TemplateDetails> GetAsync(string name, CancellationToken ct = default)
    {
        if (PlanTemplates.BuiltIn.FirstOrDefault(t => Same(t.Name, name)) is { } builtIn)
        {
            return new(builtIn.Name, builtIn.Title, builtIn.Description, builtIn.Scope, builtIn.Fits, TemplateSummary.BuiltIn, builtIn.Text, null, null);
        }
        var own = await LoadAsync(db, name, ct);
        var t = ToTemplate(own);
        return new(t.Name, t.Title, t.Description, t.Scope, t.Fits, TemplateSummary.Organization, t.Text, own.AddedBy, own.AddedAt);
    }

    /// <summary>
    /// The planning cycle being planned now, whose period a new plan takes by default: the first whose period
    /// has not started, preferring one already open; null when there is none.
    /// </summary>
    public async Task<OpenCycle?> OpenCycleAsync(CancellationToken ct = default)
    {
        var today = await new OrganizationClock(db, clock).ForOrganizationAsync(ct);
        var coming = await db.Cycles.AsNoTracking().Where(c => c.PeriodStart > today).ToListAsync(ct);
        return coming.OrderBy(c => c.Opens <= today ? 0 : 1).ThenBy(c => c.PeriodStart)
            .Select(c => new OpenCycle(c.Id, c.Name, c.PeriodStart, c.PeriodEnd)).FirstOrDefault();
    }

    public static bool Offers(PersonRole? role, string scope) => role switch
    {
        PersonRole.Rep => scope == "person",
        PersonRole.Manager => scope is "person" or "team",
        _ => true,
    };

    /// <summary>The template to fill: a built-in one, or the organisation's own of that name.</summary>
    internal static async Task<PlanTemplate> FindAsync(GameplanDbContext db, string name, CancellationToken ct) =>
        PlanTemplates.BuiltIn.FirstOrDefault(t => Same(t.Name, name)) ?? ToTemplate(await LoadAsync(db, name, ct));

    internal static async Task<OrganizationTemplate> LoadAsync(GameplanDbContext db, string name, CancellationToken ct)
    {
        var wanted = name?.Trim().ToLowerInvariant() ?? "";
        return await db.Templates.FirstOrDefaultAsync(t => t.Name == wanted, ct) ?? throw new NotFoundException($"Template '{wanted}'");
    }

    internal static PlanTemplate ToTemplate(OrganizationTemplate t) =>
        new(t.Name, t.Title, t.Description, t.Scope.ToString().ToLowerInvariant(), t.Fits.Split(',', StringSplitOptions.RemoveEmptyEntries), t.Text);

    private static bool Same(string a, string? b) => string.Equals(a, b?.Trim(), StringComparison.OrdinalIgnoreCase);
}
