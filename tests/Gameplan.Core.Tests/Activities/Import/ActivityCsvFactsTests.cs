using Gameplan.Core.Activities.Import;
using Gameplan.Domain.Critique;

namespace Gameplan.Core.Tests.Activities.Import;

public sealed class ActivityCsvFactsTests
{
    private static readonly DateOnly Today = new(2027, 3, 15);

    [Fact]
    public async Task A_file_with_a_BOM_CRLF_line_ends_and_loosely_written_headers_is_read()
    {
        var csv = CsvText.Utf8("\uFEFFDate , PERSON,Metric,Quantity,External ID\r\n2027-01-04,ana,calls,3,crm-1\r\n2027-01-05,ben,demos,1.5,\r\n");

        var read = await ActivityCsvFacts.ReadAsync(csv, Today);

        Assert.Empty(read.Invalid);
        Assert.Equal(
            [new ActivityFact(new DateOnly(2027, 1, 4), "ana", "calls", 3m), new ActivityFact(new DateOnly(2027, 1, 5), "ben", "demos", 1.5m)],
            read.Facts.Entries);
    }

    [Fact]
    public async Task Quoted_values_keep_commas_quotes_and_line_breaks_and_later_lines_are_still_numbered_as_in_the_file()
    {
        var csv = CsvText.Lf(
            "date,person,metric,quantity,note",
            "2027-01-04,ana,calls,3,\"Left a voicemail, then\ncalled \"\"back\"\"\nat noon\"",
            "",
            "2027-01-05,ben,calls,lots,");

        var read = await ActivityCsvFacts.ReadAsync(csv, Today);

        Assert.Equal([new ActivityImportError(6, "quantity", "'lots' is not a number")], read.Invalid);
        Assert.Equal(3m, Assert.Single(read.Facts.Entries).Quantity);
    }

    [Fact]
    public async Task A_semicolon_header_makes_semicolons_the_separator_and_a_decimal_comma_is_refused_with_the_reason()
    {
        var csv = CsvText.Crlf("date;person;metric;quantity;note", "2027-01-04;ana;calls;2;called, no answer", "2027-01-05;ana;calls;2,5;");

        var read = await ActivityCsvFacts.ReadAsync(csv, Today);

        Assert.Equal(2m, Assert.Single(read.Facts.Entries).Quantity);
        var problem = Assert.Single(read.Invalid);
        Assert.Equal((3L, "quantity"), (problem.Line, problem.Column));
        Assert.Contains("write decimals with '.'", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Semicolons_in_the_notes_of_a_comma_file_do_not_change_the_separator()
    {
        var csv = CsvText.Lf("date,person,metric,quantity,note", "2027-01-04,ana,calls,1,a;b;c;d;e;f;g", "2027-01-04,ana,calls,1,x;y;z;w;v;u");

        var read = await ActivityCsvFacts.ReadAsync(csv, Today);

        Assert.Empty(read.Invalid);
        Assert.Equal(2, read.Facts.Entries.Count);
    }

    [Fact]
    public async Task An_Excel_separator_hint_line_is_honoured_and_still_counted_in_line_numbers()
    {
        var csv = CsvText.Crlf("sep=;", "date;person;metric;quantity", "2027-01-04;ana;calls;1", "2027-01-05;ana;calls;x");

        var read = await ActivityCsvFacts.ReadAsync(csv, Today);

        Assert.Single(read.Facts.Entries);
        Assert.Equal(4, Assert.Single(read.Invalid).Line);
    }

    [Fact]
    public async Task A_quoted_value_larger_than_a_megabyte_makes_the_file_unreadable_at_its_line()
    {
        var csv = CsvText.Lf("date,person,metric,quantity,note", "2027-01-04,ana,calls,1,ok", $"2027-01-05,ana,calls,1,\"{new string('x', 1_100_000)}\"");

        var e = await Assert.ThrowsAsync<ActivityFileException>(() => ActivityCsvFacts.ReadAsync(csv, Today));

        Assert.Equal(3, e.Problem.Line);
    }

    [Fact]
    public async Task Every_problem_of_every_row_is_reported_with_its_line_and_column()
    {
        var csv = CsvText.Lf(
            "date,person,metric,quantity",
            "04/01/2027,ana,calls,1",
            "2027-01-04,,calls,-2",
            "2027-03-16,ben,,1",
            "2027-03-15,ben,calls,1");

        var read = await ActivityCsvFacts.ReadAsync(csv, Today);

        Assert.Equal(
            [
                new ActivityImportError(2, "date", "'04/01/2027' is not a date in the form yyyy-MM-dd"),
                new ActivityImportError(3, "person", "the value is missing"),
                new ActivityImportError(3, "quantity", "-2 is negative; a quantity is 0 or more"),
                new ActivityImportError(4, "date", "2027-03-16 is in the future (today is 2027-03-15)"),
                new ActivityImportError(4, "metric", "the value is missing"),
            ],
            read.Invalid);
        Assert.Equal(3, read.InvalidRows);
        Assert.Single(read.Facts.Entries);
    }

    [Theory]
    [InlineData("2027-02-29", "'2027-02-29' is not a date in the form yyyy-MM-dd")]
    [InlineData("2027-13-01", "'2027-13-01' is not a date in the form yyyy-MM-dd")]
    [InlineData("2027-1-04", "'2027-1-04' is not a date in the form yyyy-MM-dd")]
    [InlineData("2027-01-04T10:00", "'2027-01-04T10:00' is not a date in the form yyyy-MM-dd")]
    public async Task Dates_are_read_exactly_as_yyyy_MM_dd(string date, string reason)
    {
        var read = await ActivityCsvFacts.ReadAsync(CsvText.Lf("date,person,metric,quantity", $"{date},ana,calls,1", "2028-02-29,ana,calls,1"), null);

        Assert.Equal(reason, Assert.Single(read.Invalid).Reason);
        Assert.Equal(new DateOnly(2028, 2, 29), Assert.Single(read.Facts.Entries).Date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("\n\r\n  \n")]
    public async Task An_empty_file_cannot_be_read(string text)
    {
        var e = await Assert.ThrowsAsync<ActivityFileException>(() => ActivityCsvFacts.ReadAsync(CsvText.Utf8(text), Today));

        Assert.Contains("the file is empty", e.Problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_with_only_a_header_has_no_activities_and_no_problems()
    {
        var read = await ActivityCsvFacts.ReadAsync(CsvText.Utf8("date,person,metric,quantity"), Today);

        Assert.Empty(read.Facts.Entries);
        Assert.Empty(read.Invalid);
    }

    [Fact]
    public async Task A_missing_required_column_makes_the_file_unreadable_and_names_the_column_and_the_header()
    {
        var e = await Assert.ThrowsAsync<ActivityFileException>(
            () => ActivityCsvFacts.ReadAsync(CsvText.Lf("date,person,qty", "2027-01-04,ana,1"), Today));

        Assert.Equal(new ActivityImportError(1, "metric", "the file has no column 'metric', 'quantity'; its header has: date, person, qty"), e.Problem);
    }

    [Fact]
    public async Task An_unclosed_quote_is_an_invalid_row_at_the_line_where_it_starts()
    {
        var csv = CsvText.Lf("date,person,metric,quantity,note", "2027-01-04,ana,calls,1,ok", "2027-01-05,ana,calls,1,\"never closed", "2027-01-06,ana,calls,1,");

        var read = await ActivityCsvFacts.ReadAsync(csv, Today);

        var problem = Assert.Single(read.Invalid);
        Assert.Equal(3, problem.Line);
        Assert.Contains("never closed", problem.Reason, StringComparison.Ordinal);
        Assert.Single(read.Facts.Entries);
    }

    [Fact]
    public async Task A_row_with_more_values_than_the_header_is_invalid_but_an_empty_trailing_value_is_not()
    {
        var csv = CsvText.Lf("date,person,metric,quantity,note", "2027-01-04,ana,calls,1,a,b", "2027-01-04,ana,calls,1,,");

        var read = await ActivityCsvFacts.ReadAsync(csv, Today);

        Assert.Equal(2, Assert.Single(read.Invalid).Line);
        Assert.Single(read.Facts.Entries);
    }

    [Fact]
    public async Task The_optional_tactic_column_ties_a_row_to_a_tactic()
    {
        var csv = CsvText.Lf("date,person,metric,quantity,tactic", "2027-01-04,ana,calls,1,t1", "2027-01-04,ana,calls,2,");

        var read = await ActivityCsvFacts.ReadAsync(csv, Today);

        Assert.Equal(["t1", null], read.Facts.Entries.Select(e => e.TacticId));
    }

    [Fact]
    public async Task A_header_longer_than_the_first_read_is_still_used_to_choose_the_separator()
    {
        var longName = new string('x', 10_000);
        var csv = CsvText.Lf($"date;person;metric;quantity;{longName}", "2027-01-04;ana;calls;1;a,b,c");

        var read = await ActivityCsvFacts.ReadAsync(csv, Today);

        Assert.Empty(read.Invalid);
        Assert.Single(read.Facts.Entries);
    }

    [Fact]
    public async Task The_list_of_problems_is_capped_but_every_invalid_row_is_counted()
    {
        var lines = new[] { "date,person,metric,quantity" }.Concat(Enumerable.Repeat("2027-01-04,ana,calls,x", 1500));

        var read = await ActivityCsvFacts.ReadAsync(CsvText.Lf([.. lines]), Today);

        Assert.Equal(1000, read.Invalid.Count);
        Assert.Equal(1500, read.InvalidRows);
        Assert.Equal(1001, read.Invalid[^1].Line);
    }

    [Fact]
    public async Task An_external_id_that_looks_derived_is_refused()
    {
        var csv = CsvText.Lf("date,person,metric,quantity,external_id", "2027-01-04,ana,calls,1,csv:abc:1");

        var read = await ActivityCsvFacts.ReadAsync(csv, Today);

        Assert.Equal("external_id", Assert.Single(read.Invalid).Column);
    }
}
