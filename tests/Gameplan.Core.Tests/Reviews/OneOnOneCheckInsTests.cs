using Gameplan.Core.Demo;
using Gameplan.Core.Plans;
using Gameplan.Core.Reviews;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Reviews;

namespace Gameplan.Core.Tests.Reviews;

public sealed class OneOnOneCheckInsTests
{
    [DbFact]
    public async Task A_one_on_one_shows_the_coached_persons_recent_check_ins_after_their_commitments_newest_first()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        db.OrganizationScope = await new DemoOrganization(db, Seeded.Clock).SeedIfEmptyAsync();
        var plans = new PlanQueries(db);
        var plan = await plans.GetAsync((await plans.ListAsync()).Single(p => p.Name.EndsWith(" Sales Plan", StringComparison.Ordinal)).Id);
        var oneOnOne = plan.Reviews.Single(r => r.Kind == ReviewKind.OneOnOne);

        var agenda = await new ReviewAgendaQueries(db, Seeded.Clock).GetAsync(plan.Id, oneOnOne.Id, await Seeded.ActorAsync(db, "omar"));

        var keys = agenda.Agenda.Sections.Select(s => s.Key).ToList();
        Assert.Equal(keys.IndexOf(AgendaSections.Commitments) + 1, keys.IndexOf(AgendaSections.CheckIns));
        var checkIns = agenda.Agenda.Section(AgendaSections.CheckIns)!;
        Assert.InRange(checkIns.Lines.Count, 2, CheckInsSection.Shown);
        // Today is Sunday 22 November 2026: Nia's last check-in was due on Friday the 20th.
        Assert.StartsWith("Week to 2026-11-20: ", checkIns.Lines[0].Label, StringComparison.Ordinal);
        Assert.StartsWith("Week to 2026-11-13: ", checkIns.Lines[1].Label, StringComparison.Ordinal);
        Assert.Contains(checkIns.Lines[0].Notes!, n => n.StartsWith("prospecting_minutes: ", StringComparison.Ordinal));
    }
}
