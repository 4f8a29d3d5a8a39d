using Gameplan.Core.Activities.Import;
using Gameplan.Core.Tests.Support;

namespace Gameplan.Core.Tests.Activities.Import;

public sealed class ActivityImportCommandsTests
{
    private static readonly ActivityImportOptions Options = new() { Today = ImportArrangement.Today };

    private const string Generic = """
        date,person,metric,quantity,note
        2027-01-04,ana,calls,3,
        2027-01-04,ana,calls,3,
        2027-01-05,ben@acme.example,demos,1,"Demo, with ""the"" CFO"
        2027-01-05,Ben Okafor,calls,2.5,
        """;

    [DbFact]
    public async Task Valid_rows_are_stored_and_importing_the_same_file_again_adds_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await ImportArrangement.CreateAsync(db);
        var import = new ActivityImportCommands(db, Seeded.Clock);

        var first = await import.ImportCsvAsync(CsvText.Utf8(Generic), Options);
        var again = await import.ImportCsvAsync(CsvText.Utf8(Generic), Options);

        Assert.Equal((4, 0, 0), (first.Imported, first.Duplicates, first.InvalidRows));
        Assert.Equal((0, 4), (again.Imported, again.Duplicates));
        Assert.Equal(
            ["2027-01-04 ana calls 3", "2027-01-04 ana calls 3", "2027-01-05 ben calls 2.5", "2027-01-05 ben demos 1"],
            await ImportArrangement.StoredAsync(db));
    }

    [DbFact]
    public async Task A_file_that_repeats_an_external_id_stores_the_row_once_and_counts_the_repeat_as_a_duplicate()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await ImportArrangement.CreateAsync(db);
        var csv = CsvText.Lf("date,person,metric,quantity,external_id", "2027-01-04,ana,calls,1,crm-7", "2027-01-04,ana,calls,1,crm-7", "2027-01-04,ana,calls,1,");

        var summary = await new ActivityImportCommands(db, Seeded.Clock).ImportCsvAsync(csv, Options);

        Assert.Equal((2, 1), (summary.Imported, summary.Duplicates));
        Assert.Equal(["2027-01-04 ana calls 1", "2027-01-04 ana calls 1"], await ImportArrangement.StoredAsync(db));
    }

    [DbFact]
    public async Task One_invalid_row_stores_nothing_and_every_problem_of_the_file_is_reported()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await ImportArrangement.CreateAsync(db);
        var csv = CsvText.Lf("date,person,metric,quantity", "2027-01-04,ana,calls,1", "2027-01-04,zoe,calls,1", "2027-01-05,ben,emails,x", "2027-01-06,ben,calls,1");

        var summary = await new ActivityImportCommands(db, Seeded.Clock).ImportCsvAsync(csv, Options);

        Assert.Equal((0, 0, 2, 4), (summary.Imported, summary.Duplicates, summary.InvalidRows, summary.Rows));
        Assert.Equal(
            [
                new ActivityImportError(3, "person", "no person has the handle, e-mail address or name 'zoe'"),
                new ActivityImportError(4, "quantity", "'x' is not a number"),
                new ActivityImportError(4, "metric", "no metric is named 'emails'; the organisation has calls, demos, meeting_minutes"),
            ],
            summary.Invalid);
        Assert.Empty(await ImportArrangement.StoredAsync(db));
    }

    [DbFact]
    public async Task Skipping_invalid_rows_stores_the_valid_ones_and_still_reports_the_others()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await ImportArrangement.CreateAsync(db);
        var csv = CsvText.Lf("date,person,metric,quantity", "2027-01-04,ana,calls,1", "2027-04-01,ana,calls,1", "2027-01-06,ben,calls,2");

        var summary = await new ActivityImportCommands(db, Seeded.Clock).ImportCsvAsync(csv, Options with { SkipInvalid = true });

        Assert.Equal((2, 1), (summary.Imported, summary.InvalidRows));
        Assert.Equal(3, Assert.Single(summary.Invalid).Line);
        Assert.Equal(["2027-01-04 ana calls 1", "2027-01-06 ben calls 2"], await ImportArrangement.StoredAsync(db));
    }

    [DbFact]
    public async Task A_CRM_export_is_imported_through_a_mapping_and_its_own_ids_make_a_second_import_duplicates()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await ImportArrangement.CreateAsync(db);
        var options = Options with { Mapping = ActivityMappingJson.Parse(CrmMappingTests.Mapping), SkipInvalid = true };
        var import = new ActivityImportCommands(db, Seeded.Clock);

        var first = await import.ImportCsvAsync(CsvText.Utf8(CrmMappingTests.Export), options);
        var again = await import.ImportCsvAsync(CsvText.Utf8(CrmMappingTests.Export), options);

        Assert.Equal((2, 0, 1, 1), (first.Imported, first.Duplicates, first.InvalidRows, first.Ignored));
        Assert.Equal((0, 2), (again.Imported, again.Duplicates));
        Assert.Equal(["2027-01-04 ana calls 1.5", "2027-01-05 ben meeting_minutes 65"], await ImportArrangement.StoredAsync(db));
    }

    [DbFact]
    public async Task A_person_column_matched_by_email_does_not_accept_handles()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await ImportArrangement.CreateAsync(db);
        var mapping = ActivityMapping.Generic with { Person = new ActivityMapping.PersonColumn { Column = "person", Match = PersonMatch.Email } };
        var csv = CsvText.Lf("date,person,metric,quantity", "2027-01-04,ana,calls,1");

        var summary = await new ActivityImportCommands(db, Seeded.Clock).ImportCsvAsync(csv, Options with { Mapping = mapping });

        Assert.Equal("no person has the e-mail address 'ana'", Assert.Single(summary.Invalid).Reason);
    }

    [DbFact]
    public async Task An_unreadable_file_stores_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await ImportArrangement.CreateAsync(db);

        var e = await Assert.ThrowsAsync<ActivityFileException>(() =>
            new ActivityImportCommands(db, Seeded.Clock).ImportCsvAsync(CsvText.Lf("day,who", "2027-01-04,ana"), Options));

        Assert.Equal("date", e.Problem.Column);
        Assert.Empty(await ImportArrangement.StoredAsync(db));
    }

    [DbFact]
    public async Task A_preview_shows_the_first_rows_as_they_would_be_stored_and_stores_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await ImportArrangement.CreateAsync(db);

        var preview = await new ActivityImportQueries(db, Seeded.Clock).PreviewCsvAsync(CsvText.Utf8(Generic + "\n2027-01-06,ana,calls,-1"), Options, rows: 3);

        Assert.Equal(
            [(2L, "ana", "calls", 3m), (3L, "ana", "calls", 3m), (4L, "ben", "demos", 1m)],
            preview.Rows.Select(r => (r.Line, r.Person, r.Metric, r.Quantity)));
        Assert.Equal((5, 1), (preview.TotalRows, preview.InvalidRows));
        Assert.Equal(6, Assert.Single(preview.Invalid).Line);
        Assert.Empty(await ImportArrangement.StoredAsync(db));
    }

    [Fact]
    public void The_summary_serialises_with_the_contract_field_names_first()
    {
        var summary = new ActivityImportSummary(2, 1, [new ActivityImportError(3, "person", "unknown")]) { InvalidRows = 1, Rows = 4 };

        var json = ActivityImportJson.Write(summary);

        Assert.StartsWith("""{"imported":2,"duplicates":1,"invalid":[{"line":3,"column":"person","reason":"unknown"}],""", json, StringComparison.Ordinal);
    }
}
