using Gameplan.Domain.Critique;

namespace Gameplan.Domain.Tests.Critique;

/// <summary>
/// The critique is fair to OKR-shaped plans: a function written as owner ("Sales") is one finding per
/// element (GP404), not a cascade of acknowledgement, load and pace findings for the same cause; a
/// section the whole plan lacks is said once, not per element.
/// </summary>
public sealed class FairCritiqueTests
{
    private static readonly ActivityFacts NothingLogged = new([]);

    /// <summary>An imported OKR document: functions as owners, no mission, no customer, no reviews.</summary>
    private static PlanDocument OkrShaped() => new()
    {
        Name = "FY2027 Revenue OKRs",
        Scope = "organization",
        PeriodStart = new(2027, 1, 1),
        PeriodEnd = new(2027, 12, 31),
        Goals =
        [
            new() { Id = "g1", Title = "Grow ARR from $1.2M to $2M", Metric = "arr", Unit = "currency:USD", Baseline = 1_200_000, Target = 2_000_000, Due = new(2027, 12, 31), Dri = ["Sales"] },
            new() { Id = "g2", Title = "Sign 100 new logos by Q2", Metric = "new_logos", Unit = "count", Target = 100, Due = new(2027, 6, 30), Dri = ["Sales"] },
            new() { Id = "g3", Title = "Raise net revenue retention to 110%", Metric = "nrr", Unit = "percent", Target = 110, Due = new(2027, 12, 31), Dri = ["Sales"] },
            new() { Id = "g4", Title = "Reduce logo churn to 5%", Metric = "logo_churn", Unit = "percent", Target = 5, Due = new(2027, 6, 30), Dri = ["Sales"] },
        ],
        Strategies =
        [
            new()
            {
                Id = "s1",
                Statement = "Become the default billing partner for multi-site clinics",
                Dri = ["cro"],
                Goals = ["g1", "g2", "g3", "g4"],
                Tactics =
                [
                    new()
                    {
                        Id = "t1", Action = "Make 50 new business phone calls each week", Owner = "Sales", Start = new(2027, 1, 4), Due = new(2027, 3, 31), Resources = [],
                        Activities = [new() { Metric = "phone_calls", Unit = "count", Target = 50, Per = "week" }],
                    },
                    new()
                    {
                        Id = "t2", Action = "Run two partner webinars per month", Owner = "cro", Start = new(2027, 1, 4), Due = new(2027, 3, 31), Resources = [],
                        Activities = [new() { Metric = "webinars", Unit = "count", Target = 2, Per = "month", Assignees = ["Customer Success"] }],
                        AcknowledgedBy = ["cro"],
                    },
                ],
            },
        ],
        People = [new() { Handle = "cro", Name = "CRO", Role = "executive" }],
    };

    private static IReadOnlyList<Finding> Findings(PlanDocument plan) =>
        PlanCritic.Critique(plan, new DateOnly(2027, 2, 15), NothingLogged).Findings;

    [Theory]
    [InlineData("strategies[s1].tactics[t1]", "the owner 'Sales'")]
    [InlineData("strategies[s1].tactics[t2]", "the assignee 'Customer Success'")]
    [InlineData("goals[g1]", "the DRI 'Sales'")]
    [InlineData("goals[g4]", "the DRI 'Sales'")]
    public void A_function_as_owner_is_one_finding_on_its_element(string path, string named)
    {
        var onElement = Findings(OkrShaped()).Where(finding => finding.Path == path && finding.Rule != "GP203").ToList();

        var finding = Assert.Single(onElement);
        Assert.Equal("GP404", finding.Rule);
        Assert.Contains(named, finding.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("function or team is not a person", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GP308")]
    [InlineData("GP402")]
    [InlineData("GP501")]
    [InlineData("GP502")]
    public void A_function_as_owner_sets_off_no_rule_about_a_persons_commitments(string rule) =>
        Assert.DoesNotContain(Findings(OkrShaped()), finding => finding.Rule == rule);

    [Fact]
    public void The_same_rules_still_speak_for_a_person_the_plan_knows()
    {
        // The same plan with a real person in place of the function: acknowledgement, load and pace apply again.
        var plan = OkrShaped() with
        {
            Goals = [.. OkrShaped().Goals.Select(goal => goal with { Dri = ["lena"] })],
            People = [.. OkrShaped().People, new() { Handle = "lena", Name = "Lena Park", Role = "rep" }],
        };
        plan = plan.WithTactic("t1", tactic => tactic with { Owner = "lena" });

        var rules = Findings(plan).Select(finding => finding.Rule).ToHashSet();

        Assert.Contains("GP308", rules);
        Assert.Contains("GP402", rules);
        Assert.Contains("GP502", rules);
    }

    [Fact]
    public void Several_unknown_names_in_one_element_are_one_finding_naming_them_all()
    {
        var plan = OkrShaped().WithTactic("t1", tactic => tactic with { Authors = ["Marketing"], AcknowledgedBy = ["RevOps"] });

        var finding = Assert.Single(Findings(plan), finding => finding.Rule == "GP404" && finding.Path == "strategies[s1].tactics[t1]");

        Assert.Contains("'Sales'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'Marketing'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'RevOps'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_that_lists_no_people_is_told_once()
    {
        var plan = OkrShaped() with { People = [] };

        var finding = Assert.Single(Findings(plan), finding => finding.Rule == "GP404");

        Assert.Equal("people", finding.Path);
        Assert.Contains("lists no people", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Sales", finding.Message, StringComparison.Ordinal);
        Assert.Contains("cro", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GP101", "plan")]
    [InlineData("GP103", "plan")]
    [InlineData("GP306", "reviews")]
    public void A_section_the_whole_plan_lacks_is_said_once(string rule, string path)
    {
        var findings = Findings(OkrShaped()).Where(finding => finding.Rule == rule).ToList();

        Assert.Equal(path, Assert.Single(findings).Path);
    }

    [Fact]
    public void Missing_reviews_are_not_also_overdue_reviews()
    {
        var rules = Findings(OkrShaped()).Select(finding => finding.Rule).ToList();

        Assert.Contains("GP306", rules);
        Assert.DoesNotContain("GP304", rules);
        Assert.DoesNotContain("GP305", rules);
    }
}
