using Gameplan.Core.PlanFiles;
using Gameplan.Core.Templates;

namespace Gameplan.Core.Tests.Templates;

/// <summary>A plan file made into a template's text: its period, owner, team and parent placeholders, its dates counted from the period.</summary>
public sealed class PlanAsTemplateTests
{
    private static readonly DateOnly Today = new(2027, 10, 1);

    // dana's team plan for 2027: a goal due at the end of March, a tactic from the 15th of January, measured,
    // acknowledged, its review held; omar is named beside her.
    private const string Plan = """
        version: 1
        plan:
          name: East 2027
          scope: team
          team: "R&D: East"
          owner: dana
          parent: { plan: Org 2027, strategy: s2 }
          period: { start: 2027-01-01, end: 2027-12-31 }
          drafted: 2026-09-20
          mission: Help regional clinics get paid faster, from 2027-01-01 on.
          goals:
            - id: g1
              title: Win 40 clinics
              metric: clinics
              unit: count
              baseline: 0
              target: 40
              due: 2027-12-31
              dri: dana
              measurements:
                - { date: 2027-02-01, value: 3 }
              contributes_to: { goal: g1, amount: 40 }
            - id: g2
              title: A pipeline of 100 clinics
              metric: pipeline
              unit: count
              baseline: 0
              target: 100
              due: 2027-03-31
              dri: omar
          strategies:
            - id: s1
              statement: Win clinics with two sites or more.
              dri: dana
              goals: [g1, g2]
              tactics:
                - id: t1
                  action: Call ten clinics a day.
                  owner: dana
                  authors: [dana, omar]
                  start: 2027-01-15
                  due: 2027-06-30
                  status: done
                  activities:
                    - { metric: calls, unit: count, target: 10, per: day, assignees: [dana, omar], acknowledged_by: [{ handle: omar, date: 2027-01-05 }] }
                  acknowledged_by: [omar]
        people:
          - { handle: dana, name: Dana Reyes, role: manager, team: "R&D: East" }
        reviews:
          - { kind: tactical, date: 2027-01-08, held: true, notes: Went well. }
          - { kind: one_on_one, date: 2031-05-01, person: omar }
        """;

    [Fact]
    public void The_period_owner_team_and_parent_become_placeholders_and_what_the_period_lived_is_left_out()
    {
        var text = PlanAsTemplate.Text(PlanFileReader.Read(Plan).Plan!);

        Assert.Contains("  team: {{team}}\n", text, StringComparison.Ordinal);
        Assert.Contains("  owner: {{person}}\n", text, StringComparison.Ordinal);
        Assert.Contains("  parent: {{parent}}\n", text, StringComparison.Ordinal);
        Assert.Contains("  period: { start: {{period.start}}, end: {{period.end}} }\n", text, StringComparison.Ordinal);
        Assert.Contains("  drafted: {{drafted}}\n", text, StringComparison.Ordinal);
        Assert.Contains("      due: {{month+3}}\n", text, StringComparison.Ordinal);
        Assert.Contains("          start: {{start+14}}\n", text, StringComparison.Ordinal);
        Assert.Contains("          authors: [{{person}}, omar]\n", text, StringComparison.Ordinal);
        Assert.Contains("assignees: [{{person}}, omar] }", text, StringComparison.Ordinal);
        Assert.Contains("- { kind: one_on_one, date: {{period.end}}, person: omar }", text, StringComparison.Ordinal);
        // The plan's own words keep their dates; its contribution to the parent's goal stays.
        Assert.Contains("from 2027-01-01 on.", text, StringComparison.Ordinal);
        Assert.Contains("contributes_to: { goal: g1, amount: 40 }", text, StringComparison.Ordinal);
        foreach (var gone in new[] { "dana", "measurements", "acknowledged_by", "held", "Went well", "status", "people:", "Org 2027" })
        {
            Assert.DoesNotContain(gone, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Filled_for_another_person_team_period_and_parent_it_reads_as_the_same_plan_in_the_new_period()
    {
        var template = new PlanTemplate("east", "East", "", "team", ["manager"], PlanAsTemplate.Text(PlanFileReader.Read(Plan).Plan!));
        var values = new TemplateValues { Person = "ben", Team = "West", Start = new(2028, 4, 1), End = new(2029, 3, 31), ParentPlan = "Org 2028", ParentStrategy = "s1" };

        var read = PlanFileReader.Read(PlanTemplates.Fill(template, values, Today));

        Assert.Empty(read.Problems);
        var plan = read.Plan!.Plan;
        Assert.Equal(("ben", "West", new PlanFileParent("Org 2028", "s1")), (plan.Owner, plan.Team, plan.Parent));
        Assert.Equal((new PlanFilePeriod(new(2028, 4, 1), new(2029, 3, 31)), (DateOnly?)Today), (plan.Period, plan.Drafted));
        Assert.Equal([new DateOnly(2029, 3, 31), new DateOnly(2028, 6, 30)], plan.Goals.Select(g => g.Due!.Value));
        Assert.Equal(["ben", "omar"], plan.Goals.SelectMany(g => g.Dri));
        var tactic = Assert.Single(Assert.Single(plan.Strategies).Tactics);
        Assert.Equal(("ben", new DateOnly(2028, 4, 15), new DateOnly(2028, 9, 30)), (tactic.Owner, tactic.Start!.Value, tactic.Due!.Value));
        Assert.Equal(["ben", "omar"], tactic.Authors);
        Assert.Equal(["ben", "omar"], Assert.Single(tactic.Activities).Assignees!.Handles);
    }

    [Theory]
    [InlineData("2027-01-01", "{{period.start}}")]
    [InlineData("2026-12-01", "{{period.start}}")]
    [InlineData("2027-12-31", "{{period.end}}")]
    [InlineData("2028-02-01", "{{period.end}}")]
    [InlineData("2027-01-31", "{{month+1}}")]
    [InlineData("2027-02-28", "{{month+2}}")]
    [InlineData("2027-01-02", "{{start+1}}")]
    [InlineData("2027-11-30", "{{month+11}}")]
    [InlineData("2027-11-29", "{{start+332}}")]
    public void A_day_is_counted_from_the_period_s_start_preferring_a_month_s_last_day(string day, string placeholder) =>
        Assert.Equal(placeholder, PlanAsTemplate.Relative(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), new(2027, 1, 1), new(2027, 12, 31)));

    [Fact]
    public void In_a_plan_of_several_years_a_day_past_the_placeholders_reach_is_the_last_day_of_its_month()
    {
        var placeholder = PlanAsTemplate.Relative(new DateOnly(2030, 5, 17), new(2027, 1, 1), new(2030, 12, 31));

        Assert.Equal("{{month+41}}", placeholder);
    }
}
