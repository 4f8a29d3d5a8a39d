using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Reviews;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;

namespace Gameplan.Web.Reviews;

/// <summary>The review form shared by the new and edit pages.</summary>
public abstract class ReviewFormModel(PlanQueries plans, PeopleQueries people, CurrentUser me) : PlanElementFormModel<ReviewRequest>(plans, people, me);
