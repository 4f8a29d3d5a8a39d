using Gameplan.Core.Data;
using Gameplan.Domain.Activities;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Cli.Tests.Activities;

public sealed class MappingsCommandTests : IAsyncLifetime
{
    private const string Crm = """
        {
          "date": { "column": "Start", "format": "dd.MM.yyyy HH:mm" },
          "person": { "column": "Owner Email", "match": "email" },
          "metric": { "column": "Type", "values": { "Call": "calls" }, "ignore": ["Email"] },
          "external_id": { "column": "Id" }
        }
        """;

    private const string Export = "Id;Type;Owner Email;Start\r\nA1;Call;ana@acme.example;04.01.2027 09:30\r\nA2;Email;ana@acme.example;05.01.2027 15:00\r\n";

    private readonly TempDatabase _database = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("gameplan-mappings-").FullName;

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
        db.Metrics.Add(new Metric(organization.Id, "calls", "count"));
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_saved_mapping_is_listed_and_imports_a_CRM_export_by_its_name()
    {
        var saved = await Cli.RunAsync("mappings", "save", "CRM calls", File("crm.json", Crm), "--db", _database.Path);

        var list = await Cli.RunAsync("mappings", "list", "--db", _database.Path);
        var import = await Cli.RunAsync("import", "activities", File("crm.csv", Export), "--mapping", "crm CALLS", "--format", "json", "--db", _database.Path);

        Assert.Equal((ExitCodes.Success, ""), (saved.ExitCode, saved.Error));
        Assert.Equal(["Saved mapping 'CRM calls' in 'Acme'."], saved.OutputLines);
        Assert.Equal(["CRM calls  2027-03-15 09:00"], list.OutputLines);
        Assert.Equal((ExitCodes.Success, ""), (import.ExitCode, import.Error));
        Assert.StartsWith("""{"imported":1,"duplicates":0,"invalid":[],"invalid_rows":0,"ignored":1,"rows":2}""", import.Output, StringComparison.Ordinal);
        Assert.Equal(1, await _database.StoredActivitiesAsync());
    }

    [Fact]
    public async Task An_unknown_mapping_name_exits_2_naming_the_saved_ones()
    {
        await Cli.RunAsync("mappings", "save", "crm", File("crm.json", Crm), "--db", _database.Path);

        var result = await Cli.RunAsync("import", "activities", File("crm.csv", Export), "--mapping", "hubspot", "--db", _database.Path);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("'hubspot' is neither a file nor a saved mapping; saved mappings: 'crm'.", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await _database.StoredActivitiesAsync());
    }

    [Fact]
    public async Task A_deleted_mapping_is_no_longer_listed_and_deleting_it_again_exits_1()
    {
        await Cli.RunAsync("mappings", "save", "crm", File("crm.json", Crm), "--db", _database.Path);

        var deleted = await Cli.RunAsync("mappings", "delete", "CRM", "--db", _database.Path);
        var list = await Cli.RunAsync("mappings", "list", "--db", _database.Path);
        var again = await Cli.RunAsync("mappings", "delete", "crm", "--db", _database.Path);

        Assert.Equal(ExitCodes.Success, deleted.ExitCode);
        Assert.Equal(["Deleted mapping 'CRM'."], deleted.OutputLines);
        Assert.Equal(["No saved mappings."], list.OutputLines);
        Assert.Equal(ExitCodes.Failure, again.ExitCode);
        Assert.Contains("'crm' was not found", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_definition_with_an_unknown_key_is_refused_with_exit_1_and_not_saved()
    {
        var result = await Cli.RunAsync("mappings", "save", "crm", File("bad.json", Crm.Replace("\"format\"", "\"fromat\"", StringComparison.Ordinal)), "--db", _database.Path);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("fromat", result.Error, StringComparison.Ordinal);
        Assert.Equal(["No saved mappings."], (await Cli.RunAsync("mappings", "list", "--db", _database.Path)).OutputLines);
    }

    [Fact]
    public async Task Saving_a_file_that_does_not_exist_exits_2()
    {
        var result = await Cli.RunAsync("mappings", "save", "crm", Path.Combine(_folder, "nope.json"), "--db", _database.Path);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("cannot read", result.Error, StringComparison.Ordinal);
    }

    private string File(string name, string text) => TempFiles.Write(_folder, name, text);
}
