using System.Globalization;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Activities;

/// <summary>
/// An approved personal plan running over today, whose one tactic commits its owner to a number of
/// calls per day. The demo plan starts next fiscal year, so its commitments ask nothing today.
/// </summary>
public static class ActiveTodayPlan
{
    public const string Metric = "calls";

    /// <summary>Today as the app counts it (UTC).</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Creates and approves the plan (as the demo admin); returns its id.</summary>
    /// <param name="owner">The demo handle the tactic commits.</param>
    /// <param name="callsPerDay">The target per working day.</param>
    /// <param name="per">day, week, month, quarter or period.</param>
    public static async Task<int> AddAsync(GameplanWebFactory factory, string owner = "lena", decimal callsPerDay = 5, string per = "day")
    {
        using var admin = factory.CreateClientAs("alex");
        var plan = await admin.CreateAsync("/api/v1/plans", new
        {
            name = $"{owner}'s calling plan",
            scope = "person",
            owner,
            period = new { start = Iso(Today.AddDays(-30)), end = Iso(Today.AddDays(60)) },
        });
        var url = $"/api/v1/plans/{plan.Id()}";
        var strategy = await admin.CreateAsync($"{url}/strategies", new
        {
            statement = "Win clinic groups through their practice managers, before their budget season.",
            dri = owner,
        });
        var tactic = await admin.CreateAsync($"{url}/strategies/{strategy.Id()}/tactics", new
        {
            action = "Call five practice managers every working day.",
            owner,
            start = Iso(Today.AddDays(-20)),
            due = Iso(Today.AddDays(40)),
            status = "active",
        });
        await admin.CreateAsync($"{url}/tactics/{tactic.Id()}/commitments", new
        {
            metric = Metric,
            unit = "count",
            target = callsPerDay,
            per,
            assignees = "owner",
        });
        await admin.PostOkAsync($"{url}/submit");
        // Approved whatever the critique says (it has no goals): the reason is kept as a comment.
        await admin.PostOkAsync($"{url}/approve", new { @override = true, reason = "A calling plan for the tests." });
        return plan.Id();
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
