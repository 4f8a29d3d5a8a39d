using Gameplan.Core.Activities.Import;
using Gameplan.Domain;

namespace Gameplan.Core.Tests.Activities.Import;

public sealed class CrmMappingTests
{
    public const string Mapping = """
        {
          // A CRM's activity export: one row per call or meeting.
          "date": { "column": "Activity Date", "format": "MM/dd/yyyy HH:mm" },
          "person": { "column": "Assigned To", "match": "email" },
          "metric": { "column": "Type", "values": { "Call": "calls", "Meeting": "meeting_minutes" }, "ignore": ["Email"] },
          "quantity": { "column": "Duration", "duration": "hh:mm:ss" },
          "external_id": { "column": "Activity ID" },
          "note": { "column": "Subject" },
        }
        """;

    public const string Export = """
        Activity ID,Type,Subject,Assigned To,Activity Date,Duration
        00T1,Call,"Intro call, left voicemail",ana@acme.example,01/04/2027 09:30,00:01:30
        00T2,Meeting,Demo,ben@acme.example,01/05/2027 14:00,1:05:00
        00T3,Email,Follow-up,ana@acme.example,01/05/2027 15:00,
        00T4,Task,Send quote,ana@acme.example,01/06/2027 10:00,00:10:00
        """;

    [Fact]
    public async Task A_CRM_export_reads_through_a_mapping_translating_types_durations_and_dates()
    {
        var mapping = ActivityMappingJson.Parse(Mapping);

        var read = await ActivityCsvFacts.ReadAsync(CsvText.Utf8(Export), new DateOnly(2027, 3, 15), mapping: mapping);

        Assert.Equal(
            [("calls", new DateOnly(2027, 1, 4), 1.5m), ("meeting_minutes", new DateOnly(2027, 1, 5), 65m)],
            read.Facts.Entries.Select(e => (e.Metric, e.Date, e.Quantity)));
        var problem = Assert.Single(read.Invalid);
        Assert.Equal((5L, "Type"), (problem.Line, problem.Column));
        Assert.Equal("'Task' is not one of the mapped values (Call, Meeting)", problem.Reason);
    }

    [Theory]
    [InlineData("seconds", "90", 1.5)]
    [InlineData("seconds", "100", 1.67)]
    [InlineData("minutes", "12.5", 12.5)]
    [InlineData("hh:mm:ss", "01:00:30", 60.5)]
    [InlineData("hh:mm:ss", "120:00:00", 7200)]
    public async Task A_duration_column_becomes_minutes(string format, string value, decimal minutes)
    {
        var mapping = ActivityMappingJson.Parse($$"""
            { "date": { "column": "day" }, "person": { "column": "who" }, "metric": { "name": "talk_minutes" },
              "quantity": { "column": "length", "duration": "{{format}}" } }
            """);

        var read = await ActivityCsvFacts.ReadAsync(CsvText.Lf("day,who,length", $"2027-01-04,ana,{value}"), null, mapping: mapping);

        Assert.Equal(minutes, Assert.Single(read.Facts.Entries).Quantity);
    }

    [Theory]
    [InlineData("1:5:00")]
    [InlineData("00:60:00")]
    [InlineData("05:00")]
    public async Task A_clock_duration_needs_hours_minutes_and_seconds(string value)
    {
        var mapping = ActivityMappingJson.Parse("""
            { "date": { "column": "day" }, "person": { "column": "who" }, "metric": { "name": "talk_minutes" },
              "quantity": { "column": "length", "duration": "hh:mm:ss" } }
            """);

        var read = await ActivityCsvFacts.ReadAsync(CsvText.Lf("day,who,length", $"2027-01-04,ana,{value}"), null, mapping: mapping);

        Assert.Equal($"'{value}' is not a duration in the form hh:mm:ss", Assert.Single(read.Invalid).Reason);
    }

    [Fact]
    public void A_mapping_round_trips_through_its_JSON()
    {
        var mapping = ActivityMappingJson.Parse(Mapping);

        var again = ActivityMappingJson.Parse(ActivityMappingJson.Write(mapping));

        Assert.Equal(ActivityMappingJson.Write(mapping), ActivityMappingJson.Write(again));
        Assert.Equal(PersonMatch.Email, again.Person.Match);
        Assert.Equal(DurationFormat.Clock, again.Quantity!.Duration);
        Assert.Contains("\"hh:mm:ss\"", ActivityMappingJson.Write(mapping), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "date": { "colum": "d" }, "person": { "column": "p" }, "metric": { "name": "calls" } }""", "colum")]
    [InlineData("""{ "person": { "column": "p" }, "metric": { "name": "calls" } }""", "date")]
    [InlineData("""{ "date": { "column": "d" }, "person": { "column": "p" }, "metric": { "name": "calls", "column": "t" } }""", "metric")]
    [InlineData("""{ "date": { "column": "d", "format": "HH:mm" }, "person": { "column": "p" }, "metric": { "name": "calls" } }""", "date.format")]
    [InlineData("""{ "date": { "column": "d" }, "person": { "column": "p", "match": "phone" }, "metric": { "name": "calls" } }""", "match")]
    [InlineData("""[1, 2]""", "not valid")]
    public void A_mapping_that_cannot_work_is_refused_naming_the_place(string json, string named)
    {
        var e = Assert.Throws<DomainRuleException>(() => ActivityMappingJson.Parse(json));

        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[1, 2]""", "")]
    [InlineData("""{ "date": "Day", "person": { "column": "p" }, "metric": { "name": "calls" } }""", "date")]
    [InlineData("""{ "date": { "column": 5 }, "person": { "column": "p" }, "metric": { "name": "calls" } }""", "date.column")]
    [InlineData("""{ "date": { "column": "d" }, "person": { "column": "p", "match": ["email"] }, "metric": { "name": "calls" } }""", "person.match")]
    [InlineData("""{ "date": { "column": "d" }, "person": { "column": "p" }, "metric": { "column": "t", "values": [1] } }""", "metric.values")]
    [InlineData("""{ "date": { "colum": "d" }, "person": { "column": "p" }, "metric": { "name": "calls" } }""", "colum")]
    [InlineData("""{ "date": { "column": "d" } """, "")]
    public void A_refused_mapping_says_where_and_why_without_naming_a_dotnet_type(string json, string named)
    {
        var e = Assert.Throws<DomainRuleException>(() => ActivityMappingJson.Parse(json));

        Assert.StartsWith("The mapping is not valid", e.Message, StringComparison.Ordinal);
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"System\.|Gameplan\.|\.NET|JSON value|LineNumber|BytePosition", e.Message);
    }
}
