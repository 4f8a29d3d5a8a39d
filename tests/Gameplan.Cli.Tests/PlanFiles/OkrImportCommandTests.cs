using Microsoft.EntityFrameworkCore;

namespace Gameplan.Cli.Tests.PlanFiles;

/// <summary><c>gameplan import okr</c>: an OKR document as a plan file (-o, no database) or as a draft plan.</summary>
public sealed class OkrImportCommandTests : IDisposable
{
    private const string Outline = """
        # FY2027 Harbour OKRs

        ## Win group dental practices on the coast through no-show savings (Mia Torres)
        - KR1: Grow booked revenue from $800k to $1.4M by 2027-12-31
        - KR2: Sign 30 new group practices by Q3 (Sales)
          - Initiative: Call ten lapsed trial practices each week (Kim Novak)
          - Initiative: Publish two no-show case studies by April 30 (Marketing)
        """;

    private const string Table = """
        Objective;Key Result;Owner;Target Value;Due Date
        Keep every practice we win;Hold gross retention at 95%;Mia Torres;95;2027-12-31
        ;Answer support tickets within 4 hours;Sales;4;Q2
        """;

    private readonly TempDatabase _database = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("gameplan-okrs-").FullName;

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("harbour.md", Outline, "FY2027 Harbour OKRs")]
    [InlineData("retention.csv", Table, "retention")]
    public async Task With_o_it_writes_a_plan_file_that_lint_reads_and_touches_no_database(string name, string text, string plan)
    {
        var output = Path.Combine(_folder, "plan.yaml");

        var result = await Cli.RunAsync("import", "okr", TempFiles.Write(_folder, name, text), "-o", output, "--db", _database.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.False(File.Exists(_database.Path));
        Assert.Contains(result.OutputLines, line => line.StartsWith($"Wrote {output}:", StringComparison.Ordinal));
        var lint = await Cli.RunAsync("lint", output, "--format", "json");
        Assert.NotEqual(ExitCodes.Usage, lint.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(lint.Output);
        Assert.Equal(plan, json.RootElement.GetProperty("plan").GetString());
    }

    [Fact]
    public async Task The_report_says_what_each_line_became_and_a_function_as_owner_is_a_warning_with_its_line()
    {
        var path = TempFiles.Write(_folder, "harbour.md", Outline);

        var result = await Cli.RunAsync("import", "okr", path, "-o", Path.Combine(_folder, "plan.yaml"));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains(result.OutputLines, line => line.StartsWith("4  goal", StringComparison.Ordinal) && line.EndsWith("Grow booked revenue from $800k to $1.4M by 2027-12-31", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, line => line.StartsWith("why: key result with a number (from $800k to $1.4M)", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, line => line.StartsWith("6  tactic", StringComparison.Ordinal) && line.Contains("strategies[s1].tactics[t1]", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, line => line == "owner: 'Kim Novak' is a person: 'kim', added to people");
        Assert.Contains(result.ErrorLines, line => line.StartsWith($"{path}:5:1: warning: 'Sales' owns line(s) 5", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, line => line.StartsWith($"{path}:7:1: warning: 'Marketing' owns line(s) 7", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_written_plan_is_critiqued_with_one_finding_for_each_element_a_function_owns()
    {
        var output = Path.Combine(_folder, "plan.yaml");
        await Cli.RunAsync("import", "okr", TempFiles.Write(_folder, "harbour.md", Outline), "-o", output);

        var lint = await Cli.RunAsync("lint", output, "--today", "2027-02-01");

        var unknown = lint.OutputLines.Where(line => line.Contains("GP404", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, unknown.Count);
        Assert.Contains(unknown, line => line.Contains("goals[g2]: The DRI 'Sales'", StringComparison.Ordinal));
        Assert.Contains(unknown, line => line.Contains("tactics[t2]: The owner 'Marketing'", StringComparison.Ordinal));
        // No other finding for the same cause: the functions are named by GP404 alone.
        Assert.Equal(unknown, lint.OutputLines.Where(line => line.Contains("'Sales'", StringComparison.Ordinal) || line.Contains("'Marketing'", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Without_o_it_imports_a_draft_plan_into_the_database()
    {
        var result = await Cli.RunAsync("import", "okr", TempFiles.Write(_folder, "harbour.md", Outline), "--db", _database.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains(result.OutputLines, line => line.StartsWith("Imported 'FY2027 Harbour OKRs' into 'Imported' as draft plan 1", StringComparison.Ordinal));
        await using var db = _database.Open();
        Assert.Equal("FY2027 Harbour OKRs", (await db.Plans.IgnoreQueryFilters().SingleAsync()).Name);
        Assert.Equal(["kim", "mia"], await db.People.IgnoreQueryFilters().OrderBy(p => p.Handle).Select(p => p.Handle).ToListAsync());
    }

    [Theory]
    [InlineData("empty.md", "", "1:1: the file is empty")]
    [InlineData("prose.md", "We will grow.\nAnd keep customers.\n", "1:1: the document has no headings and no list items")]
    [InlineData("noobjective.csv", "Key Result,Owner\nSign 10 logos,ana\n", "1:1: the header has no objective column")]
    public async Task A_document_that_cannot_be_read_exits_2_naming_its_place_and_writes_nothing(string name, string text, string error)
    {
        var path = TempFiles.Write(_folder, name, text);
        var output = Path.Combine(_folder, "plan.yaml");

        var result = await Cli.RunAsync("import", "okr", path, "-o", output);
        var stored = await Cli.RunAsync("import", "okr", path, "--db", _database.Path);

        Assert.Equal((ExitCodes.Usage, ExitCodes.Usage), (result.ExitCode, stored.ExitCode));
        Assert.StartsWith($"{path}:{error}", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.False(File.Exists(_database.Path));
    }
}
