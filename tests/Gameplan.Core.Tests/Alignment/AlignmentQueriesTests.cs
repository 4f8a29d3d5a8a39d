using Gameplan.Core.Alignment;
using Gameplan.Core.PlanFiles;
using Gameplan.Core.Tests.Pace;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain.Pace;

namespace Gameplan.Core.Tests.Alignment;

public sealed class AlignmentQueriesTests
{
    // Team East's first quarter (PaceArrangement): ana makes her 10 calls a day but books 2 demos a week; ben makes 4 calls, dana none.
    private const string Plan = """
        version: 1
        plan:
          name: East alignment test
          scope: team
          team: East
          owner: dana
          period: { start: 2027-01-01, end: 2027-12-31 }
          goals:
            - { id: g1, title: Book 150 demos, metric: demos, unit: count, baseline: 0, target: 150, due: 2027-12-31, dri: dana }
          strategies:
            - id: s1
              statement: Win multi-site clinics through value-based selling.
              dri: dana
              goals: [g1]
              tactics:
                - id: t1
                  action: Call clinics every working day and book demos.
                  owner: ana
                  start: 2027-01-04
                  due: 2027-03-31
                  activities:
                    - { metric: calls, unit: count, target: 10, per: day, assignees: [ana] }
                    - { metric: demos, unit: count, target: 3, per: week, assignees: [ana] }
                - id: t2
                  action: Call every clinic of the region once a quarter.
                  owner: dana
                  start: 2027-01-04
                  due: 2027-03-31
                  activities:
                    - { metric: calls, unit: count, target: 10, per: day, assignees: team }

        """;

    [DbFact]
    public async Task Each_commitment_in_the_tree_shows_the_weakest_pace_of_its_own_people_on_its_own_tactic_and_metric()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await PaceArrangement.CreateAsync(db);
        var planId = (await new PlanFileImporter(db, Seeded.Clock).ImportAsync(PlanFileReader.Read(Plan).Plan!)).PlanId;
        var today = new FixedClock(new DateTimeOffset(2027, 2, 10, 12, 0, 0, TimeSpan.Zero));

        var tree = await new AlignmentQueries(db, today).TreeAsync(null, planId);

        var tactics = Flatten(Assert.Single(tree)).Where(n => n.Kind == "tactic").ToDictionary(n => n.Key!);
        var pace = tactics.Values.SelectMany(t => t.Children.Select(c => $"{t.Key} {c.Title}: {c.Pace}")).ToList();
        // ana is on track on her calls and off track on her demos under the same tactic; t2's calls bind the
        // whole team (ben and dana are behind), which must not colour ana's calls under t1.
        Assert.Equal(["t1 10 count of calls per day: OnTrack", "t1 3 count of demos per week: OffTrack", "t2 10 count of calls per day: OffTrack"], pace);
        Assert.Equal(PaceStatus.OffTrack, tactics["t1"].Pace);
    }

    private static IEnumerable<AlignmentNode> Flatten(AlignmentNode node) => node.Children.SelectMany(Flatten).Prepend(node);
}
