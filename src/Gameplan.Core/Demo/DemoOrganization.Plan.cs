using Gameplan.Domain.People;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Demo;

// The demo's strategic plan, written from the worked examples of the planning practice.
public sealed partial class DemoOrganization
{
    /// <summary>Finance's ARR at two check-ins and the ramp time of the last hires, all before today (the period starts 42 to 72 days earlier).</summary>
    private static IEnumerable<GoalMeasurement> Measurements(int org, StrategicPlan plan, DateOnly today, DateTimeOffset now)
    {
        var start = PeriodStart(today);
        int Goal(string key) => plan.Goals.Single(g => g.Key == key).Id;
        const string Rosa = "rosa (Rosa Delgado)";
        yield return new GoalMeasurement(org, Goal("g1"), start.AddDays(27), 9_720_000, "Finance's month-end ARR.", MeasurementSource.Entered, Rosa, now, today);
        yield return new GoalMeasurement(org, Goal("g1"), start.AddDays(41), 9_860_000, "Finance's month-end ARR.", MeasurementSource.Entered, Rosa, now, today);
        yield return new GoalMeasurement(org, Goal("g3"), start.AddDays(30), 6.5m, "Average months to full quota of last quarter's hires.", MeasurementSource.Entered, Rosa, now, today);
    }

    private static StrategicPlan BuildPlan(int org, IReadOnlyDictionary<string, Person> people, DateOnly today, DateTimeOffset now)
    {
        var start = PeriodStart(today);
        var end = start.AddYears(1).AddDays(-1);
        var q1End = start.AddMonths(3).AddDays(-1);
        var drafted = start.AddDays(-100);
        int Id(string handle) => people[handle].Id;
        int[] reps = [Id("lena"), Id("mateo"), Id("nia"), Id("ravi"), Id("sofia"), Id("jonas")];

        var plan = new StrategicPlan(org, new PlanHeader(
            $"FY{end.Year} Sales Plan",
            PlanScope.Organization,
            null,
            Id("rosa"),
            start,
            end,
            drafted,
            "Give independent clinics back the hours they lose to billing paperwork, so they can spend them with patients.",
            "310 clinic customers, 70% of them won through referrals; outbound pipeline covers only 1.4x next quarter's quota; new reps need seven months to reach full quota.",
            "450 clinic customers by year end, half of new business sourced by our own outbound, and new reps productive within four months.",
            "Independent and multi-site outpatient clinics with 5 to 80 practitioners in North America, run by a practice manager who also owns billing.",
            "Fewer denied insurance claims, a go-live within two weeks, and support that answers the same day.",
            "Grow recurring revenue from $9.5M to $13M while keeping logo churn under 6%."), now);

        plan.AddGoal(new GoalFields("g1", "Grow annual recurring revenue to $13M", "arr", "currency:USD", 9_500_000, 13_000_000, end, Id("rosa"), Weight: 3), now);
        plan.AddGoal(new GoalFields("g2", "Win 140 new clinic customers", "new_customers", "count", 0, 140, end, Id("omar"), Weight: 2), now);
        plan.AddGoal(new GoalFields("g3", "Bring new reps to full quota within four months", "ramp_months", "months", 7, 4, end, Id("grace")), now);

        var outbound = plan.AddStrategy(new StrategyFields("s1",
            "Build our own outbound pipeline in multi-site clinics instead of waiting for referrals.", Id("omar"), ["g1", "g2"]), now);
        var prospecting = plan.AddTactic(outbound, new TacticFields("t1", "Prospect multi-site clinics for one hour every working day.",
            TacticOwner.Person(Id("omar")), [Id("lena"), Id("mateo")], start.AddDays(3), q1End, ["Sales Navigator seats"]), now);
        var minutes = plan.AddCommitment(prospecting, new CommitmentFields("prospecting_minutes", "minutes", 60, CommitmentPer.Day,
            AssigneeMode.Named, [Id("lena"), Id("mateo"), Id("nia")]), now);
        plan.Acknowledge(minutes, Id("lena"), drafted.AddDays(20), now);
        plan.Acknowledge(minutes, Id("mateo"), drafted.AddDays(21), now);
        var linkedIn = plan.AddTactic(outbound, new TacticFields("t2", "Join five LinkedIn groups where practice managers gather and post in them every week.",
            TacticOwner.Person(Id("nia")), [Id("nia")], start.AddDays(3), q1End, []), now);
        plan.AddCommitment(linkedIn, new CommitmentFields("linkedin_posts", "count", 2, CommitmentPer.Week, AssigneeMode.Owner, []), now);
        plan.AddTactic(outbound, new TacticFields("t3", "Exhibit at the regional medical group management conference.",
            TacticOwner.Person(Id("omar")), [Id("omar")], start.AddMonths(2), start.AddMonths(3).AddDays(-1), ["Conference budget of $4,000", "Booth kit"], 16), now);
        var webinar = plan.AddTactic(outbound, new TacticFields("t4", "Host a monthly webinar on cutting claim denials for customers and prospects.",
            TacticOwner.Person(Id("lena")), [Id("lena")], start.AddDays(14), start.AddMonths(6).AddDays(-1), ["Webinar platform", "Marketing co-host"], 6), now);
        plan.AddCommitment(webinar, new CommitmentFields("webinars", "count", 1, CommitmentPer.Month, AssigneeMode.Owner, []), now);

        var closing = plan.AddStrategy(new StrategyFields("s2",
            "Close more multi-site deals by selling on measured claim-denial savings rather than on features.", Id("grace"), ["g1", "g2"]), now);
        var training = plan.AddTactic(closing, new TacticFields("t5", "Give every rep hands-on training on the denial-savings calculator.",
            TacticOwner.Person(Id("grace")), [Id("grace"), Id("ravi")], start.AddDays(3), start.AddMonths(1).AddDays(-1), ["Sandbox environment with sample claims"]), now);
        plan.AddCommitment(training, new CommitmentFields("training_hours", "hours", 2, CommitmentPer.Week, AssigneeMode.Named, reps), now);
        var demos = plan.AddTactic(closing, new TacticFields("t6", "Each rep books at least three demos with multi-site clinics every month.",
            TacticOwner.Person(Id("grace")), [Id("sofia"), Id("jonas"), Id("grace")], start.AddDays(3), q1End, ["Demo environment"]), now);
        var booked = plan.AddCommitment(demos, new CommitmentFields("demos_booked", "count", 3, CommitmentPer.Month, AssigneeMode.Named, reps), now);
        foreach (var rep in reps.Take(4))
        {
            plan.Acknowledge(booked, rep, drafted.AddDays(25), now);
        }
        plan.AddTactic(closing, new TacticFields("t7", "Pay a monthly bonus to the rep who closes the most deals.",
            TacticOwner.Person(Id("rosa")), [Id("rosa")], start, q1End, ["Incentive budget of $2,000 a month"]), now);

        var hiring = plan.AddStrategy(new StrategyFields("s3",
            "Hire and ramp reps through one repeatable evaluation and onboarding process.", Id("grace"), ["g3"]), now);
        plan.AddTactic(hiring, new TacticFields("t8", "Write the hiring profile and a standard interview scorecard, and train every interviewer on them.",
            TacticOwner.Person(Id("grace")), [Id("grace"), Id("omar")], start, start.AddDays(30), [], 12), now);
        var fairs = plan.AddTactic(hiring, new TacticFields("t9", "Recruit at career fairs of 15 local universities.",
            TacticOwner.Person(Id("ravi")), [Id("ravi")], start.AddDays(14), q1End, ["Recruiting budget", "Printed job profiles"]), now);
        plan.AddCommitment(fairs, new CommitmentFields("career_fairs", "count", 15, CommitmentPer.Period, AssigneeMode.Owner, []), now);

        var alignment = plan.AddStrategy(new StrategyFields("s4",
            "Align sales and marketing on one shared definition of a sales-qualified lead.", Id("rosa"), ["g2"]), now);
        plan.AddTactic(alignment, new TacticFields("t10", "Agree the sales-qualified lead definition with marketing and publish it in the CRM.",
            TacticOwner.Person(Id("omar")), [Id("omar"), Id("mateo")], start, start.AddDays(45), ["CRM admin time"], 8), now);
        var retros = plan.AddTactic(alignment, new TacticFields("t11", "Hold a joint sales and marketing retrospective within a week of every campaign.",
            TacticOwner.Person(Id("rosa")), [Id("rosa")], start, q1End, []), now);
        plan.AddCommitment(retros, new CommitmentFields("retrospectives", "count", 1, CommitmentPer.Month, AssigneeMode.Owner, []), now);

        plan.AddReview(new ReviewFields(ReviewKind.Strategic, start.AddDays(-14), true,
            "Draft reviewed with both managers; reps asked for a hiring strategy, added as s3."), now);
        plan.AddReview(new ReviewFields(ReviewKind.Tactical, today.AddDays(-6), true,
            "Prospecting on pace in Mid-Market; demos behind in Enterprise, Jonas to pair with Sofia."), now);
        plan.AddReview(new ReviewFields(ReviewKind.Tactical, today.AddDays(8), false, null), now);
        plan.AddReview(new ReviewFields(ReviewKind.Strategic, q1End, false, null), now);
        plan.AddReview(new ReviewFields(ReviewKind.OneOnOne, today.AddDays(2), false, "First coaching session on prospecting habits.", Id("nia")), now);
        plan.Submit(now);
        plan.Approve(now);
        return plan;
    }
}
