using Gameplan.Domain;
using Gameplan.Domain.Funnels;

namespace Gameplan.Core.Funnels;

/// <summary>
/// A sales funnel set on the organisation (its default: no team, no plan), on a team, or on a plan;
/// the nearest one applies (plan, then its team and the teams above, then the organisation). The deal
/// value is stored as the rest of the product stores money: a decimal in major units (as a goal's
/// target in <c>currency:USD</c>), with its ISO 4217 currency beside it. The stages are one small
/// JSON column, read and written whole. Every change is checked by <see cref="FunnelCheck"/> and
/// bumps <see cref="Version"/> (an optimistic-concurrency token).
/// </summary>
public sealed class SalesFunnel
{
    private SalesFunnel() { }

    /// <summary>A funnel for the organisation (both null), a team or a plan (exactly one of them set).</summary>
    public SalesFunnel(int organizationId, int? teamId, int? planId, FunnelDocument funnel)
    {
        if (teamId is not null && planId is not null)
        {
            throw new ArgumentException("A funnel belongs to a team or a plan, not both.", nameof(planId));
        }
        (OrganizationId, TeamId, PlanId) = (organizationId, teamId, planId);
        Change(funnel);
    }

    public int Id { get; private set; }

    public int OrganizationId { get; private set; }

    /// <summary>The team it is set on; null for the organisation's default or a plan's own.</summary>
    public int? TeamId { get; private set; }

    /// <summary>The plan it is set on; null for the organisation's default or a team's.</summary>
    public int? PlanId { get; private set; }

    /// <summary>The average won deal in major units of <see cref="Currency"/>; null for a funnel that models only count goals.</summary>
    public decimal? DealValue { get; private set; }

    /// <summary>The deal value's ISO 4217 code, upper case; null leaves it to the money goals that use it.</summary>
    public string? Currency { get; private set; }

    /// <summary>Days from the first stage to a won deal; null is 0.</summary>
    public int? CycleDays { get; private set; }

    /// <summary>The stages in order, the last one the won deal (no rate).</summary>
    public IReadOnlyList<FunnelStageDocument> Stages { get; private set; } = [];

    /// <summary>Bumped by every change; a concurrency token, and the version a client sends back to change what it read.</summary>
    public int Version { get; private set; }

    /// <summary>Replaces the whole funnel; throws a <see cref="Domain.DomainRuleException"/> naming the field at fault.</summary>
    public void Change(FunnelDocument funnel)
    {
        ArgumentNullException.ThrowIfNull(funnel);
        // As stored: the column keeps 4 decimals, so the answer to a change and the next read agree (and 0.00001 is checked as the 0 it would be).
        funnel = funnel with { DealValue = Numbers.Round(funnel.DealValue, Numbers.FullDecimals) };
        FunnelCheck.Require(funnel);
        DealValue = funnel.DealValue;
        Currency = string.IsNullOrWhiteSpace(funnel.Currency) ? null : funnel.Currency.Trim().ToUpperInvariant();
        CycleDays = funnel.CycleDays;
        Stages = [.. funnel.Stages.Select(stage => new FunnelStageDocument { Metric = stage.Metric?.Trim(), Rate = stage.Rate, Minutes = stage.Minutes })];
        Version++;
    }

    /// <summary>The funnel as the funnel maths reads it.</summary>
    public FunnelDocument ToDocument() => new() { DealValue = DealValue, Currency = Currency, CycleDays = CycleDays, Stages = Stages };
}
