using Gameplan.Core.Goals;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Web.Shared;

namespace Gameplan.Web.Goals;

/// <summary>The goal form shared by the new and edit pages.</summary>
public abstract class GoalFormModel(PlanQueries plans, PeopleQueries people) : PlanElementFormModel<GoalRequest>(plans, people);
