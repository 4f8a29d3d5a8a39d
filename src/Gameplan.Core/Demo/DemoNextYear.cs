using Gameplan.Core.Activities;
using Gameplan.Core.Data;
using Gameplan.Core.Versions;
using Gameplan.Domain;
using Gameplan.Domain.Comments;
using Gameplan.Domain.Cycles;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Teams;
using Gameplan.Domain.Versions;

namespace Gameplan.Core.Demo;

/// <summary>
/// Next fiscal year's planning cycle under way, so a newcomer sees the whole cycle at once: the organisation
/// plan (approved), a team plan under each of its first two strategies (one approved, one in review), and the
/// reps' plans under them in every state the cycle page shows (approved, in review, returned with the manager's
/// reason and the rep's answer, a draft, and one rep with no plan yet), with the versions and comments that
/// drafting together leaves. The goals contribute to the goal above them, so coverage is visibly short
/// ("120 of 180") where the practice would ask the teams for more.
/// </summary>
internal static class DemoNextYear
{
    /// <summary>The suffix of the organisation plan's name; the current year's plan is "FYnnnn Sales Plan".</summary>
    public const string CompanyPlan = "Company Plan";

    public static async Task SeedAsync(GameplanDbContext db, IReadOnlyDictionary<string, Person> people, Team midMarket, Team enterprise,
        PlanningCycle cycle, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var seed = new Seeder(db, people, cycle, today, now);
        var (actor, scope, all) = (db.AuditActor, db.OrganizationScope, db.AllOrganizations);
        // Comments and versions are written as the organisation's own records (and by the people who wrote them).
        db.OrganizationScope = cycle.OrganizationId;
        try
        {
            await seed.RunAsync(midMarket, enterprise, ct);
        }
        finally
        {
            db.AuditActor = actor;
            if (all)
            {
                db.UseAllOrganizations();
            }
            else
            {
                db.OrganizationScope = scope;
            }
        }
    }

    private sealed class Seeder(GameplanDbContext db, IReadOnlyDictionary<string, Person> people, PlanningCycle cycle, DateOnly today, DateTimeOffset now)
    {
        private readonly string _year = cycle.Name.Split(' ')[0];

        private int Id(string handle) => people[handle].Id;

        private DateOnly Start => cycle.PeriodStart;

        private DateOnly End => cycle.PeriodEnd;

        private DateOnly Q1End => Start.AddMonths(3).AddDays(-1);

        public async Task RunAsync(Team midMarket, Team enterprise, CancellationToken ct)
        {
            var company = await AddAsync(CompanyPlanOf(), ct);
            await SubmitAsync(company, "rosa", "Leadership offsite draft: two team plans to follow.", -18, ct);
            await ApproveAsync(company, "rosa", -16, ct);

            var mid = await AddAsync(MidMarketPlan(company, midMarket.Id), ct);
            await SubmitAsync(mid, "omar", "Mid-Market's share of new customers and new ARR.", -10, ct);
            await ApproveAsync(mid, "rosa", -8, ct);

            var ent = await AddAsync(EnterprisePlan(company, enterprise.Id), ct);
            await SubmitAsync(ent, "grace", "First draft with the team; the account plans follow in January.", -4, ct);
            await ThreadAsync(ent, Anchor(ent, "g1"), "rosa",
                "Can Enterprise reach 60? The company plan needs 180 new clinics and the teams cover 120 so far. @grace", -3,
                ("grace", "60 needs a fourth rep from March; I will put the hire in s1 if @rosa agrees."), ct);

            var lena = await AddAsync(RepPlan(mid, "lena", midMarket.Id, 30, 720_000, "Own the Rhine-Main metro: every multi-site group there hears from me by March."), ct);
            await SubmitAsync(lena, "lena", null, -7, ct);
            await ApproveAsync(lena, "omar", -6, ct);

            var mateo = await AddAsync(RepPlan(mid, "mateo", midMarket.Id, 28, 680_000, "Win the dental chains that referrals never reach, with two webinars a quarter."), ct);
            await SubmitAsync(mateo, "mateo", null, -2, ct);
            await ThreadAsync(mateo, Anchor(mateo, "t1"), "omar", "Is one hour of prospecting a day enough for 28 clinics? Your rate last year was 1 in 40 calls.", -1,
                ("mateo", "I will raise it to 90 minutes in the first quarter and see."), ct);

            var nia = await AddAsync(RepPlan(mid, "nia", midMarket.Id, 12, 300_000, "Become the name practice managers in the north know, through the LinkedIn groups."), ct);
            await SubmitAsync(nia, "nia", null, -5, ct);
            await ReturnAsync(nia, "omar", "12 clinics, but no tactic reaches the northern groups you name in the strategy. Add how you will meet them, then resubmit. @nia", -4,
                ("nia", "Adding a monthly northern practice-managers' breakfast; I will resubmit on Friday."), ct);

            var ravi = await AddAsync(RepPlan(ent, "ravi", enterprise.Id, 14, 900_000, "Land three hospital-owned outpatient groups through their CFOs."), ct);
            await ThreadAsync(ravi, Anchor(ravi, "g1"), "grace", "Good start. Add what the CFO meetings need from finance before you submit.", -1, null, ct);

            var sofia = await AddAsync(RepPlan(ent, "sofia", enterprise.Id, 16, 1_000_000, "Grow the groups we already serve into their new sites with the claims-analytics add-on."), ct);
            await SubmitAsync(sofia, "sofia", null, -6, ct);
            await ApproveAsync(sofia, "grace", -5, ct);
            // Jonas has no plan yet: the cycle page shows him as "none" with the days left.
        }

        private async Task<StrategicPlan> AddAsync(StrategicPlan plan, CancellationToken ct)
        {
            db.Plans.Add(plan);
            await db.SaveChangesAsync(ct);
            await MetricCatalog.EnsureForPlanAsync(db, plan, ct);
            await db.SaveChangesAsync(ct);
            return plan;
        }

        private DateTimeOffset DaysAgo(int days) => now.AddDays(days);

        private async Task SubmitAsync(StrategicPlan plan, string by, string? why, int day, CancellationToken ct)
        {
            db.AuditActor = Who(by);
            plan.Submit(DaysAgo(day));
            await db.SaveChangesAsync(ct);
            await PlanVersions.RecordAsync(db, plan, PlanVersionKind.Submitted, why, DaysAgo(day), ct);
            await db.SaveChangesAsync(ct);
        }

        private async Task ApproveAsync(StrategicPlan plan, string by, int day, CancellationToken ct)
        {
            db.AuditActor = Who(by);
            plan.Approve(DaysAgo(day));
            await db.SaveChangesAsync(ct);
            await PlanVersions.RecordAsync(db, plan, PlanVersionKind.Approved, null, DaysAgo(day), ct);
            await db.SaveChangesAsync(ct);
        }

        /// <summary>Returned with a reason (the plan-level thread the reviewer must write) that the rep answers, then the rep starts the fix.</summary>
        private async Task ReturnAsync(StrategicPlan plan, string by, string reason, int day, (string By, string Text) answer, CancellationToken ct)
        {
            db.AuditActor = Who(by);
            plan.ReturnToDraft(DaysAgo(day));
            await db.SaveChangesAsync(ct);
            await ThreadAsync(plan, CommentAnchor.Plan, by, reason, day, answer, ct, CommentPurpose.Return);
            db.AuditActor = Who(answer.By);
            var strategy = plan.Strategies.Single(s => s.Key == "s1");
            plan.AddTactic(strategy, new TacticFields("t3", "Host a breakfast for northern practice managers every month.",
                TacticOwner.Person(plan.OwnerId!.Value), [plan.OwnerId.Value], Start.AddDays(14), End, ["Breakfast budget of $300 a month"], 3), DaysAgo(day + 1));
            await db.SaveChangesAsync(ct);
        }

        private async Task ThreadAsync(StrategicPlan plan, CommentAnchor anchor, string by, string text, int day, (string By, string Text)? reply,
            CancellationToken ct, CommentPurpose purpose = CommentPurpose.Comment)
        {
            var thread = Comment.Start(plan.OrganizationId, plan.Id, anchor, purpose, Id(by), text, Mentioned(text), DaysAgo(day));
            db.Comments.Add(thread);
            await db.SaveChangesAsync(ct);
            if (reply is { } answer)
            {
                db.Comments.Add(thread.Reply(Id(answer.By), answer.Text, Mentioned(answer.Text), DaysAgo(day).AddHours(3)));
                await db.SaveChangesAsync(ct);
            }
        }

        private List<int> Mentioned(string text) => [.. Mentions.Handles(text).Where(people.ContainsKey).Select(Id)];

        private static CommentAnchor Anchor(StrategicPlan plan, string key)
        {
            if (plan.Goals.SingleOrDefault(g => g.Key == key) is { } goal)
            {
                return new CommentAnchor(CommentElementKind.Goal, goal.Id, $"goals[{key}]");
            }
            var strategy = plan.Strategies.Single(s => s.Tactics.Any(t => t.Key == key));
            var tactic = strategy.Tactics.Single(t => t.Key == key);
            return new CommentAnchor(CommentElementKind.Tactic, tactic.Id, $"strategies[{strategy.Key}].tactics[{key}]");
        }

        private string Who(string handle) => $"{handle} ({people[handle].Name})";

        private PlanHeader Header(string name, PlanScope scope, int? team, string owner, PlanParent? parent, string mission,
            string? current = null, string? desired = null, string? who = null, string? values = null, string? results = null) =>
            new(name, scope, team, Id(owner), Start, End, today.AddDays(-30), mission, current, desired, who, values, results, parent);

        private StrategicPlan CompanyPlanOf()
        {
            var plan = new StrategicPlan(people["rosa"].OrganizationId, Header($"{_year} {CompanyPlan}", PlanScope.Organization, null, "rosa", null,
                "Give independent clinics back the hours they lose to billing paperwork, so they can spend them with patients.",
                "450 clinic customers; half of new business now sourced by our own outbound; the claims-analytics add-on sold to 40 customers in its pilot.",
                "630 clinic customers, a quarter of our customers on the analytics add-on, and the first hospital-owned outpatient groups live.",
                "Independent and multi-site outpatient clinics with 5 to 80 practitioners in North America and, from this year, hospital-owned outpatient groups.",
                "Fewer denied insurance claims, a go-live within two weeks, and analytics that show each site's denial rate.",
                "Book $4.5M of new recurring revenue and win 180 new clinic customers."), now);
            plan.AddGoal(new GoalFields("g1", "Book $4.5M of new annual recurring revenue", "new_arr", "currency:USD", 0, 4_500_000, End, Id("rosa"), Weight: 3), now);
            plan.AddGoal(new GoalFields("g2", "Win 180 new clinic customers", "new_customers", "count", 0, 180, End, Id("omar"), Weight: 2), now);
            plan.AddGoal(new GoalFields("g3", "Keep yearly logo churn under 5%", "logo_churn", "percent", 6, 5, End, Id("grace")), now);
            plan.AddStrategy(new StrategyFields("s1", "Win multi-site clinic groups with our own outbound teams, region by region.", Id("omar"), ["g1", "g2"]), now);
            plan.AddStrategy(new StrategyFields("s2", "Sell to hospital-owned outpatient groups on measured denial savings, through their finance leaders.", Id("grace"), ["g1", "g2"]), now);
            var retention = plan.AddStrategy(new StrategyFields("s3", "Keep customers by showing each site its denial rate every month.", Id("rosa"), ["g3"]), now);
            var reviews = plan.AddTactic(retention, new TacticFields("t1", "Send every customer site a monthly denial-rate review.",
                TacticOwner.Person(Id("rosa")), [Id("rosa")], Start, End, ["Analytics add-on reports"]), now);
            plan.AddCommitment(reviews, new CommitmentFields("site_reviews", "count", 40, CommitmentPer.Month, AssigneeMode.Owner, []), now);
            plan.AddReview(new ReviewFields(ReviewKind.Strategic, Start.AddMonths(3).AddDays(-1), false, null), now);
            return plan;
        }

        private StrategicPlan MidMarketPlan(StrategicPlan company, int team)
        {
            var plan = new StrategicPlan(company.OrganizationId, Header($"{_year} Mid-Market Plan", PlanScope.Team, team, "omar", new PlanParent(company.Id, null, "s1"),
                "Be the billing system every multi-site clinic group in our regions has heard of.",
                "Three reps, 1.4x pipeline coverage, most wins from referrals.", "80 new multi-site clinics, three quarters of them from our own outbound.",
                "Multi-site clinic groups with 3 to 20 sites.", "A go-live within two weeks at every site.", "80 new clinics and $2.0M of new ARR."), now);
            plan.AddGoal(new GoalFields("g1", "Win 80 new multi-site clinics", "new_customers", "count", 0, 80, End, Id("omar"), ContributesTo: "g2"), now);
            plan.AddGoal(new GoalFields("g2", "Book $2.0M of new annual recurring revenue", "new_arr", "currency:USD", 0, 2_000_000, End, Id("omar"), ContributesTo: "g1"), now);
            var regions = plan.AddStrategy(new StrategyFields("s1", "Own three metro regions: each rep prospects one region's clinic groups end to end.", Id("omar"), ["g1", "g2"]), now);
            var calls = plan.AddTactic(regions, new TacticFields("t1", "Call clinic groups in your region for an hour every working day.",
                TacticOwner.Person(Id("omar")), [Id("omar")], Start, End, ["Sales Navigator seats"]), now);
            plan.AddCommitment(calls, new CommitmentFields("prospecting_minutes", "minutes", 60, CommitmentPer.Day, AssigneeMode.Named, [Id("lena"), Id("mateo"), Id("nia")]), now);
            return plan;
        }

        private StrategicPlan EnterprisePlan(StrategicPlan company, int team)
        {
            var plan = new StrategicPlan(company.OrganizationId, Header($"{_year} Enterprise Plan", PlanScope.Team, team, "grace", new PlanParent(company.Id, null, "s2"),
                "Bring measured denial savings to hospital-owned outpatient groups.",
                "No hospital-owned customers yet; two pilots in talks.", "40 new groups live, each with a finance sponsor.",
                "Hospital-owned outpatient groups with a CFO who owns revenue cycle.", "Denial savings measured in money, site by site.", "40 new groups and $2.1M of new ARR."), now);
            plan.AddGoal(new GoalFields("g1", "Win 40 new outpatient groups", "new_customers", "count", 0, 40, End, Id("grace"), ContributesTo: "g2"), now);
            plan.AddGoal(new GoalFields("g2", "Book $2.1M of new annual recurring revenue", "new_arr", "currency:USD", 0, 2_100_000, End, Id("grace"), ContributesTo: "g1"), now);
            var finance = plan.AddStrategy(new StrategyFields("s1", "Reach each group through its finance leader with a savings estimate from its own claims.", Id("grace"), ["g1", "g2"]), now);
            var estimates = plan.AddTactic(finance, new TacticFields("t1", "Prepare a denial-savings estimate for two target groups every week.",
                TacticOwner.Person(Id("grace")), [Id("grace")], Start, End, ["Sample claims from the pilot"]), now);
            plan.AddCommitment(estimates, new CommitmentFields("savings_estimates", "count", 2, CommitmentPer.Week, AssigneeMode.Named, [Id("ravi"), Id("sofia"), Id("jonas")]), now);
            return plan;
        }

        /// <summary>A rep's territory plan under the team plan's strategy s1, giving its new clinics and new ARR to the team's goals.</summary>
        private StrategicPlan RepPlan(StrategicPlan team, string handle, int teamId, int clinics, decimal arr, string strategy)
        {
            var person = people[handle];
            var plan = new StrategicPlan(team.OrganizationId, Header($"{_year} Territory Plan: {person.Name}", PlanScope.Person, teamId, handle, new PlanParent(team.Id, null, "s1"),
                $"Make {person.Name.Split(' ')[0]}'s territory the team's best source of new clinics.",
                "A territory list of clinic groups, a third of them never contacted; most of last year's wins came from referrals.",
                $"{clinics} new clinics live, and a pipeline that no longer waits for referrals.",
                "Practice managers and owners of clinic groups in the territory, who also own billing.",
                "Fewer denied claims, a quick go-live, and a vendor who answers the same day.",
                $"{clinics} new clinics and the new recurring revenue they bring."), now);
            plan.AddGoal(new GoalFields("g1", $"Win {clinics} new clinics", "new_customers", "count", 0, clinics, End, person.Id, ContributesTo: "g1"), now);
            plan.AddGoal(new GoalFields("g2", $"Book ${Numbers.Format(arr, 0, grouped: true)} of new annual recurring revenue", "new_arr", "currency:USD", 0, arr, End, person.Id, ContributesTo: "g2"), now);
            var own = plan.AddStrategy(new StrategyFields("s1", strategy, person.Id, ["g1", "g2"]), now);
            var calls = plan.AddTactic(own, new TacticFields("t1", "Prospect my territory's clinic groups for an hour every working day.",
                TacticOwner.Person(person.Id), [person.Id], Start, Q1End, ["CRM", "Territory list"]), now);
            var minutes = plan.AddCommitment(calls, new CommitmentFields("prospecting_minutes", "minutes", 60, CommitmentPer.Day, AssigneeMode.Owner, []), now);
            var demos = plan.AddTactic(own, new TacticFields("t2", "Book four demos with clinic groups every month.",
                TacticOwner.Person(person.Id), [person.Id], Start, Q1End, ["Demo environment"]), now);
            var booked = plan.AddCommitment(demos, new CommitmentFields("demos_booked", "count", 4, CommitmentPer.Month, AssigneeMode.Owner, []), now);
            // The rep wrote these commitments: they agree to them as they write them.
            plan.Acknowledge(minutes, person.Id, today.AddDays(-12), now);
            plan.Acknowledge(booked, person.Id, today.AddDays(-12), now);
            plan.AddReview(new ReviewFields(ReviewKind.Tactical, Start.AddDays(7), false, null), now);
            plan.AddReview(new ReviewFields(ReviewKind.Strategic, Q1End, false, null), now);
            return plan;
        }
    }
}
