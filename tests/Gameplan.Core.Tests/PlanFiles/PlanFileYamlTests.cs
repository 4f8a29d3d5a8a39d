using Gameplan.Core.PlanFiles;

namespace Gameplan.Core.Tests.PlanFiles;

/// <summary>
/// The YAML the reader accepts and refuses, beyond the plan format itself: anchors and aliases,
/// duplicate keys, several documents, keys that are lists and places of syntax errors.
/// </summary>
public sealed class PlanFileYamlTests
{
    private const string Head = "version: 1\nplan:\n  name: Q1\n";

    [Fact]
    public void An_alias_reads_as_the_node_its_anchor_names()
    {
        var yaml = Head + "  strategies:\n    - id: s1\n      statement: &win Win accounts in the Midwest by offering onsite training\n    - id: s2\n      statement: *win\n";

        var result = PlanFileReader.Read(yaml);

        Assert.Empty(result.Problems);
        var strategies = result.Plan!.Plan.Strategies;
        Assert.Equal("Win accounts in the Midwest by offering onsite training", strategies[1].Statement);
        Assert.Equal(strategies[0].Statement, strategies[1].Statement);
    }

    [Fact]
    public void An_alias_to_a_whole_mapping_copies_its_fields()
    {
        var yaml = Head + "  period: &year { start: 2027-01-01, end: 2027-12-31 }\n  background:\n    current: *year\n";

        var result = PlanFileReader.Read(yaml);

        Assert.Equal(new DateOnly(2027, 12, 31), result.Plan!.Plan.Period!.End);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("background.current", problem.Path);
    }

    [Fact]
    public void An_alias_without_its_anchor_is_a_syntax_error_with_a_place()
    {
        var result = PlanFileReader.Read(Head + "  mission: *nowhere\n");

        Assert.Null(result.Plan);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(PlanFileProblemKind.Syntax, problem.Kind);
        Assert.Equal(4, problem.Line);
    }

    [Fact]
    public void A_list_that_contains_itself_does_not_hang_the_reader()
    {
        var result = PlanFileReader.Read(Head + "  goals: &loop [*loop]\n");

        Assert.NotNull(result);
        Assert.NotEmpty(result.Problems);
    }

    [Fact]
    public void A_key_written_twice_is_refused_at_the_second_one()
    {
        var result = PlanFileReader.Read(Head + "  mission: Grow\n  mission: Shrink\n");

        Assert.Null(result.Plan);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(PlanFileProblemKind.Syntax, problem.Kind);
        Assert.Equal(5, problem.Line);
        Assert.Contains("Duplicate key", problem.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Only_the_first_document_is_the_plan_but_later_ones_must_parse()
    {
        var two = PlanFileReader.Read(Head + "---\nversion: 1\nplan:\n  name: Other\n");
        var broken = PlanFileReader.Read(Head + "---\nplan: [unclosed\n");

        Assert.Equal("Q1", two.Plan!.Plan.Name);
        Assert.Null(broken.Plan);
        Assert.Equal(PlanFileProblemKind.Syntax, Assert.Single(broken.Problems).Kind);
    }

    [Fact]
    public void An_unclosed_flow_list_is_reported_where_the_yaml_breaks_off()
    {
        var result = PlanFileReader.Read(Head + "  goals: [\n");

        Assert.Null(result.Plan);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(PlanFileProblemKind.Syntax, problem.Kind);
        Assert.True(problem.Line >= 4, $"line {problem.Line}");
    }

    [Fact]
    public void A_key_that_is_a_list_is_reported_as_unknown_with_its_text()
    {
        var result = PlanFileReader.Read(Head + "  ? [a, b]\n  : value\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(PlanFileProblemKind.UnknownKey, problem.Kind);
        Assert.Equal(4, problem.Line);
        Assert.Contains("a", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_null_words_are_text_while_plain_ones_mean_nothing()
    {
        var quoted = PlanFileReader.Read(Head + "  mission: 'null'\n");
        var plain = PlanFileReader.Read(Head + "  mission: null\n");

        Assert.Equal("null", quoted.Plan!.Plan.Mission);
        Assert.Null(plain.Plan!.Plan.Mission);
    }

    [Fact]
    public void Places_are_one_based_lines_and_columns()
    {
        var result = PlanFileReader.Read(Head + "  mision: typo\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal((4, 3), (problem.Line, problem.Column));
    }

    [Fact]
    public void An_empty_file_is_not_a_plan_file()
    {
        var result = PlanFileReader.Read("");

        Assert.Null(result.Plan);
        Assert.Contains("not a plan file", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }
}
