using Gameplan.Core;
using Gameplan.Core.Funnels;
using Gameplan.Domain;
using Gameplan.Web.Hosting;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Funnels;

/// <summary>
/// What the three funnel forms share (a plan's, a team's, the organisation's): the funnel that applies
/// and where from, the form, and saves and clears that show a refusal beside the field it names
/// (<c>funnel.stages[1].rate</c> lands at the second row's rate).
/// </summary>
public abstract class FunnelFormPage : GameplanPageModel
{
    [BindProperty]
    public FunnelForm Input { get; set; } = new();

    /// <summary>The funnel that applies here now, and where it is set.</summary>
    public EffectiveFunnel Effective { get; protected set; } = EffectiveFunnel.None;

    /// <summary>What the page is about, in a heading's words ("plan FY2027 East", "the organisation").</summary>
    public abstract string Subject { get; }

    /// <summary>The page's own address.</summary>
    public abstract string Address { get; }

    /// <summary>Where the funnel this page sets shows: the source that means "set right here".</summary>
    public abstract FunnelSource Own { get; }

    /// <summary>False when the signed-in person may read but not change this funnel; <see cref="ReadOnlyReason"/> says why.</summary>
    public bool MayChange { get; protected set; } = true;

    public string? ReadOnlyReason { get; protected set; }

    /// <summary>True when the funnel that applies is set on this page (not inherited).</summary>
    public virtual bool IsOwn => Effective.Source == Own;

    protected abstract Task LoadAsync(CancellationToken ct);

    protected abstract Task SaveAsync(FunnelRequest request, CancellationToken ct);

    protected abstract Task ClearAsync(int? version, CancellationToken ct);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = FunnelForm.Of(IsOwn ? Effective.Funnel : Effective.Funnel is { } inherited ? inherited with { Version = 0 } : null, Effective.Funnel?.Currency);
        if (!IsOwn)
        {
            Input.Version = null;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // The rows left empty are dropped before anything else, so a refusal's stage index (funnel.stages[1]) is the
        // row the form shows again; the posted values of the rows are forgotten for the same reason.
        var request = Input.Request();
        Input.Stages = [.. request.Stages ?? []];
        foreach (var key in ModelState.Keys.Where(key => key.StartsWith("Input.Stages[", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
        if (ModelState.IsValid)
        {
            try
            {
                await SaveAsync(request, ct);
                return SavedAt(Address, "funnel-form", "Funnel saved.");
            }
            catch (DomainRuleException rule)
            {
                ModelState.AddRuleError(new DomainRuleException(rule.Message, rule.Field is { } field && field.StartsWith("funnel.", StringComparison.Ordinal) ? field["funnel.".Length..] : rule.Field));
            }
            catch (AccessDeniedException denied)
            {
                ModelState.AddModelError("", denied.Message);
            }
            catch (PreconditionFailedException)
            {
                ModelState.AddModelError("", "Someone else changed this funnel since you opened it; nothing was saved. Open it again, then make your change.");
            }
        }
        await LoadAsync(ct);
        Input.WithBlankRows();
        return Page();
    }

    public async Task<IActionResult> OnPostClearAsync(int? version, CancellationToken ct)
    {
        try
        {
            await ClearAsync(version, ct);
            return Done(Address, "Funnel removed: the one above applies again.");
        }
        catch (AccessDeniedException denied)
        {
            return Refused(Address, denied.Message);
        }
        catch (PreconditionFailedException)
        {
            return Refused(Address, "Someone else changed this funnel since you opened it; nothing was removed.");
        }
    }
}
