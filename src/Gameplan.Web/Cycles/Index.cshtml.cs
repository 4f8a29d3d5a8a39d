using Gameplan.Core.Cycles;
using Gameplan.Core.Organizations;
using Gameplan.Domain.People;
using Gameplan.Domain.Periods;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Cycles;

/// <summary>The planning cycles; admins and executives open the next fiscal year's from here.</summary>
public sealed class CyclesModel(CycleQueries cycles, CycleCommands commands, OrganizationQueries organization, OrganizationClock clock, CurrentUser me)
    : GameplanPageModel
{
    public IReadOnlyList<CycleDetails> Cycles { get; private set; } = [];

    [BindProperty]
    public CycleRequest Input { get; set; } = new();

    /// <summary>May the reader open a cycle (admins and executives who may write)?</summary>
    public bool CanRun { get; private set; }

    /// <summary>The next fiscal year, which the form proposes.</summary>
    public FiscalYear Next { get; private set; } = new(2000, 1);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = new CycleRequest { FiscalYear = Next.Year };
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SaveOrShowAsync(
            async () => Done($"/cycles/{(await commands.CreateAsync(Input, await me.ActorAsync(ct), ct)).Id}", "Planning cycle opened."),
            () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Cycles = await cycles.ListAsync(ct);
        var actor = await me.ActorAsync(ct);
        CanRun = User.CanWrite() && actor.Role is PersonRole.Admin or PersonRole.Executive;
        var month = (await organization.GetSettingsAsync(ct)).FiscalYearStartMonth ?? 1;
        Next = FiscalYear.Containing(await clock.TodayAsync(ct), month).Next;
    }
}
