using Gameplan.Domain.Critique;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Reviews;
using Gameplan.Domain.Tests.Pace;
using Gameplan.Domain.Versions;

namespace Gameplan.Domain.Tests.Reviews;

/// <summary>The agenda a review prepares, on the pace plan: eva owes 10 calls a working day on t1 from Mon 4 January 2027.</summary>
public sealed class AgendaTests
{
    private static readonly DateOnly Since = new(2027, 1, 6);

    /// <summary>10 calls a day on the first three working days, then <paramref name="perDayAfter"/> a day up to the sixth.</summary>
    private static ActivityFacts Log(decimal perDayAfter) => new(
    [
        PacePlan.Logged("2027-01-04", "eva", 10), PacePlan.Logged("2027-01-05", "eva", 10), PacePlan.Logged("2027-01-06", "eva", 10),
        .. new[] { "2027-01-07", "2027-01-08", "2027-01-11" }.Where(_ => perDayAfter > 0).Select(d => PacePlan.Logged(d, "eva", perDayAfter)),
    ]);

    [Theory]
    // Since the previous review 30 calls were due; done 30, 24 or 0.
    [InlineData(10, 30, AgendaTone.Good, false)]
    [InlineData(8, 24, AgendaTone.Warning, true)]
    [InlineData(0, 0, AgendaTone.Bad, true)]
    public void A_tactical_agenda_shows_each_tactics_pace_since_the_previous_review_and_the_off_pace_commitments(decimal perDay, decimal doneSince, AgendaTone tone, bool offPace)
    {
        var agenda = TacticalAgenda.Build(PacePlan.Build(), Log(perDay), [], PacePlan.SixthDay, Since, []);

        var pace = Assert.Single(agenda.Section(AgendaSections.Pace)!.Lines);
        Assert.Equal(("strategies[s1].tactics[t1]", doneSince, 30m, tone), (pace.Path, pace.Value, pace.Target, tone));
        Assert.Equal(tone, pace.Tone);
        var off = agenda.Section(AgendaSections.OffPace)!.Lines;
        Assert.Equal(offPace, off.Count == 1);
        if (offPace)
        {
            Assert.Equal("eva", off[0].Person);
            Assert.Contains(off[0].Notes!, n => n.Contains("due so far", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Without_a_previous_review_the_pace_is_counted_from_the_tactics_start()
    {
        var agenda = TacticalAgenda.Build(PacePlan.Build(), Log(0), [], PacePlan.SixthDay, null, null);

        var pace = Assert.Single(agenda.Section(AgendaSections.Pace)!.Lines);
        Assert.Equal((30m, 60m), (pace.Value, pace.Target));
    }

    [Fact]
    public void A_commitment_with_nothing_logged_for_a_week_says_so()
    {
        var agenda = TacticalAgenda.Build(PacePlan.Build(), Log(0), [], new DateOnly(2027, 1, 14), Since, []);

        var line = Assert.Single(agenda.Section(AgendaSections.OffPace)!.Lines);
        Assert.Contains("no activity for 8 days (last on 6 Jan 2027)", line.Notes!);
    }

    [Theory]
    [InlineData(null, 2)]
    [InlineData(new[] { "GP502 strategies[s1].tactics[t1]" }, 1)]
    [InlineData(new[] { "GP502 strategies[s1].tactics[t1]", "GP203 strategies[s1]" }, 0)]
    public void Findings_are_new_when_the_previous_held_review_did_not_show_their_rule_and_path(string[]? previous, int fresh)
    {
        Finding[] findings =
        [
            new("GP502", FindingSeverity.Warning, "strategies[s1].tactics[t1]", "Tactic t1 has had no activity.", "Log it."),
            new("GP203", FindingSeverity.Error, "strategies[s1]", "No DRI.", "Name one."),
        ];

        var agenda = TacticalAgenda.Build(PacePlan.Build(), Log(10), findings, PacePlan.SixthDay, Since, previous);

        Assert.Equal(fresh, agenda.Section(AgendaSections.NewFindings)!.Lines.Count);
        Assert.Equal(["GP502 strategies[s1].tactics[t1]", "GP203 strategies[s1]"], agenda.FindingKeys);
        Assert.Single(agenda.Section(AgendaSections.IdleTactics)!.Lines);
    }

    [Fact]
    public void A_one_on_one_agenda_has_the_persons_commitments_the_previous_notes_and_the_plan_changes_and_room_for_check_ins()
    {
        PlanChange[] changes = [new("strategies[s1].tactics[t2]", PlanChangeKind.Added, [])];

        var agenda = OneOnOneAgenda.Build("eva", [PacePlan.Build()], Log(0), PacePlan.SixthDay, (Since, "Try calling before 10."), changes);
        var withCheckIns = agenda.With(new AgendaSection(AgendaSections.CheckIns, "Recent check-ins", "None.", []), after: AgendaSections.Commitments);

        Assert.Equal(AgendaTone.Bad, Assert.Single(agenda.Section(AgendaSections.Commitments)!.Lines).Tone);
        Assert.Equal("Try calling before 10.", Assert.Single(agenda.Section(AgendaSections.PreviousNotes)!.Lines).Label);
        Assert.Equal("added: strategies[s1].tactics[t2]", Assert.Single(agenda.Section(AgendaSections.PlanChanges)!.Lines).Label);
        Assert.Equal([AgendaSections.Commitments, AgendaSections.CheckIns, AgendaSections.PreviousNotes, AgendaSections.PlanChanges], withCheckIns.Sections.Select(s => s.Key));
        Assert.Empty(OneOnOneAgenda.Build("max", [PacePlan.Build()], Log(0), PacePlan.SixthDay, null, null).Section(AgendaSections.Commitments)!.Lines);
    }

    [Theory]
    // Progress of the one goal now 0.5; previous snapshot 0.4 (better), 0.5 (same), 0.6 (worse), none.
    [InlineData(0.4, AgendaTone.Good)]
    [InlineData(0.5, AgendaTone.Neutral)]
    [InlineData(0.6, AgendaTone.Bad)]
    [InlineData(null, AgendaTone.Neutral)]
    public void A_strategic_agenda_compares_goal_progress_and_risks_with_the_previous_snapshot(double? then, AgendaTone tone)
    {
        var plan = PacePlan.Build() with
        {
            Goals = [new GoalDocument { Id = "g1", Title = "Revenue", Target = 100, Baseline = 0 }],
            Strategies = [.. PacePlan.Build().Strategies, new StrategyDocument { Id = "s2", Statement = "Win hospitals." }],
        };
        var pace = new Domain.Pace.PaceReport("East", PacePlan.SixthDay, [],
            [new Domain.Pace.PaceGoalLine("g1", 0.5m, "50 of 100", 0.5m, 50, 0, 100, null, null, Domain.Progress.GoalValueSource.Measurement, null)],
            new Domain.Pace.PaceProgressLine(0.5m, Domain.Progress.RollupMethod.Average, "avg"), []);
        var critique = new CritiqueReport("East", [], [new RiskScore("focus", 40, [])], new CritiqueSummary(0, 0, 0));
        var previous = then is { } t ? new Dictionary<string, decimal> { ["goals[g1]"] = (decimal)t, ["risk:focus"] = 20 } : null;

        var agenda = StrategicAgenda.Build(plan, pace, critique, [], [], PacePlan.SixthDay, Since, previous);

        var goal = agenda.Section(AgendaSections.Goals)!.Lines[0];
        Assert.Equal((0.5m, then is null ? null : (decimal?)then, tone), (goal.Value, goal.Previous, goal.Tone));
        Assert.Equal(0.5m, agenda.Figures["goals[g1]"]);
        Assert.Equal(40m, agenda.Figures["risk:focus"]);
        Assert.Equal(then is null ? null : 20m, Assert.Single(agenda.Section(AgendaSections.Risks)!.Lines).Previous);
        Assert.Equal("strategies[s2]", Assert.Single(agenda.Section(AgendaSections.Dreams)!.Lines).Path);
    }

    [Fact]
    public void A_strategy_carried_out_by_a_child_plan_is_no_dream()
    {
        var plan = PacePlan.Build() with { Strategies = [new StrategyDocument { Id = "s2", Statement = "Win hospitals." }] };
        var child = new PlanDocument { Name = "Hospitals", Parent = new ParentDocument { Plan = "East pace", Strategy = "s2" } };
        var pace = new Domain.Pace.PaceReport("East", PacePlan.SixthDay, [], [], new Domain.Pace.PaceProgressLine(null, Domain.Progress.RollupMethod.Average, ""), []);

        var agenda = StrategicAgenda.Build(plan, pace, new CritiqueReport("East", [], [], new CritiqueSummary(0, 0, 0)), [child], [], PacePlan.SixthDay, null, null);

        Assert.Empty(agenda.Section(AgendaSections.Dreams)!.Lines);
        Assert.Equal(ReviewKind.Strategic, agenda.Kind);
    }
}
