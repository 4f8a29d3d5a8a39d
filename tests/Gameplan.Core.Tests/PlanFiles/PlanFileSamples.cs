namespace Gameplan.Core.Tests.PlanFiles;

/// <summary>Plan files written for these tests, in the writer's own layout, so a round trip must reproduce them exactly.</summary>
internal static class PlanFileSamples
{
    /// <summary>Every key of the format, the extensions included.</summary>
    public const string Rich = """
        version: 1
        plan:
          name: FY2027 Harbour Dental Plan
          scope: team
          team: Coastal
          owner: mia
          period: { start: 2027-01-01, end: 2027-12-31 }
          drafted: 2026-09-01
          mission: Keep coastal dental practices fully booked.
          background:
            current: 30 practices, most of them found at trade shows.
            desired: 55 practices, a third of them from referrals.
          customer:
            who: Dental practices with 2 to 12 chairs along the coast.
            values: "Fewer no-shows: a full calendar every week."
          desired_results: Grow to 55 practices and keep every one of them.
          goals:
            - id: g1
              title: Serve 55 practices
              metric: practices
              unit: count
              baseline: 30
              target: 55
              due: 2027-12-31
              dri: mia
              direction: increase
              weight: 2
              measurements:
                - { date: 2027-03-31, value: 34 }
                - { date: 2027-06-30, value: 41.5, note: Signed contracts in the CRM. }
            - id: g2
              title: Hold monthly churn at 1.5%
              metric: churn_rate
              unit: percent
              baseline: 1.5
              target: 1.5
              due: 2027-12-31
              dri: raj
          strategies:
            - id: s1
              statement: Win group practices by proving fewer no-shows within a month.
              dri: raj
              goals: [g1, g2]
              tactics:
                - id: t1
                  action: Call ten practices that asked for a trial last year.
                  owner: team
                  authors: [kim, leo]
                  start: 2027-01-04
                  due: 2027-03-26
                  resources: [Trial accounts, "CRM list: lapsed trials"]
                  effort_hours: 6.5
                  status: active
                  activities:
                    - { metric: calls, unit: count, target: 10, per: week, assignees: team }
                    - { metric: demos, unit: count, target: 2, per: month, assignees: [kim, leo] }
                  acknowledged_by: [kim, leo]
                - id: t2
                  action: Write a one-page case study of the Bayview practice.
                  owner: kim
                  authors: [kim]
                  start: 2027-02-01
                  due: 2027-02-26
                  resources: []
                  activities:
                    - { metric: case_study_hours, unit: hours, target: 4, per: period, assignees: owner }
                - id: t3
                  action: Ask every new practice for one referral.
                  owner: leo
                  due: 2027-06-30
                  activities:
                    - { metric: referral_asks, unit: count, target: 1, per: day }
          tactics:
            - id: t9
              action: Redesign the brochure.
              owner: mia
              due: 2027-04-30
        people:
          - { handle: kim, name: Kim Novak, role: rep, team: Coastal, capacity_hours_per_week: 38 }
          - { handle: leo, name: Leo Brandt, role: rep, team: Coastal, capacity_hours_per_week: 40 }
          - { handle: mia, name: Mia Torres, role: manager, team: Coastal, capacity_hours_per_week: 40 }
          - { handle: raj, name: Raj Patel, role: executive }
        reviews:
          - { kind: tactical, date: 2027-01-15, held: true, notes: Calls on track; trial list cleaned. }
          - { kind: one_on_one, date: 2027-01-22, held: true, notes: Coached Kim on demos., person: kim }
          - { kind: strategic, date: 2027-03-31, held: false }
        settings:
          planning_window_days: 120
          max_strategies: 4
          strategic_review_days: 90
          tactical_review_days: 7
          working_days: [mon, tue, wed, thu]
          holidays: [2027-01-01, 2027-12-24]
          rollup: weighted

        """;

    /// <summary>A sound team plan, in the spirit of the format's example.</summary>
    public const string Clinic = """
        version: 1
        plan:
          name: FY2027 Clinic Growth Plan
          scope: team
          team: Mid-Market East
          owner: dana
          period: { start: 2027-01-01, end: 2027-12-31 }
          drafted: 2026-09-20
          mission: Help independent clinics get paid faster.
          background:
            current: 42 clinic customers, most of them from referrals.
            desired: 80 clinic customers, half of the new ones from our own outbound.
          customer:
            who: Independent clinics with 5 to 50 practitioners.
            values: Fewer denied claims and a go-live within one week.
          desired_results: Nearly double the customer base while keeping churn under 5%.
          goals:
            - id: g1
              title: Reach 80 paying clinics
              metric: customers
              unit: count
              baseline: 42
              target: 80
              due: 2027-12-31
              dri: dana
            - id: g2
              title: Keep annual churn under 5%
              metric: churn_rate
              unit: percent
              baseline: 7
              target: 5
              due: 2027-12-31
              dri: sam
          strategies:
            - id: s1
              statement: Win multi-site clinics through value-based selling on claim-denial savings.
              dri: sam
              goals: [g1]
              tactics:
                - id: t1
                  action: Prospect for one hour every working day.
                  owner: team
                  authors: [ana, ben]
                  start: 2027-01-04
                  due: 2027-03-31
                  resources: [Sales Navigator seats]
                  activities:
                    - { metric: prospecting_minutes, unit: minutes, target: 60, per: day, assignees: team }
                  acknowledged_by: [ana, ben]
            - id: s2
              statement: Turn onboarding speed into our retention advantage.
              dri: dana
              goals: [g2]
              tactics:
                - id: t2
                  action: Call every customer whose contract renews in the next 60 days.
                  owner: ben
                  authors: [ben]
                  start: 2027-01-04
                  due: 2027-03-31
                  resources: []
                  activities:
                    - { metric: renewal_calls, unit: count, target: 5, per: week, assignees: owner }
                  acknowledged_by: [ben]
        people:
          - { handle: ana, name: Ana Silva, role: rep, team: Mid-Market East, capacity_hours_per_week: 40 }
          - { handle: ben, name: Ben Okafor, role: rep, team: Mid-Market East, capacity_hours_per_week: 40 }
          - { handle: dana, name: Dana Reyes, role: manager, capacity_hours_per_week: 40 }
          - { handle: sam, name: Sam Ito, role: executive, capacity_hours_per_week: 40 }
        reviews:
          - { kind: tactical, date: 2027-01-15, held: true, notes: Pipeline on track. }
          - { kind: strategic, date: 2027-03-31, held: false }

        """;

    /// <summary>The clinic plan as a team plan under "FY2027 Sales Plan": it carries out strategy s2, and g1 gives 60 to the parent's g1.</summary>
    public static readonly string Child = Clinic
        .Replace("  owner: dana\n", "  owner: dana\n  parent: { plan: FY2027 Sales Plan, strategy: s2 }\n", StringComparison.Ordinal)
        .Replace("      dri: dana\n    - id: g2", "      dri: dana\n      contributes_to: { goal: g1, amount: 60 }\n    - id: g2", StringComparison.Ordinal);

    /// <summary>A loosely written plan: missing targets, owners and dates, a strategy without tactics.</summary>
    public const string Naive = """
        version: 1
        plan:
          name: 2027 Sales Plan
          scope: team
          team: Field Sales
          owner: lee
          period: { start: 2027-01-01, end: 2027-12-31 }
          drafted: 2026-12-15
          mission: Be the best sales team around.
          goals:
            - id: g1
              title: Increase sales by 50% this year
              metric: revenue
              unit: currency:USD
              dri: lee
          strategies:
            - id: s1
              statement: Close more deals each month.
              goals: [g1]
              tactics:
                - id: t1
                  action: Attend an industry networking event.
                  authors: [lee]
                  resources: [Conference budget]
            - id: s2
              statement: Hire 20 sales representatives by the end of Q1.
              dri: lee
              goals: [g1]
        people:
          - { handle: lee, name: Lee Park, role: manager, capacity_hours_per_week: 40 }

        """;
}
