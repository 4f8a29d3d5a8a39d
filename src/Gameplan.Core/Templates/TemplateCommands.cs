using Gameplan.Core.Commitments;
using Gameplan.Core.Data;
using Gameplan.Core.Goals;
using Gameplan.Core.Organizations;
using Gameplan.Core.PlanFiles;
using Gameplan.Core.Plans;
using Gameplan.Core.Reviews;
using Gameplan.Core.Strategies;
using Gameplan.Core.Tactics;
using Gameplan.Domain;
using Gameplan.Domain.Access;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Templates;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Templates;

/// <summary>
/// Adds and removes the organisation's templates (admins and executives add, admins remove; ADR 0029) and
/// makes plans from any template through the same authorised commands as the API (TemplateCommands.Plan.cs).
/// </summary>
public sealed partial class TemplateCommands(
    GameplanDbContext db, TimeProvider clock, PlanCommands plans, GoalCommands goals, StrategyCommands strategies,
    TacticCommands tactics, CommitmentCommands commitments, ReviewCommands reviews)
{
    /// <summary>The one slug no template may take: the web's "add a template" page has this address.</summary>
    public const string ReservedName = "new";

    public async Task<TemplateDetails> AddAsync(TemplateRequest request, Actor? actor, CancellationToken ct = default)
    {
        EnsureMayAdd(actor);
        var name = OrganizationTemplate.Slug(request.Name);
        if (PlanTemplates.BuiltIn.Any(t => t.Name == name))
        {
            throw new DomainRuleException($"'{name}' is the name of a built-in template; choose another.", "name");
        }
        if (name == ReservedName)
        {
            throw new DomainRuleException($"'{name}' is kept for the page that adds templates (/templates/new); choose another.", "name");
        }
        if (await db.Templates.AnyAsync(t => t.Name == name, ct))
        {
            throw new DomainRuleException($"The organisation already has a template called '{name}'.", "name");
        }
        var scope = PlanFileNames.Parse<PlanScope>(request.Scope?.Trim().ToLowerInvariant(), "scope")
            ?? throw new DomainRuleException("The scope is required: person, team or organization.", "scope");
        var fits = (request.Fits ?? []).Select((f, i) => PlanFileNames.Parse<PersonRole>(f?.Trim().ToLowerInvariant(), $"fits[{i}]")
            ?? throw new DomainRuleException("Name a role the template fits: rep, manager, executive or admin.", $"fits[{i}]")).ToList();
        TemplateText.Check(request.Text ?? "", PlanFileNames.Of(scope));
        var template = new OrganizationTemplate(db.RequireOrganization(), name, request.Title, request.Description, scope, fits,
            request.Text ?? "", db.AuditActor, clock.GetUtcNow());
        db.Templates.Add(template);
        await db.SaveChangesAsync(ct);
        return await new TemplateQueries(db, clock).GetAsync(name, ct);
    }

    /// <summary>
    /// Saves the plan as an organisation template (ADR 0032): its text made from the plan (<see cref="PlanAsTemplate"/>),
    /// its scope the plan's, stored through <see cref="AddAsync"/> so the same checks apply. Only a plan the actor reads.
    /// </summary>
    public async Task<TemplateDetails> SaveFromPlanAsync(int planId, PlanTemplateRequest request, Actor? actor, CancellationToken ct = default)
    {
        EnsureMayAdd(actor);
        var made = await new TemplateQueries(db, clock).FromPlanAsync(planId, actor, ct);
        return await AddAsync(new TemplateRequest
        {
            Name = request.Name,
            Title = request.Title,
            Description = request.Description,
            Scope = made.Scope,
            Fits = request.Fits,
            Text = made.Text,
        }, actor, ct);
    }

    /// <summary>Admins and executives add the organisation's templates (ADR 0029); a null actor is a trusted caller.</summary>
    public static void EnsureMayAdd(Actor? actor)
    {
        if (actor is not null && actor.Role is not (PersonRole.Admin or PersonRole.Executive))
        {
            throw new AccessDeniedException("Only admins and executives add templates to the organisation.");
        }
    }

    public async Task DeleteAsync(string name, Actor? actor, CancellationToken ct = default)
    {
        if (actor is not null && actor.Role is not PersonRole.Admin)
        {
            throw new AccessDeniedException("Only admins remove the organisation's templates.");
        }
        if (PlanTemplates.BuiltIn.Any(t => string.Equals(t.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainRuleException($"'{name!.Trim()}' is built in; only the organisation's own templates can be removed.", "name");
        }
        db.Templates.Remove(await TemplateQueries.LoadAsync(db, name!, ct));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// A new draft plan from the template named <paramref name="name"/>, filled with <paramref name="request"/>
    /// (the caller, their team and the open cycle's period by default), in one transaction.
    /// </summary>
    public async Task<PlanDetails> InstantiateAsync(string name, InstantiateRequest request, Actor? actor, CancellationToken ct = default)
    {
        var template = await TemplateQueries.FindAsync(db, name, ct);
        var values = await ValuesAsync(request, actor, ct);
        var today = await new OrganizationClock(db, clock).ForOrganizationAsync(ct);
        var read = PlanFileReader.Read(PlanTemplates.Fill(template, values, today));
        if (read.Errors.FirstOrDefault() is { } problem)
        {
            throw new DomainRuleException($"The template '{template.Name}' does not fill into a plan: line {problem.Line}, column {problem.Column}: {problem.Message}", "template");
        }
        return await CreatePlanAsync(read.Plan!, request.Parent, actor, ct);
    }

    private async Task<TemplateValues> ValuesAsync(InstantiateRequest request, Actor? actor, CancellationToken ct)
    {
        var handle = request.Person?.Trim().TrimStart('@');
        if (!string.IsNullOrEmpty(handle) && !await db.People.AnyAsync(p => p.Handle == handle.ToLower(), ct))
        {
            throw new DomainRuleException($"There is nobody with the handle '{handle}' in this organisation.", "person");
        }
        if (request.Team?.Trim() is { Length: > 0 } named && !await db.Teams.AnyAsync(t => t.Name == named, ct))
        {
            throw new DomainRuleException($"There is no team called '{named}' in this organisation.", "team");
        }
        if (string.IsNullOrEmpty(handle) && actor?.PersonId is { } self)
        {
            handle = await db.People.Where(p => p.Id == self).Select(p => p.Handle).FirstOrDefaultAsync(ct);
        }
        var team = request.Team?.Trim();
        if (string.IsNullOrEmpty(team) && !string.IsNullOrEmpty(handle))
        {
            var lowered = handle.ToLowerInvariant();
            team = await db.People.Where(p => p.Handle == lowered)
                .Join(db.Teams, p => p.TeamId, t => (int?)t.Id, (_, t) => t.Name).FirstOrDefaultAsync(ct);
        }
        var (start, end) = (request.Period?.Start, request.Period?.End);
        if (start is null && end is null && await new TemplateQueries(db, clock).OpenCycleAsync(ct) is { } cycle)
        {
            (start, end) = (cycle.Start, cycle.End);
        }
        return new TemplateValues
        {
            Person = handle,
            Team = team,
            Start = start,
            End = end ?? start?.AddYears(1).AddDays(-1),
            ParentPlan = request.Parent?.Plan,
            ParentStrategy = request.Parent?.Strategy,
        };
    }
}
