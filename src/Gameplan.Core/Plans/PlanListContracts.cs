using Gameplan.Domain.Plans;

namespace Gameplan.Core.Plans;

/// <summary>
/// What the plan list is narrowed to; a null field does not narrow. <see cref="Period"/> is a
/// <see cref="PlanPeriodFilter"/> word (<c>current</c>, <c>upcoming</c>, <c>past</c>) or a year (<c>2027</c>).
/// </summary>
public sealed record PlanListFilter
{
    public string? Period { get; init; }

    public PlanStatus? Status { get; init; }

    public PlanScope? Scope { get; init; }

    public int? TeamId { get; init; }

    public int? OwnerId { get; init; }

    public bool IsEmpty => Period is null && Status is null && Scope is null && TeamId is null && OwnerId is null;
}

/// <summary>A team or a person offered as a filter, by id with the name a person reads.</summary>
public sealed record PlanListChoice(int Id, string Name);

/// <summary>
/// The filter values worth offering: only those found on plans the reader may see (a rep is not offered
/// the teams or owners of plans she cannot open). <see cref="Years"/> newest first.
/// </summary>
public sealed record PlanListChoices(
    IReadOnlyList<int> Years,
    IReadOnlyList<PlanStatus> Statuses,
    IReadOnlyList<PlanScope> Scopes,
    IReadOnlyList<PlanListChoice> Teams,
    IReadOnlyList<PlanListChoice> Owners);

/// <summary>The plans that pass the filter, out of <paramref name="Visible"/> the reader may see in all.</summary>
public sealed record PlanList(IReadOnlyList<PlanSummary> Plans, int Visible, PlanListChoices Choices);
