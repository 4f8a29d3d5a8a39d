using Gameplan.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Cli.Tests.PlanFiles;

public sealed class PlanFileCommandsTests : IDisposable
{
    private const string Plan = """
        version: 1
        plan:
          name: Harbour 2027
          scope: team
          team: Coastal
          owner: mia
          period: { start: 2027-01-01, end: 2027-12-31 }
          mission: Keep coastal practices fully booked.
          goals:
            - id: g1
              title: Serve 55 practices
              metric: practices
              unit: count
              baseline: 30
              target: 55
              due: 2027-12-31
              dri: mia
          strategies:
            - id: s1
              statement: Win group practices by proving fewer no-shows within a month.
              dri: mia
              goals: [g1]
              tactics:
                - id: t1
                  action: Call ten lapsed trial practices a week.
                  owner: kim
                  authors: [kim]
                  start: 2027-01-04
                  due: 2027-03-26
                  resources: []
                  activities:
                    - { metric: calls, unit: count, target: 10, per: week, assignees: owner, acknowledged_by: [{ handle: kim, date: 2027-01-05 }] }
                  acknowledged_by: [kim]
        people:
          - { handle: kim, name: Kim Novak, role: rep, team: Coastal, capacity_hours_per_week: 38 }
          - { handle: mia, name: Mia Torres, role: manager, team: Coastal, capacity_hours_per_week: 40 }
        reviews:
          - { kind: tactical, date: 2027-01-15, held: true, notes: On track. }

        """;

    private readonly TempDatabase _database = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("gameplan-planfiles-").FullName;

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Importing_into_a_new_database_creates_an_organisation_named_after_the_team()
    {
        var result = await Cli.RunAsync("import", "plan", File("plan.yaml", Plan), "--db", _database.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Imported plan 'Harbour 2027' into 'Coastal' as plan 1.", result.OutputLines);
        Assert.Contains("people[kim]: added Kim Novak.", result.OutputLines);
        await using var db = _database.Open();
        Assert.Equal("Coastal", (await db.Organizations.SingleAsync()).Name);
        Assert.Equal("Harbour 2027", (await db.Plans.SingleAsync()).Name);
    }

    [Fact]
    public async Task An_unknown_key_is_printed_as_a_warning_with_its_place_and_the_plan_is_still_imported()
    {
        var path = File("typo.yaml", Plan.Replace("  mission:", "  misson:", StringComparison.Ordinal));

        var result = await Cli.RunAsync("import", "plan", path, "--db", _database.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal([$"{path}:8:3: warning: unknown key 'misson' (a typo?); it was ignored."], result.ErrorLines);
        await using var db = _database.Open();
        Assert.Null((await db.Plans.SingleAsync()).Mission);
    }

    [Fact]
    public async Task A_syntax_error_exits_2_with_file_line_and_column_and_touches_no_database()
    {
        var path = File("broken.yaml", "version: 1\nplan:\n  name: Broken\n  mission: \"unclosed\n");

        var result = await Cli.RunAsync("import", "plan", path, "--db", _database.Path);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith($"{path}:4:12: ", Assert.Single(result.ErrorLines));
        Assert.False(System.IO.File.Exists(_database.Path));
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_exits_2_naming_its_place()
    {
        var path = File("lots.yaml", Plan.Replace("      target: 55", "      target: lots", StringComparison.Ordinal));

        var result = await Cli.RunAsync("import", "plan", path, "--db", _database.Path);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal([$"{path}:15:15: 'goals[g1].target' must be a number, not 'lots'."], result.ErrorLines);
    }

    [Fact]
    public async Task A_missing_file_exits_2()
    {
        var result = await Cli.RunAsync("import", "plan", Path.Combine(_folder, "nowhere.yaml"), "--db", _database.Path);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("cannot read", result.Error);
    }

    [Fact]
    public async Task A_plan_the_domain_refuses_exits_1_naming_the_place_and_stores_nothing()
    {
        var path = File("late.yaml", Plan.Replace("      due: 2027-03-26", "      due: 2026-12-01", StringComparison.Ordinal));

        var result = await Cli.RunAsync("import", "plan", path, "--db", _database.Path);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("error: strategies[s1].tactics[t1].due: The due (2026-12-01) is before the start (2027-01-04).", result.Error);
        await using var db = _database.Open();
        Assert.False(await db.Plans.AnyAsync());
    }

    [Fact]
    public async Task With_several_organisations_the_import_needs_organization_and_goes_there()
    {
        await Cli.RunAsync("import", "plan", File("plan.yaml", Plan), "--db", _database.Path);
        await using (var db = _database.Open())
        {
            db.Organizations.Add(new Organization("Inland"));
            await db.SaveChangesAsync();
        }

        var unchosen = await Cli.RunAsync("import", "plan", File("plan.yaml", Plan), "--db", _database.Path);
        var chosen = await Cli.RunAsync("import", "plan", File("plan.yaml", Plan), "--db", _database.Path, "--organization", "inland");

        Assert.Equal(ExitCodes.Usage, unchosen.ExitCode);
        Assert.Contains("--organization NAME: 'Coastal', 'Inland'", unchosen.Error);
        Assert.Equal(ExitCodes.Success, chosen.ExitCode);
        await using var check = _database.Open();
        var inland = await check.Organizations.SingleAsync(o => o.Name == "Inland");
        Assert.Equal(1, await check.Plans.CountAsync(p => p.OrganizationId == inland.Id));
        Assert.Equal(2, await check.People.CountAsync(p => p.OrganizationId == inland.Id));
    }

    [Fact]
    public async Task An_imported_plan_exports_to_the_same_file_and_to_standard_output()
    {
        await Cli.RunAsync("import", "plan", File("plan.yaml", Plan), "--db", _database.Path);
        var target = Path.Combine(_folder, "out.yaml");

        var toFile = await Cli.RunAsync("export", "plan", "1", "-o", target, "--db", _database.Path);
        var toOutput = await Cli.RunAsync("export", "plan", "1", "--db", _database.Path);

        Assert.Equal(ExitCodes.Success, toFile.ExitCode);
        Assert.Contains($"Exported plan 1 'Harbour 2027' to {target}.", toFile.OutputLines);
        Assert.Equal(Plan, await System.IO.File.ReadAllTextAsync(target));
        Assert.Equal((ExitCodes.Success, Plan), (toOutput.ExitCode, toOutput.Output));
    }

    [Fact]
    public async Task A_plan_exports_as_a_markdown_one_pager_with_people_by_name()
    {
        await Cli.RunAsync("import", "plan", File("plan.yaml", Plan), "--db", _database.Path);
        var target = Path.Combine(_folder, "harbour.md");

        var toOutput = await Cli.RunAsync("export", "plan", "1", "--format", "md", "--db", _database.Path);
        var toFile = await Cli.RunAsync("export", "plan", "1", "-f", "md", "-o", target, "--db", _database.Path);
        var wrong = await Cli.RunAsync("export", "plan", "1", "--format", "pdf", "--db", _database.Path);

        Assert.Equal(ExitCodes.Success, toOutput.ExitCode);
        Assert.StartsWith("# Harbour 2027\n\nTeam plan of Coastal · 1 Jan 2027 – 31 Dec 2027 · Draft · owner Mia Torres", toOutput.Output, StringComparison.Ordinal);
        Assert.Contains("| g1. Serve 55 practices | Practices | 30 → 55 | 31 Dec 2027 |", toOutput.Output, StringComparison.Ordinal);
        Assert.Contains("- **t1** Call ten lapsed trial practices a week. Owner Kim Novak, 4 Jan 2027 – 26 Mar 2027.", toOutput.Output, StringComparison.Ordinal);
        Assert.Contains("  - 10 calls a week each: Kim Novak", toOutput.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains($"Exported plan 1 'Harbour 2027' to {target}.", toFile.OutputLines);
        Assert.Equal(toOutput.Output, await System.IO.File.ReadAllTextAsync(target));
        Assert.Equal(ExitCodes.Usage, wrong.ExitCode);
    }

    [Fact]
    public async Task Exporting_a_plan_that_does_not_exist_exits_1()
    {
        await Cli.RunAsync("import", "plan", File("plan.yaml", Plan), "--db", _database.Path);

        var result = await Cli.RunAsync("export", "plan", "42", "--db", _database.Path);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("Plan 42 was not found.", result.Error);
    }

    [Fact]
    public async Task A_named_organisation_must_exist_and_export_looks_only_inside_it()
    {
        await Cli.RunAsync("import", "plan", File("plan.yaml", Plan), "--db", _database.Path);
        await using (var db = _database.Open())
        {
            db.Organizations.Add(new Organization("Inland"));
            await db.SaveChangesAsync();
        }

        var unknown = await Cli.RunAsync("import", "plan", File("plan.yaml", Plan), "--db", _database.Path, "--organization", "Nowhere");
        var elsewhere = await Cli.RunAsync("export", "plan", "1", "--db", _database.Path, "--organization", "Inland");
        var inside = await Cli.RunAsync("export", "plan", "1", "--db", _database.Path, "--organization", "Coastal");

        Assert.Equal(ExitCodes.Failure, unknown.ExitCode);
        Assert.Contains("there is no organisation named 'Nowhere'; the database has 'Coastal', 'Inland'.", unknown.Error);
        Assert.Equal(ExitCodes.Failure, elsewhere.ExitCode);
        Assert.Contains("Plan 1 was not found.", elsewhere.Error);
        Assert.Equal((ExitCodes.Success, Plan), (inside.ExitCode, inside.Output));
    }

    [Fact]
    public async Task Export_without_a_plan_id_is_a_usage_error()
    {
        var result = await Cli.RunAsync("export", "plan", "--db", _database.Path);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }

    private string File(string name, string text) => TempFiles.Write(_folder, name, text);
}
