using Gameplan.Core.Accounts;
using Gameplan.Core.Plans;
using Gameplan.Domain.Access;
using Microsoft.AspNetCore.Authorization;

namespace Gameplan.Web.Hosting.Security;

/// <summary>
/// Decides plan permissions for the plan in the route (<c>planId</c> on element routes, <c>id</c> on
/// plan routes, the goal's plan on <c>/goals/{goalId}</c> routes) with the domain's <see cref="PlanAccess"/>.
/// A plan or goal that does not exist in the caller's organisation passes here so the endpoint answers
/// 404, never another organisation's data.
/// The route is the request's, or an <see cref="AuthorizationTarget"/>'s when a page asks whether a link may be shown.
/// For tactic and commitment routes, drafting tactics covers only the tactics the caller authored; under a
/// strategy, its DRI drafts too.
/// </summary>
internal sealed class PlanAccessHandler(PlanAccessQueries plans, AccountCommands accounts) : AuthorizationHandler<PlanAccessRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PlanAccessRequirement requirement)
    {
        var (http, route) = context.Resource switch
        {
            AuthorizationTarget target => (target.Http, target.Route),
            HttpContext request => (request, request.GetRouteData().Values),
            Microsoft.AspNetCore.Mvc.Filters.AuthorizationFilterContext filter => (filter.HttpContext, filter.HttpContext.GetRouteData().Values),
            _ => (null, null),
        };
        if (http is null || route is null || context.User.UserId() is not { } userId || await accounts.FindAsync(userId, http.RequestAborted) is not { } user)
        {
            return;
        }
        var planId = Int(route, "planId") ?? Int(route, "id");
        if (planId is null && Int(route, "goalId") is { } goalId)
        {
            planId = await plans.PlanOfGoalAsync(goalId, http.RequestAborted);
            if (planId is null)
            {
                context.Succeed(requirement);
                return;
            }
        }
        if (planId is null)
        {
            return;
        }
        if (await plans.FactsAsync(planId.Value, http.RequestAborted) is not { } facts)
        {
            context.Succeed(requirement);
            return;
        }
        var actor = await accounts.ActorAsync(user, http.RequestAborted);
        var allowed = requirement.Permission == PlanPermission.DraftTactics
            ? await MayDraftAsync(actor, facts, route, planId.Value, http.RequestAborted)
            : PlanAccess.Allows(actor, facts, requirement.Permission);
        if (allowed)
        {
            context.Succeed(requirement);
        }
    }

    /// <summary>
    /// Full editors draft anywhere in the plan; under a strategy, its DRI drafts too (even in a plan they
    /// only read); a drafter changes only the tactics, and commitments of tactics, they authored.
    /// </summary>
    private async Task<bool> MayDraftAsync(Actor actor, PlanFacts facts, RouteValueDictionary route, int planId, CancellationToken ct)
    {
        if (PlanAccess.Allows(actor, facts, PlanPermission.Edit))
        {
            return true;
        }
        if (Int(route, "strategyId") is { } strategyId)
        {
            return PlanAccess.MayDraftUnder(actor, facts, (await plans.StrategyAsync(planId, strategyId, ct))?.DriId);
        }
        var tactic = Int(route, "tacticId") is { } tacticId ? await plans.TacticAsync(planId, tacticId, ct)
            : Int(route, "commitmentId") is { } commitmentId ? await plans.TacticOfCommitmentAsync(planId, commitmentId, ct)
            : null;
        return tactic is null
            ? PlanAccess.Allows(actor, facts, PlanPermission.DraftTactics)
            : PlanAccess.MayChangeTactic(actor, facts, tactic.Authors, tactic.StrategyDri);
    }

    private static int? Int(RouteValueDictionary route, string key) =>
        route.TryGetValue(key, out var value) && int.TryParse(value?.ToString(), out var id) ? id : null;
}
