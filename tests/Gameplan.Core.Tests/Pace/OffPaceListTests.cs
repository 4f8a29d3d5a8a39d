using Gameplan.Core.Activities;
using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Core.Pace;
using Gameplan.Core.Plans;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain;
using Gameplan.Domain.Access;
using Gameplan.Domain.Pace;
using Gameplan.Domain.People;

namespace Gameplan.Core.Tests.Pace;

/// <summary>The off-pace list's scope in time, its filter, order and pages, and the organisation's thresholds it follows.</summary>
public sealed class OffPaceListTests
{
    private static readonly DateOnly March = new(2027, 3, 1);

    [DbFact]
    public async Task A_tactic_that_ended_before_today_is_not_listed()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await PaceArrangement.CreateAsync(db);

        // t1 ran to 31 March; t2 runs to 30 June.
        var list = await OffPace(db).ListOffPaceAsync(Admin, new OffPaceFilter(), new DateOnly(2027, 4, 5));

        Assert.NotEmpty(list.Lines);
        Assert.All(list.Lines, l => Assert.Equal("t2", l.Tactic));
    }

    [DbFact]
    public async Task The_list_narrows_to_a_person_a_metric_or_a_plan_and_offers_only_what_is_in_scope()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var arranged = await PaceArrangement.CreateAsync(db);
        var queries = OffPace(db);

        var ben = await queries.ListOffPaceAsync(Admin, new OffPaceFilter(Person: "BEN"), March);
        var calls = await queries.ListOffPaceAsync(Admin, new OffPaceFilter(Metric: "calls"), March);
        var plan = await queries.ListOffPaceAsync(Admin, new OffPaceFilter(PlanId: arranged.PlanId), March);
        var nothing = await queries.ListOffPaceAsync(Admin, new OffPaceFilter(PlanId: arranged.PlanId + 100), March);

        Assert.Equal(["ben t2 demos", "ben t1 calls"], ben.Lines.Select(l => $"{l.Person} {l.Tactic} {l.Metric}"));
        Assert.Equal(["dana", "ben"], calls.Lines.Select(l => l.Person));
        Assert.Equal(4, plan.Total);
        Assert.Equal((0, 1), (nothing.Total, nothing.PageCount));
        // The choices come from the whole scope, whatever the filter.
        Assert.Equal(["ana", "ben", "dana"], ben.Options.People.Select(p => p.Handle).Order());
        Assert.Equal(["calls", "demos"], ben.Options.Metrics);
        Assert.Equal([arranged.PlanId], ben.Options.Plans.Select(p => p.Id));
        Assert.All(ben.Lines, l => Assert.Equal("East", l.Team));
    }

    [DbFact]
    public async Task The_list_sorts_by_a_column_either_way_and_by_how_far_off_by_default()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await PaceArrangement.CreateAsync(db);
        var queries = OffPace(db);

        var worst = await queries.ListOffPaceAsync(Admin, new OffPaceFilter(), March);
        var best = await queries.ListOffPaceAsync(Admin, new OffPaceFilter(Descending: true), March);
        var byMetric = await queries.ListOffPaceAsync(Admin, new OffPaceFilter(Sort: OffPaceSort.Metric, Descending: true), March);
        var byPerson = await queries.ListOffPaceAsync(Admin, new OffPaceFilter(Sort: OffPaceSort.Person), March);

        Assert.Equal(worst.Lines.Select(l => l.Attainment).Order(), worst.Lines.Select(l => l.Attainment));
        Assert.Equal(worst.Lines.Select(l => l.Attainment).OrderDescending(), best.Lines.Select(l => l.Attainment));
        Assert.Equal(["demos", "demos", "calls", "calls"], byMetric.Lines.Select(l => l.Metric));
        Assert.Equal(byPerson.Lines.Select(l => l.Name).Order(StringComparer.CurrentCultureIgnoreCase), byPerson.Lines.Select(l => l.Name));
        Assert.Equal(OffPaceSort.Plan, OffPaceFilter.ParseSort("PLAN"));
        Assert.Equal(OffPaceSort.Pace, OffPaceFilter.ParseSort("3"));
        Assert.Equal(OffPaceSort.Pace, OffPaceFilter.ParseSort("<script>"));
    }

    [DbFact]
    public async Task The_list_comes_in_pages_and_a_page_past_the_end_is_the_last()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await PaceArrangement.CreateAsync(db);
        var queries = OffPace(db);

        var all = await queries.ListOffPaceAsync(Admin, new OffPaceFilter(), March);
        var first = await queries.ListOffPaceAsync(Admin, new OffPaceFilter(PageSize: 3), March);
        var second = await queries.ListOffPaceAsync(Admin, new OffPaceFilter(Page: 2, PageSize: 3), March);
        var past = await queries.ListOffPaceAsync(Admin, new OffPaceFilter(Page: 99, PageSize: 3), March);

        Assert.Equal((4, 1, 1), (all.Total, all.Page, all.PageCount));
        Assert.Equal((3, 4, 2), (first.Lines.Count, first.Total, first.PageCount));
        Assert.Equal(all.Lines.Skip(3).Select(l => (l.Person, l.Tactic, l.Metric)), second.Lines.Select(l => (l.Person, l.Tactic, l.Metric)));
        Assert.Equal((2, 1), (past.Page, past.Lines.Count));
    }

    [DbFact]
    public async Task The_organisations_thresholds_decide_who_is_listed_and_are_kept()
    {
        await using var database = await TestDatabase.CreateAsync();
        int organization;
        await using (var db = await database.MigratedAsync())
        {
            await PaceArrangement.CreateAsync(db);
            organization = db.RequireOrganization();
            var before = await OffPace(db).ListOffPaceAsync(Admin, new OffPaceFilter(Person: "ben", Metric: "calls"), March);
            Assert.Equal(PaceStatus.OffTrack, Assert.Single(before.Lines).Status);

            // Ben's calls are at 40%: at risk from 30%, and on track from 40%.
            await new OrganizationCommands(db).ChangeSettingsAsync(new OrganizationSettingsInput { OnTrackPercent = 90, AtRiskPercent = 30 });
            var atRisk = Assert.Single((await OffPace(db).ListOffPaceAsync(Admin, new OffPaceFilter(Person: "ben", Metric: "calls"), March)).Lines);
            Assert.Equal(PaceStatus.AtRisk, atRisk.Status);
            Assert.StartsWith("slightly behind: 40%", atRisk.Reasons.Single(r => r.Contains("40%", StringComparison.Ordinal)), StringComparison.Ordinal);

            await new OrganizationCommands(db).ChangeSettingsAsync(new OrganizationSettingsInput { OnTrackPercent = 40, AtRiskPercent = 10 });
            Assert.Empty((await OffPace(db).ListOffPaceAsync(Admin, new OffPaceFilter(Person: "ben", Metric: "calls"), March)).Lines);
        }

        await using var fresh = database.Open(organization);
        var read = await new OrganizationQueries(fresh).GetSettingsAsync();
        Assert.Equal((40, 10), (read.OnTrackPercent!.Value, read.AtRiskPercent!.Value));
        Assert.Equal(new PaceThresholds(40, 10), await new OrganizationQueries(fresh).GetPaceThresholdsAsync());
    }

    [DbFact]
    public async Task An_at_risk_threshold_not_below_on_track_is_refused_naming_it_and_nothing_changes()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var commands = new OrganizationCommands(db);

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => commands.ChangeSettingsAsync(new OrganizationSettingsInput { AtRiskPercent = 100 }));
        var range = await Assert.ThrowsAsync<DomainRuleException>(() => commands.ChangeSettingsAsync(new OrganizationSettingsInput { OnTrackPercent = 250 }));

        Assert.Equal(("at_risk_percent", "on_track_percent"), (error.Field, range.Field));
        db.ChangeTracker.Clear();
        Assert.Equal(PaceThresholds.Default, await new OrganizationQueries(db).GetPaceThresholdsAsync());
    }

    private static Actor Admin { get; } = new(null, PersonRole.Admin, [], new HashSet<int>());

    private static OffPaceQueries OffPace(GameplanDbContext db) =>
        new(db, new PlanQueries(db), new ActivityQueries(db), Seeded.Clock);
}
