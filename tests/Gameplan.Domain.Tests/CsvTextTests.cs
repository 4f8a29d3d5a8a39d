namespace Gameplan.Domain.Tests;

public sealed class CsvTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1 555 0100", "'+1 555 0100")]
    [InlineData("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\tindent", "'\tindent")]
    [InlineData("-5", "-5")]
    [InlineData("+3.5", "+3.5")]
    [InlineData("Lena Fischer", "Lena Fischer")]
    [InlineData("Fischer, Lena", "\"Fischer, Lena\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData(" padded", "\" padded\"")]
    [InlineData("", "")]
    public void A_cell_that_a_spreadsheet_would_run_as_a_formula_is_neutralised_and_quoted_when_it_must_be(string value, string written) =>
        Assert.Equal(written, CsvText.Cell(value));

    [Fact]
    public void Rows_are_comma_separated_with_crlf_and_numbers_and_days_are_invariant()
    {
        var csv = CsvText.Write(["date", "person", "quantity"], [[CsvText.Date(new DateOnly(2027, 1, 4)), "=evil()", CsvText.Number(1234.5m)], [CsvText.Date(null), null, CsvText.Number(null)]]);

        Assert.Equal("date,person,quantity\r\n2027-01-04,'=evil(),1234.5\r\n,,\r\n", csv);
    }
}
