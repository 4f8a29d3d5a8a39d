using Gameplan.Web.Tests.Security;

namespace Gameplan.Web.Tests.Fuzzing;

/// <summary>
/// One or more valid bodies for every /api route that takes one, keyed as the route table spells the
/// route. The fuzz tests fail on a route with a body but no seed, so a new endpoint gets one.
/// <c>{n}</c> becomes a number unique to the request (names that must be unique), <c>{yesterday}</c> the day before today.
/// </summary>
internal static class FuzzSeeds
{
    private const string Settings = """
        {"planning_window_days": 90, "max_strategies": 5, "strategic_review_days": 92, "tactical_review_days": 14,
         "working_days": ["mon", "tue", "wed", "thu", "fri"], "holidays": ["2027-12-25"], "rollup": "weighted"}
        """;

    private const string Plan = """
        {"name": "Fuzzed plan", "scope": "organization", "team": null, "owner": "rosa",
         "period": {"start": "2027-01-01", "end": "2027-12-31"}, "drafted": "2026-09-20",
         "mission": "Help clinics get paid faster.", "background": {"current": "42 clinics", "desired": "80 clinics"},
         "customer": {"who": "Independent clinics", "values": "Fewer denied claims"}, "desired_results": "Double the base.",
         "settings":
        """ + Settings + "}";

    private const string Funnel = """
        {"deal_value": 25000, "currency": "USD", "cycle_days": 60, "version": null,
         "stages": [{"metric": "calls", "rate": 0.1, "minutes": 5}, {"metric": "meetings", "rate": 0.3}, {"metric": "deals"}]}
        """;

    private const string Goal = """
        {"key": null, "title": "Reach 80 paying clinics", "metric": "customers", "unit": "count", "baseline": 42, "target": 80,
         "due": "2027-12-31", "dri": "rosa", "direction": "increase", "weight": 2}
        """;

    private const string Tactic = """
        {"key": null, "action": "Prospect for one hour every working day.", "owner": "lena", "authors": ["lena"],
         "start": "2027-01-04", "due": "2027-03-31", "resources": ["Sales Navigator seats"], "effort_hours": 4, "status": "planned", "strategy_id": null}
        """;

    private const string Activity = """
        {"date": "{yesterday}", "person": "lena", "metric": "prospecting_minutes", "quantity": 30, "external_id": null, "note": "Morning block"}
        """;

    /// <summary>Routes whose body is a plan file (YAML text); their seed is the demo plan's own file.</summary>
    public static readonly string[] PlanFileRoutes = ["POST /api/v1/critique", "POST /api/v1/plans/import"];

    /// <summary>Routes that take no body at all: the plan's life-cycle steps, resolving a thread, making a calendar-feed address.</summary>
    public static readonly string[] Bodiless =
    [
        "POST /api/v1/plans/{id}/{transition=submit}", "POST /api/v1/plans/{planId}/comments/{commentId}/{step=resolve}",
        "POST /api/v1/me/calendar-feed", "POST /api/v1/people/{id}/calendar-feed", "POST /api/v1/webhooks/{id}/test",
    ];

    private static readonly Dictionary<string, string[]> Json = new()
    {
        ["POST /api/v1/plans"] = [Plan],
        ["PUT /api/v1/me/home"] = ["""{"home": "my_day"}""", """{"home": null}"""],
        ["PUT /api/v1/me/notifications"] = ["""{"frequency": "weekly"}""", """{"frequency": "off"}"""],
        // Loopback only: a fuzzed test e-mail must never leave the machine.
        ["PUT /api/v1/organization/email"] = ["""{"host": "127.0.0.1", "port": 9, "tls": "none", "user_name": null, "password": "x", "from_address": "gameplan@northwind.example", "base_url": "https://gameplan.northwind.example", "digest_day": "monday"}"""],
        ["POST /api/v1/organization/email/test"] = ["""{"to": "alex@northwind.example"}"""],
        ["POST /api/v1/webhooks"] = ["""{"url": "http://127.0.0.1:9/fuzz", "events": ["plan_submitted", "review_held"], "active": true, "secret": null}"""],
        ["PUT /api/v1/webhooks/{id}"] = ["""{"url": "http://127.0.0.1:9/fuzz", "events": ["plan_approved"], "active": false, "secret": null}"""],
        ["PUT /api/v1/plans/{id}"] = [Plan],
        ["POST /api/v1/plans/{planId}/goals"] = [Goal],
        ["PUT /api/v1/plans/{planId}/goals/{goalId}"] = [Goal],
        ["POST /api/v1/goals/{goalId}/measurements"] = ["""{"date": "{yesterday}", "value": 45, "note": "Finance's figure"}"""],
        ["POST /api/v1/plans/{planId}/strategies"] = ["""{"key": null, "statement": "Win multi-site clinics through value-based selling.", "dri": "rosa", "goals": ["g1"]}"""],
        ["PUT /api/v1/plans/{planId}/strategies/{strategyId}"] = ["""{"key": "s1", "statement": "Win multi-site clinics through value-based selling.", "dri": "rosa", "goals": ["g1"]}"""],
        ["POST /api/v1/plans/{planId}/strategies/{strategyId}/tactics"] = [Tactic],
        ["PUT /api/v1/plans/{planId}/tactics/{tacticId}"] = [Tactic],
        ["POST /api/v1/plans/{planId}/tactics/{tacticId}/commitments"] = ["""{"metric": "calls", "unit": "count", "target": 5, "per": "day", "assignees": "named", "people": ["lena"]}"""],
        ["PUT /api/v1/plans/{planId}/commitments/{commitmentId}"] = ["""{"metric": "prospecting_minutes", "unit": "minutes", "target": 60, "per": "day", "assignees": "owner", "people": []}"""],
        ["POST /api/v1/plans/{planId}/commitments/{commitmentId}/acknowledgements"] = ["""{"person": "lena"}"""],
        ["POST /api/v1/plans/{planId}/reviews"] = ["""{"kind": "one_on_one", "date": "2027-02-01", "held": false, "notes": "Pipeline review", "person": "lena"}"""],
        ["PUT /api/v1/plans/{planId}/reviews/{reviewId}"] = ["""{"kind": "tactical", "date": "2027-02-01", "held": true, "notes": "Held", "person": null}"""],
        ["POST /api/v1/plans/{planId}/reviews/{reviewId}/participants"] = ["""{"person": "grace"}"""],
        ["POST /api/v1/plans/{planId}/reviews/{reviewId}/talking-points"] = ["""{"text": "Is the hiring strategy staffed?"}"""],
        ["PATCH /api/v1/plans/{planId}/reviews/{reviewId}/talking-points/{pointId}"] = ["""{"text": "Is hiring staffed?", "discussed": true}"""],
        ["POST /api/v1/plans/{planId}/reviews/{reviewId}/decisions"] = ["""{"text": "Hire two reps in Q1."}"""],
        ["PATCH /api/v1/plans/{planId}/reviews/{reviewId}/decisions/{decisionId}"] = ["""{"text": "Hire three reps in Q1."}"""],
        ["POST /api/v1/plans/{planId}/reviews/{reviewId}/action-items"] = ["""{"text": "Draft the hiring profile.", "owner": "omar", "due": "2099-01-31"}"""],
        ["PATCH /api/v1/plans/{planId}/reviews/{reviewId}/action-items/{itemId}"] = ["""{"text": "Draft the hiring profile.", "owner": "omar", "due": "2099-02-28", "done": false}"""],
        ["POST /api/v1/plans/{planId}/reviews/{reviewId}/held"] = ["""{"notes": "Held; hiring is on track."}"""],
        ["POST /api/v1/plans/{id}/{decision=approve}"] = ["""{"reason": "Ready, though g2 still lacks a baseline.", "override": true}"""],
        ["POST /api/v1/plans/{planId}/comments"] = ["""{"element": "strategies[s1].tactics[t1]", "body": "Who covers the north, @lena?"}"""],
        ["POST /api/v1/plans/{planId}/comments/{commentId}/replies"] = ["""{"body": "Mateo does, from March."}"""],
        ["PUT /api/v1/plans/{planId}/comments/{commentId}"] = ["""{"body": "Who covers the north?"}"""],
        ["POST /api/v1/people"] = ["""{"handle": "fuzzy{n}", "name": "Fuzzy Tester", "role": "rep", "team": "Mid-Market", "email": "fuzzy{n}@northwind.example", "capacity_hours_per_week": 40, "active": true}"""],
        ["PUT /api/v1/people/{id}"] = ["""{"handle": "lena", "name": "Lena Fischer", "role": "rep", "team": "Mid-Market", "email": "lena@northwind.example", "capacity_hours_per_week": 40, "active": true}"""],
        ["POST /api/v1/people/{id}/account"] = ["""{"email": "lena.fuzz@northwind.example", "password": "a long enough password"}"""],
        ["POST /api/v1/teams"] = ["""{"name": "Fuzz team {n}", "parent": "Mid-Market"}"""],
        ["POST /api/v1/cycles"] = ["""{"fiscal_year": 2031, "name": "Fuzz cycle {n}"}""", """{"period_start": "2031-01-01", "period_end": "2031-12-31", "opens": "2030-10-01"}"""],
        ["POST /api/v1/templates"] = ["""{"name": "fuzz-{n}", "title": "Fuzz template", "description": "For the fuzz test", "scope": "team", "fits": ["manager"], "text": "version: 1\nplan:\n  name: Fuzz plan\n  scope: team\n  team: {{team}}\n  owner: {{person}}\n  period: { start: {{period.start}}, end: {{period.end}} }\n"}"""],
        ["POST /api/v1/templates/{name}/plans"] = ["""{"team": "Mid-Market", "person": "omar", "period": {"start": "2031-01-01", "end": "2031-12-31"}}"""],
        ["PUT /api/v1/cycles/{id}"] = ["""{"fiscal_year": 2031, "name": "Next year's planning"}"""],
        ["PUT /api/v1/teams/{id}"] = ["""{"name": "Mid-Market", "parent": null}"""],
        ["POST /api/v1/tokens"] = ["""{"name": "fuzz", "can_write": false, "expires_in_days": 30}"""],
        ["POST /api/v1/activities"] = [Activity, "{\"activities\": [" + Activity + "]}"],
        ["PUT /api/v1/organization/settings"] = [Settings],
        ["PUT /api/v1/organization/funnel"] = [Funnel],
        ["PUT /api/v1/teams/{id}/funnel"] = [Funnel],
        ["PUT /api/v1/plans/{planId}/funnel"] = [Funnel],
        ["PUT /api/v1/me/check-in"] = ["""{"plan_id": null, "lines": [{"commitment_id": 1, "actual": 30, "confidence": "off_track", "why": "Two visits took the mornings."}], "wins": "Two demos booked.", "blockers": null, "next_focus": "Follow up."}"""],
        ["POST /api/v1/classify"] = ["""{"texts": ["Increase sales by 50% this year", "Spend an hour prospecting each day"]}"""],
    };

    public static bool TakesBody(RouteTable.ApiRoute route) => route.Method is "POST" or "PUT" or "PATCH" && !Bodiless.Contains(route.ToString());

    public static string[]? JsonFor(RouteTable.ApiRoute route) => Json.GetValueOrDefault(route.ToString());
}
