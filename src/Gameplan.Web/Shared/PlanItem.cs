using Gameplan.Core.Plans;

namespace Gameplan.Web.Shared;

/// <summary>One element of a plan with what its partial view needs around it: the plan (for links) and people's names.</summary>
public sealed record PlanItem<T>(PlanDetails Plan, PeopleNames Names, T Item);
