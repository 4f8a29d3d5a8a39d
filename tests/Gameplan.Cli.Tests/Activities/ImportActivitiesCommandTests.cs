using System.Text.Json;
using Gameplan.Core.Data;
using Gameplan.Domain.Activities;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Cli.Tests.Activities;

public sealed class ImportActivitiesCommandTests : IAsyncLifetime
{
    private const string Valid = """"
        date,person,metric,quantity,note
        2027-01-04,ana,calls,3,
        2027-01-05,ana@acme.example,calls,2,"Two calls, one ""maybe"""
        """";

    private readonly TempDatabase _database = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("gameplan-activities-").FullName;

    public async Task InitializeAsync()
    {
        await using var db = _database.Open();
        await GameplanDatabase.MigrateAsync(db);
        var organization = new Organization("Acme");
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        var ana = new Person(organization.Id, "ana", "Ana Silva", PersonRole.Rep, null, 40);
        ana.ChangeEmail("ana@acme.example");
        db.People.Add(ana);
        db.Metrics.AddRange(new Metric(organization.Id, "calls", "count"), new Metric(organization.Id, "meetings", "count"));
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_valid_file_is_imported_with_exit_0_and_a_second_import_finds_only_duplicates()
    {
        var path = File("valid.csv", Valid);

        var first = await Cli.RunAsync("import", "activities", path, "--db", _database.Path);
        var again = await Cli.RunAsync("import", "activities", path, "--db", _database.Path);

        Assert.Equal((ExitCodes.Success, ""), (first.ExitCode, first.Error));
        Assert.Equal(["Imported 2 activities into 'Acme' (0 already there)."], first.OutputLines);
        Assert.Equal(["Nothing imported into 'Acme' (2 already there)."], again.OutputLines);
        Assert.Equal(2, await _database.StoredActivitiesAsync());
    }

    [Fact]
    public async Task Invalid_rows_stop_the_import_with_exit_1_and_each_problem_on_stderr_as_file_line_column_reason()
    {
        var path = File("invalid.csv", Valid + "\n2027-01-06,zoe,calls,1\n2027-03-16,ana,calls,1\n");

        var result = await Cli.RunAsync("import", "activities", path, "--db", _database.Path);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Equal(
            [$"{path}:4: person: no person has the handle, e-mail address or name 'zoe'", $"{path}:5: date: 2027-03-16 is in the future (today is 2027-03-15)"],
            result.ErrorLines);
        Assert.Equal(["Nothing imported: 2 of 4 rows are invalid. Fix them, or import the valid rows with --skip-invalid."], result.OutputLines);
        Assert.Equal(0, await _database.StoredActivitiesAsync());
    }

    [Fact]
    public async Task Skip_invalid_imports_the_valid_rows_with_exit_0_and_today_moves_the_future()
    {
        var path = File("invalid.csv", Valid + "\n2027-03-16,ana,calls,1\n2027-01-06,ana,emails,1\n");

        var result = await Cli.RunAsync("import", "activities", path, "--skip-invalid", "--today", "2027-03-16", "--db", _database.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(["Imported 3 activities into 'Acme' (0 already there, 1 invalid rows skipped)."], result.OutputLines);
        Assert.Equal(3, await _database.StoredActivitiesAsync());
    }

    [Fact]
    public async Task The_json_summary_has_the_contract_shape()
    {
        var path = File("invalid.csv", Valid + "\n2027-01-06,ana,calls,x\n");

        var result = await Cli.RunAsync("import", "activities", path, "--format", "json", "--db", _database.Path);

        Assert.Equal((ExitCodes.Failure, ""), (result.ExitCode, result.Error));
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(["imported", "duplicates", "invalid", "invalid_rows", "ignored", "rows"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal((0, 0), (root.GetProperty("imported").GetInt32(), root.GetProperty("duplicates").GetInt32()));
        var problem = Assert.Single(root.GetProperty("invalid").EnumerateArray());
        Assert.Equal(["line", "column", "reason"], problem.EnumerateObject().Select(p => p.Name));
        Assert.Equal((4, "quantity", "'x' is not a number"),
            (problem.GetProperty("line").GetInt32(), problem.GetProperty("column").GetString(), problem.GetProperty("reason").GetString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("date,person,quantity\n2027-01-04,ana,1\n")]
    public async Task A_file_that_cannot_be_read_as_activities_exits_2(string text)
    {
        var path = File("bad.csv", text);

        var result = await Cli.RunAsync("import", "activities", path, "--db", _database.Path);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith($"error: {path}:1: ", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await _database.StoredActivitiesAsync());
    }

    [Fact]
    public async Task A_missing_file_exits_2()
    {
        var result = await Cli.RunAsync("import", "activities", Path.Combine(_folder, "nope.csv"), "--db", _database.Path);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("cannot read", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_CRM_export_is_imported_through_a_mapping_file()
    {
        var mapping = File("crm.json", """
            {
              "date": { "column": "Start", "format": "dd.MM.yyyy HH:mm" },
              "person": { "column": "Owner Email", "match": "email" },
              "metric": { "column": "Type", "values": { "Call": "calls", "Meeting": "meetings" }, "ignore": ["Email"] },
              "external_id": { "column": "Id" }
            }
            """);
        var export = File("crm.csv", "Id;Type;Owner Email;Start\r\nA1;Call;ana@acme.example;04.01.2027 09:30\r\nA2;Meeting;ANA@acme.example;05.01.2027 14:00\r\nA3;Email;ana@acme.example;05.01.2027 15:00\r\n");

        var result = await Cli.RunAsync("import", "activities", export, "--mapping", mapping, "--format", "json", "--db", _database.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.StartsWith("""{"imported":2,"duplicates":0,"invalid":[],"invalid_rows":0,"ignored":1,"rows":3}""", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mapping_that_is_neither_a_file_nor_a_saved_name_exits_2()
    {
        var result = await Cli.RunAsync("import", "activities", File("valid.csv", Valid), "--mapping", "nosuch", "--db", _database.Path);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("nosuch", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_made_of_terminal_control_characters_is_printed_escaped_never_raw()
    {
        var path = File("hostile.csv", "date,person,metric,quantity\n2027-01-04,\u001b]0;TITLE\u0007,calls,1\n");

        var result = await Cli.RunAsync("import", "activities", path, "--db", _database.Path);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.DoesNotContain(result.Output + result.Error, c => char.IsControl(c) && c is not '\n' and not '\r');
        Assert.Equal([$@"{path}:2: person: no person has the handle, e-mail address or name '\x1b]0;TITLE\x07'"], result.ErrorLines);
    }

    private string File(string name, string text) => TempFiles.Write(_folder, name, text);
}
