using Gameplan.Core.Critique;
using Gameplan.Core.PlanFiles;
using Gameplan.Core.Templates;
using Gameplan.Domain;
using Gameplan.Domain.Critique;

namespace Gameplan.Core.Tests.Templates;

public sealed class PlanTemplatesTests
{
    private static readonly DateOnly Today = new(2026, 9, 1);
    private static readonly TemplateValues Values = new() { Person = "ana", Team = "Mid-Market East", Start = new(2027, 1, 1), End = new(2027, 12, 31) };

    public static TheoryData<string> Names => [.. PlanTemplates.BuiltIn.Select(t => t.Name)];

    [Fact]
    public void The_library_has_the_practice_s_worked_examples_for_every_scale()
    {
        Assert.Equal(11, PlanTemplates.BuiltIn.Count);
        Assert.Equal(PlanTemplates.BuiltIn.Count, PlanTemplates.BuiltIn.Select(t => t.Name).Distinct().Count());
        Assert.Equal(["organization", "person", "team"], PlanTemplates.BuiltIn.Select(t => t.Scope).Distinct().Order());
        Assert.All(PlanTemplates.BuiltIn, t => Assert.NotEmpty(t.Fits));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_template_fills_to_a_plan_file_that_reads_cleanly_and_has_no_error_finding(string name)
    {
        var yaml = PlanTemplates.Fill(PlanTemplates.Find(name), Values, Today);

        var read = PlanFileReader.Read(yaml);
        var lint = PlanLint.Lint(yaml, Today);

        Assert.DoesNotContain("{{", yaml);
        Assert.Empty(read.Problems);
        Assert.Equal(PlanTemplates.Find(name).Scope, read.Plan!.Plan.Scope);
        Assert.Equal("ana", read.Plan.Plan.Owner);
        Assert.Equal(new PlanFilePeriod(new(2027, 1, 1), new(2027, 12, 31)), read.Plan.Plan.Period);
        Assert.DoesNotContain(lint.Report!.Findings, f => f.Severity == FindingSeverity.Error);
        // Every date the template sets lies inside the period, whatever its length.
        Assert.All(read.Plan.Plan.Strategies.SelectMany(s => s.Tactics), t => Assert.InRange(t.Due!.Value, new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31)));
    }

    [Fact]
    public void Placeholders_count_from_the_period_and_never_run_past_its_end()
    {
        var template = new PlanTemplate("t", "T", "", "person", ["rep"], "a: {{start+13}}\nb: {{month+3}}\nc: {{month+12}}\nd: {{drafted}}\ne: {{person}}\nf: {{team}}\n");

        var filled = PlanTemplates.Fill(template, Values with { Start = new(2027, 2, 1), End = new(2027, 6, 30), Team = "R&D: West" }, Today);

        Assert.Equal("a: 2027-02-14\nb: 2027-04-30\nc: 2027-06-30\nd: 2026-09-01\ne: ana\nf: \"R&D: West\"\n", filled);
    }

    [Fact]
    public void Without_a_person_team_or_period_the_plan_is_for_you_in_your_team_next_year()
    {
        var yaml = PlanTemplates.Fill(PlanTemplates.Find("rep-territory"), new TemplateValues(), Today);

        var plan = PlanFileReader.Read(yaml).Plan!.Plan;

        Assert.Equal((TemplateValues.SomePerson, TemplateValues.SomeTeam), (plan.Owner, plan.Team));
        Assert.Equal(new PlanFilePeriod(new(2027, 1, 1), new(2027, 12, 31)), plan.Period);
    }

    [Fact]
    public void The_parent_placeholder_is_the_plan_file_s_parent_or_none()
    {
        var template = PlanTemplates.Find("rep-territory");

        var with = PlanFileReader.Read(PlanTemplates.Fill(template, Values with { ParentPlan = "Mid-Market: FY2027", ParentStrategy = "s2" }, Today));
        var planOnly = PlanFileReader.Read(PlanTemplates.Fill(template, Values with { ParentPlan = "42" }, Today));
        var none = PlanTemplates.Fill(template, Values, Today);

        Assert.Empty(with.Problems);
        Assert.Equal(new PlanFileParent("Mid-Market: FY2027", "s2"), with.Plan!.Plan.Parent);
        Assert.Equal(new PlanFileParent("42", null), planOnly.Plan!.Plan.Parent);
        Assert.Contains("\n  parent: ~\n", none);
        Assert.Empty(PlanFileReader.Read(none).Problems);
        Assert.Null(PlanFileReader.Read(none).Plan!.Plan.Parent);
    }

    [Theory]
    [InlineData("rep-territory")]
    [InlineData("team-plan")]
    [InlineData("fill-the-pipeline")]
    [InlineData("close-more-deals")]
    [InlineData("hiring-criteria")]
    public void The_team_and_person_templates_ask_for_a_parent_with_guidance(string name)
    {
        var lines = PlanTemplates.Find(name).Text.Split('\n');
        var at = Array.FindIndex(lines, l => l == "  parent: {{parent}}");

        Assert.True(at > 0, $"{name} has no parent placeholder");
        Assert.StartsWith("  # ", lines[at - 1]);
    }

    [Fact]
    public void A_parent_strategy_without_its_plan_is_refused_naming_the_field()
    {
        var error = Assert.Throws<DomainRuleException>(() => PlanTemplates.Fill(PlanTemplates.Find("team-plan"), Values with { ParentStrategy = "s1" }, Today));

        Assert.Equal("parent.plan", error.Field);
    }

    [Theory]
    [InlineData("no-such-template", null, null, "template")]
    [InlineData("rep-territory", "Ana Silva", null, "person")]
    [InlineData("rep-territory", null, "2026-12-31", "period")]
    public void A_wrong_name_handle_or_period_is_refused_naming_the_field(string name, string? person, string? end, string field)
    {
        var error = Assert.Throws<DomainRuleException>(() => PlanTemplates.Fill(PlanTemplates.Find(name),
            Values with { Person = person ?? "ana", End = end is null ? Values.End : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture) }, Today));

        Assert.Equal(field, error.Field);
        if (field == "template")
        {
            Assert.Contains("rep-territory", error.Message);
        }
    }
}
