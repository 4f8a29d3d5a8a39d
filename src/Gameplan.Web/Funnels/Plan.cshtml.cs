using System.Globalization;
using Gameplan.Core.Funnels;
using Gameplan.Domain;
using Gameplan.Domain.Funnels;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Funnels;

/// <summary>
/// A plan's goals run back through its funnel: what each modelled goal requires at every stage, per
/// person and working day, what the commitments give, the rates the people really have and the result
/// projected at the due date. The what-if form (rates, deal value, cycle, team size) answers through
/// htmx with the model alone, so nothing reloads; without JavaScript it is a plain GET.
/// </summary>
public sealed class FunnelPlanModel(FunnelQueries funnels, Core.Plans.PlanQueries plans) : GameplanPageModel
{
    public FunnelModelDetails Funnel { get; private set; } = null!;

    /// <summary>The what-if's rates by stage metric, as typed (<c>rates[calls]=0.2</c>).</summary>
    [FromQuery(Name = "rates")]
    public Dictionary<string, string?> Rates { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    [FromQuery(Name = "deal_value")]
    public string? DealValue { get; set; }

    [FromQuery(Name = "cycle_days")]
    public string? CycleDays { get; set; }

    [FromQuery(Name = "people")]
    public string? People { get; set; }

    /// <summary>Why the what-if could not be applied (the field and the sentence); null when it was, or when there is none.</summary>
    public DomainRuleException? WhatIfError { get; private set; }

    /// <summary>True when the what-if names how many people carry the funnel.</summary>
    public bool IsWhatIfPeople => IsWhatIf && !string.IsNullOrWhiteSpace(People);

    /// <summary>True when the model shows a what-if rather than the funnel as set.</summary>
    public bool IsWhatIf { get; private set; }

    public int PlanId { get; private set; }

    public string PlanName { get; private set; } = "";

    public async Task OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct);

    /// <summary>The model alone, for the what-if form's htmx requests.</summary>
    public async Task<IActionResult> OnGetModelAsync(int id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return Partial("_FunnelModel", this);
    }

    /// <summary>Each modelled goal's projected result alone, for the plan's pace page (loaded after the page, by htmx).</summary>
    public async Task<IActionResult> OnGetProjectionAsync(int id, CancellationToken ct)
    {
        PlanId = id;
        Funnel = await funnels.ModelAsync(id, null, null, ct);
        return Partial("_FunnelProjection", this);
    }

    /// <summary>The what-if value typed for a stage's rate, else the funnel's own.</summary>
    public string RateValue(string metric, decimal? rate) =>
        Rates.TryGetValue(metric, out var typed) && !string.IsNullOrWhiteSpace(typed) ? typed : FunnelDisplay.Rate(rate);

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        PlanId = id;
        PlanName = (await plans.GetAsync(id, ct)).Name;
        var settings = Settings();
        var current = await funnels.ModelAsync(id, null, null, ct);
        if (settings.Count == 0 || current.Funnel.Funnel is not { } set)
        {
            Funnel = current;
            return;
        }
        try
        {
            var written = set.ToDocument();
            var whatIf = FunnelWhatIf.Parse(settings, written);
            IsWhatIf = whatIf.Changes(written);
            Funnel = IsWhatIf ? await funnels.ModelAsync(id, settings, null, ct) : current;
        }
        catch (DomainRuleException wrong)
        {
            WhatIfError = wrong;
            Funnel = current;
        }
    }

    /// <summary>The what-if as <c>KEY=VALUE</c> settings: only what differs from the funnel as set.</summary>
    private List<string> Settings()
    {
        var settings = new List<string>();
        foreach (var (metric, value) in Rates)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                settings.Add(string.Create(CultureInfo.InvariantCulture, $"{metric}.rate={value.Trim()}"));
            }
        }
        Add("deal_value", DealValue);
        Add("cycle_days", CycleDays);
        Add("people", People);
        return settings;

        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                settings.Add($"{key}={value.Trim()}");
            }
        }
    }
}
