using System.Text.Json;

namespace Gameplan.Cli.Tests.Critique;

public sealed class ClassifyCommandTests
{
    [Fact]
    public async Task Each_statement_from_standard_input_becomes_one_json_line_with_the_contract_fields()
    {
        var result = await Cli.RunAsync(
            new CliSetup { Input = "Increase sales by 50% this year.\n\nSpend an hour prospecting each day.\nFocus on enterprise healthcare clients with a value-based selling approach.\n" },
            "classify", "--format", "json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var lines = result.OutputLines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(["goal", "tactic", "strategy"], lines.Select(l => l.GetProperty("kind").GetString()));
        Assert.All(lines, line =>
        {
            Assert.Equal(["text", "kind", "confidence", "reasons"], line.EnumerateObject().Select(p => p.Name));
            Assert.InRange(line.GetProperty("confidence").GetDouble(), 0, 1);
            Assert.NotEmpty(line.GetProperty("reasons").EnumerateArray());
        });
        Assert.Equal("Increase sales by 50% this year.", lines[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Statements_given_as_arguments_are_explained_in_readable_text()
    {
        var result = await Cli.RunAsync("classify", "Close more deals each month.", "Attend an industry networking event.");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.StartsWith("goal ", result.OutputLines[0]);
        Assert.EndsWith("Close more deals each month.", result.OutputLines[0]);
        Assert.StartsWith("tactic ", result.OutputLines[2]);
        Assert.Contains("result verb (close)", result.OutputLines[1]);
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error()
    {
        var result = await Cli.RunAsync("classify", "--format", "xml", "Grow.");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }
}
