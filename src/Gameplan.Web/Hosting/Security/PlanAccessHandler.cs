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
/// The handler lives for one request. The signed-in person is read once; a page asking about its controls
/// (an <see cref="AuthorizationTarget"/>) reads each plan's facts and its elements' once, not once a control
/// (a plan page has hundreds); the request's own authorisation always reads afresh.
/// </summary>
internal sealed class PlanAccessHandler(PlanAccessQueries plans, AccountCommands accounts) : AuthorizationHandler<PlanAccessRequirement>
{
    private readonly Dictionary<int, PlanFacts?> _facts = [];
    private readonly Dictionary<int, PlanElementsAccess> _elements = [];
    private (int UserId, SignedInUser? User, Actor? Actor)? _signedIn;

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PlanAccessRequirement requirement)
    {
        var (http, route) = context.Resource switch
        {
            AuthorizationTarget target => (target.Http, target.Route),
            HttpContext request => (request, request.GetRouteData().Values),
            Microsoft.AspNetCore.Mvc.Filters.AuthorizationFilterContext filter => (filter.HttpContext, filter.HttpContext.GetRouteData().Values),
            _ => (null, null),
        };
        if (http is null || route is null || context.User.UserId() is not { } userId || await UserAsync(userId, http.RequestAborted) is not { } user)
        {
            return;
        }
        var controls = context.Resource is AuthorizationTarget;
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
        if (await FactsAsync(planId.Value, controls, http.RequestAborted) is not { } facts)
        {
            context.Succeed(requirement);
            return;
        }
        var actor = await ActorAsync(user, http.RequestAborted);
        var allowed = requirement.Permission == PlanPermission.DraftTactics
            ? await MayDraftAsync(actor, facts, route, planId.Value, controls, http.RequestAborted)
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
    private async Task<bool> MayDraftAsync(Actor actor, PlanFacts facts, RouteValueDictionary route, int planId, bool controls, CancellationToken ct)
    {
        if (PlanAccess.Allows(actor, facts, PlanPermission.Edit))
        {
            return true;
        }
        var elements = controls ? await ElementsAsync(planId, ct) : null;
        if (Int(route, "strategyId") is { } strategyId)
        {
            var strategy = elements is not null ? elements.Strategy(strategyId) : await plans.StrategyAsync(planId, strategyId, ct);
            return PlanAccess.MayDraftUnder(actor, facts, strategy?.DriId);
        }
        var tactic = Int(route, "tacticId") is { } tacticId ? elements is not null ? elements.Tactic(tacticId) : await plans.TacticAsync(planId, tacticId, ct)
            : Int(route, "commitmentId") is { } commitmentId ? elements is not null ? elements.TacticOfCommitmentId(commitmentId) : await plans.TacticOfCommitmentAsync(planId, commitmentId, ct)
            : null;
        return tactic is null
            ? PlanAccess.Allows(actor, facts, PlanPermission.DraftTactics)
            : PlanAccess.MayChangeTactic(actor, facts, tactic.Authors, tactic.StrategyDri);
    }

    private async Task<SignedInUser?> UserAsync(int userId, CancellationToken ct)
    {
        if (_signedIn is not { } known || known.UserId != userId)
        {
            _signedIn = known = (userId, await accounts.FindAsync(userId, ct), null);
        }
        return known.User;
    }

    private async Task<Actor> ActorAsync(SignedInUser user, CancellationToken ct)
    {
        if (_signedIn is { Actor: { } actor } known && known.UserId == user.UserId)
        {
            return actor;
        }
        actor = await accounts.ActorAsync(user, ct);
        _signedIn = (user.UserId, user, actor);
        return actor;
    }

    private async Task<PlanFacts?> FactsAsync(int planId, bool controls, CancellationToken ct)
    {
        if (controls && _facts.TryGetValue(planId, out var known))
        {
            return known;
        }
        var facts = await plans.FactsAsync(planId, ct);
        if (controls)
        {
            _facts[planId] = facts;
        }
        return facts;
    }

    private async Task<PlanElementsAccess> ElementsAsync(int planId, CancellationToken ct)
    {
        if (!_elements.TryGetValue(planId, out var elements))
        {
            _elements[planId] = elements = await plans.ElementsAsync(planId, ct);
        }
        return elements;
    }

    private static int? Int(RouteValueDictionary route, string key) =>
        route.TryGetValue(key, out var value) && int.TryParse(value?.ToString(), out var id) ? id : null;
}
