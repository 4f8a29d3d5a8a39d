using Gameplan.Core;
using Gameplan.Core.Alignment;
using Gameplan.Core.Organizations;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Teams;
using Gameplan.Core.Templates;
using Gameplan.Domain;
using Gameplan.Domain.Access;
using Gameplan.Domain.Plans;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Plans;

/// <summary>
/// Starts a plan: from a template that fits the person's role (filled for them, the open cycle's period and
/// what it carries out, through the same authorised commands as the API), or blank, with the next full
/// quarter as its period, drafted today.
/// </summary>
public sealed class NewPlanModel(
    PlanCommands commands, TemplateQueries templates, TemplateCommands fromTemplate, PeopleQueries people, TeamQueries teams,
    AlignmentQueries alignment, OrganizationClock clock, CurrentUser me)
    : PlanFormModel(people, teams, alignment)
{
    public override string Title => "New plan";

    public override string CancelUrl => "/plans";

    [BindProperty]
    public TemplateForm Template { get; set; } = new();

    /// <summary>The templates offered to the person: those of the scopes they may create.</summary>
    public IReadOnlyList<TemplateSummary> Templates { get; private set; } = [];

    /// <summary>The planning cycle whose period the template's plan takes by default; null when none is coming.</summary>
    public OpenCycle? Cycle { get; private set; }

    /// <summary>Why the plan from a template was not made, each naming its field.</summary>
    public List<string> TemplateErrors { get; } = [];

    /// <summary>
    /// With templates on offer the page opens on them (they come first); the blank form's name takes the focus
    /// only when there are none, or when the blank form came back with errors.
    /// </summary>
    public override bool FocusesName => Templates.Count == 0 || (!ModelState.IsValid && TemplateErrors.Count == 0);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = await clock.TodayAsync(ct);
        var quarterStart = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1).AddMonths(3);
        Input = new PlanRequest
        {
            Period = new PeriodInput { Start = quarterStart, End = quarterStart.AddMonths(3).AddDays(-1) },
            Drafted = today,
        };
        await LoadAsync(ct);
        await FitToRoleAsync(ct);
        Template = new TemplateForm
        {
            Name = Templates.FirstOrDefault()?.Name,
            Start = Cycle?.Start ?? Input.Period.Start,
            End = Cycle?.End ?? Input.Period.End,
        };
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        BindParent();
        return SaveOrShowAsync(
            async () => Done($"/plans/{(await commands.CreateAsync(Input, await me.ActorAsync(ct), ct)).Id}", "Plan created."),
            () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostFromTemplateAsync(CancellationToken ct)
    {
        // The blank form below was not sent: its empty fields are not this form's errors.
        ModelState.Clear();
        try
        {
            var request = new InstantiateRequest
            {
                Period = new InstantiatePeriod(Template.Start, Template.End),
                Parent = ParentValue.Parse(Template.CarriesOut),
            };
            var plan = await fromTemplate.InstantiateAsync(Template.Name ?? "", request, await me.ActorAsync(ct), ct);
            return Done($"/plans/{plan.Id}", "Plan created from the template: write the sections marked TODO, then check the critique.");
        }
        catch (DomainRuleException rule)
        {
            TemplateErrors.Add(rule.Field is { } field && !rule.Message.StartsWith(field, StringComparison.Ordinal) ? $"{field}: {rule.Message}" : rule.Message);
        }
        catch (AccessDeniedException denied)
        {
            TemplateErrors.Add(denied.Message);
        }
        catch (NotFoundException missing)
        {
            TemplateErrors.Add($"template: {missing.Message}");
        }
        Input = new PlanRequest { Period = new PeriodInput { Start = Template.Start, End = Template.End }, Drafted = await clock.TodayAsync(ct) };
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>
    /// The blank form starts as the plan the person's role makes (<see cref="NewPlans.DefaultScope"/>): an
    /// executive's is the organisation's, a manager's her team's, a rep's her own; each owned by its maker.
    /// </summary>
    private async Task FitToRoleAsync(CancellationToken ct)
    {
        var actor = await me.ActorAsync(ct);
        var scope = NewPlans.DefaultScope(actor);
        Input = Input with
        {
            Scope = scope,
            Team = scope == PlanScope.Team ? Teams.FirstOrDefault(t => t.Id == actor.TeamId)?.Name : null,
            Owner = People.FirstOrDefault(p => p.Id == actor.PersonId)?.Handle,
        };
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var actor = await me.ActorAsync(ct);
        await LoadChoicesAsync(actor, null, ct);
        Templates = await templates.OfferedAsync(actor, ct);
        Cycle = await templates.OpenCycleAsync(ct);
    }
}
