using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Domain;
using Gameplan.Domain.Access;
using Gameplan.Domain.Cycles;
using Gameplan.Domain.People;
using Gameplan.Domain.Periods;

namespace Gameplan.Core.Cycles;

/// <summary>Opens, changes and removes planning cycles (admins and executives; the web and API check who).</summary>
public sealed class CycleCommands(GameplanDbContext db, TimeProvider clock)
{
    public async Task<CycleDetails> CreateAsync(CycleRequest request, Actor? actor, CancellationToken ct = default)
    {
        EnsureMayRun(actor);
        var fields = await FieldsAsync(request, ct);
        var cycle = new PlanningCycle(db.RequireOrganization(), fields, clock.GetUtcNow());
        db.Cycles.Add(cycle);
        await db.SaveChangesAsync(ct);
        return CycleQueries.ToDetails(cycle);
    }

    public async Task<CycleDetails> UpdateAsync(int id, CycleRequest request, Actor? actor, CancellationToken ct = default)
    {
        EnsureMayRun(actor);
        var cycle = await CycleQueries.LoadAsync(db, id, ct);
        cycle.Change(await FieldsAsync(request, ct));
        await db.SaveChangesAsync(ct);
        return CycleQueries.ToDetails(cycle);
    }

    public async Task DeleteAsync(int id, Actor? actor, CancellationToken ct = default)
    {
        EnsureMayRun(actor);
        db.Cycles.Remove(await CycleQueries.LoadAsync(db, id, ct));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Admins and executives run the planning cycle; a null actor is a trusted caller (the CLI, tests).</summary>
    private static void EnsureMayRun(Actor? actor)
    {
        if (actor is not null && actor.Role is not (PersonRole.Admin or PersonRole.Executive))
        {
            throw new AccessDeniedException("Only admins and executives open and change planning cycles.");
        }
    }

    /// <summary>The period from the fiscal year or the dates given, and the timeline's defaults for the dates left out.</summary>
    private async Task<CycleFields> FieldsAsync(CycleRequest request, CancellationToken ct)
    {
        DateOnly start, end;
        string name;
        if (request.FiscalYear is { } year)
        {
            var organization = await OrganizationQueries.LoadAsync(db, ct);
            var fiscal = new FiscalYear(year, organization.FiscalYearStartMonth);
            if (!PlanCalendar.Contains(fiscal.Start.AddDays(-PlanningCycle.DefaultWindowDays)) || !PlanCalendar.Contains(fiscal.End))
            {
                throw new DomainRuleException($"{fiscal.Name} is outside the years Gameplan plans for.", "fiscal_year");
            }
            (start, end, name) = (fiscal.Start, fiscal.End, $"{fiscal.Name} planning");
        }
        else
        {
            start = request.PeriodStart ?? throw new DomainRuleException("Give the fiscal year, or the period's first day.", request.PeriodEnd is null ? "fiscal_year" : "period_start");
            end = request.PeriodEnd ?? throw new DomainRuleException("Give the period's last day.", "period_end");
            PlanCalendar.Check(start, "period_start");
            PlanCalendar.Check(end, "period_end");
            if (!PlanCalendar.Contains(start.AddDays(-PlanningCycle.DefaultWindowDays)))
            {
                throw new DomainRuleException("A period this early would be planned before the dates Gameplan plans for (from 1900); plan a later period.", "period_start");
            }
            name = $"Planning for {start:yyyy-MM-dd} to {end:yyyy-MM-dd}";
        }
        var defaults = PlanningCycle.Defaults(string.IsNullOrWhiteSpace(request.Name) ? name : request.Name, start, end);
        return defaults with
        {
            Opens = request.Opens ?? defaults.Opens,
            DraftsDue = request.DraftsDue ?? defaults.DraftsDue,
            ReviewsDue = request.ReviewsDue ?? defaults.ReviewsDue,
        };
    }
}
