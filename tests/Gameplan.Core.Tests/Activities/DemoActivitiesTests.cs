using Gameplan.Core.Activities;
using Gameplan.Core.Commitments;
using Gameplan.Core.Demo;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Activities;

public sealed class DemoActivitiesTests
{
    [DbFact]
    public async Task The_demo_has_activity_from_each_tactics_start_up_to_today_with_some_reps_ahead_and_some_behind()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var today = DateOnly.FromDateTime(Seeded.Clock.GetUtcNow().UtcDateTime);

        db.OrganizationScope = await new DemoOrganization(db, Seeded.Clock).SeedIfEmptyAsync();

        var directory = await ActivityDirectory.LoadAsync(db);
        var minutes = directory.FindMetric("prospecting_minutes")!.Value;
        var queries = new ActivityQueries(db);
        var totals = (await queries.TotalsAsync(new ActivitySelection(null, [minutes]), today.AddDays(-27), today))
            .ToDictionary(t => directory.HandleOf(t.PersonId)!, t => t.Quantity);
        // 20 working days at 60 minutes a day is 1200 minutes on pace.
        Assert.InRange(totals["lena"], 1200, 1400);
        Assert.InRange(totals["nia"], 700, 900);
        var days = await queries.DailyAsync(ActivitySelection.Everyone, DateOnly.MinValue, DateOnly.MaxValue);
        // The plan started on 2026-10-01 (Seeded.Clock is 2026-11-22); its first tactics on 2026-10-04. The funnel's
        // dials and meetings (no commitment's) lead the demos they turn into by its stage-to-stage lag, so they start earlier.
        var funnelOnly = new[] { "dials", "meetings", "new_customers" }.Select(m => directory.FindMetric(m)!.Value).ToHashSet();
        Assert.Equal(new DateOnly(2026, 10, 5), days.Where(d => !funnelOnly.Contains(d.MetricId)).Min(d => d.Date));
        Assert.True(days.Max(d => d.Date) <= today);
        var sums = await ActivityArrangement.SumsAsync(db);
        Assert.True(sums.RawMonths == sums.Months, "the demo's month aggregates differ from its log");
    }

    [DbFact]
    public async Task Every_commitment_metric_of_the_demo_exists_and_a_changed_commitment_adds_its_new_metric()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        db.OrganizationScope = await new DemoOrganization(db, Seeded.Clock).SeedIfEmptyAsync();
        var commitments = await db.Set<ActivityCommitment>().AsNoTracking().ToListAsync();
        var webinars = commitments.Single(c => c.Metric == "webinars");
        var planId = await db.Plans.Where(p => p.Name.EndsWith(" Sales Plan")).Select(p => p.Id).SingleAsync();

        var before = (await ActivityDirectory.LoadAsync(db)).FindMetric;
        await new CommitmentCommands(db, Seeded.Clock).UpdateAsync(planId, webinars.Id, new CommitmentRequest
        {
            Metric = "Customer_Webinars",
            Unit = "count",
            Target = 1,
            Per = CommitmentPer.Month,
            Assignees = AssigneeMode.Owner,
        });
        var after = await ActivityDirectory.LoadAsync(db);

        Assert.All(commitments, c => Assert.NotNull(before(c.Metric)));
        Assert.NotNull(after.FindMetric("customer_webinars"));
    }
}
