using Gameplan.Core.PlanFiles;
using Gameplan.Domain.Versions;

namespace Gameplan.Core.Tests.PlanFiles;

/// <summary><c>parent</c> and <c>contributes_to</c> (wave 2): read, written back exactly, compared by the diff.</summary>
public sealed class PlanFileCascadeTests
{
    [Fact]
    public void The_parent_and_a_goals_contribution_are_read()
    {
        var read = PlanFileReader.Read(PlanFileSamples.Child);

        Assert.Empty(read.Problems);
        Assert.Equal(new PlanFileParent("FY2027 Sales Plan", "s2"), read.Plan!.Plan.Parent);
        Assert.Equal(new PlanFileContribution("g1", 60m), read.Plan.Plan.Goals[0].ContributesTo);
        Assert.Null(read.Plan.Plan.Goals[1].ContributesTo);
    }

    [Fact]
    public void Writing_what_was_read_reproduces_the_file_exactly() =>
        Assert.Equal(PlanFileSamples.Child, PlanFileWriter.Write(PlanFileReader.Read(PlanFileSamples.Child).Plan!));

    [Fact]
    public void A_parent_that_names_a_goal_and_a_typo_in_it_are_read_and_reported()
    {
        var yaml = PlanFileSamples.Clinic.Replace("  owner: dana\n", "  owner: dana\n  parent: { plan: 42, goal: g3, stratgy: s1 }\n", StringComparison.Ordinal);

        var read = PlanFileReader.Read(yaml);

        Assert.Equal(new PlanFileParent("42", null, "g3"), read.Plan!.Plan.Parent);
        var typo = Assert.Single(read.Problems);
        Assert.False(typo.IsError);
        Assert.Equal("parent.stratgy", typo.Path);
    }

    [Fact]
    public void A_contribution_amount_that_is_not_a_number_names_its_place()
    {
        var yaml = PlanFileSamples.Child.Replace("amount: 60", "amount: sixty", StringComparison.Ordinal);

        var read = PlanFileReader.Read(yaml);

        var problem = Assert.Single(read.Problems);
        Assert.True(problem.IsError);
        Assert.Equal("goals[g1].contributes_to.amount", problem.Path);
    }

    [Fact]
    public void The_diff_sees_a_changed_parent_and_a_changed_contribution()
    {
        var before = PlanFileTree.From(PlanFileReader.Read(PlanFileSamples.Child).Plan!);
        var changed = PlanFileSamples.Child
            .Replace("strategy: s2", "strategy: s1", StringComparison.Ordinal)
            .Replace("amount: 60", "amount: 70", StringComparison.Ordinal);
        var after = PlanFileTree.From(PlanFileReader.Read(changed).Plan!);

        var diff = PlanDiff.Compare(before, after);

        var plan = Assert.Single(diff.Changes, c => c.Path == "plan");
        Assert.Equal(("s2", "s1"), (plan.Fields.Single().Old, plan.Fields.Single().New));
        Assert.Equal("parent.strategy", plan.Fields.Single().Field);
        var goal = Assert.Single(diff.Changes, c => c.Path == "goals[g1]");
        Assert.Equal(("contributes_to.amount", "60", "70"), (goal.Fields.Single().Field, goal.Fields.Single().Old, goal.Fields.Single().New));
    }
}
