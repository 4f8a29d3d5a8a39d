using Gameplan.Web.Activities;
using Gameplan.Web.Shared;

namespace Gameplan.Web.Tests.Activities;

public sealed class ImportWordingTests
{
    [Theory]
    [InlineData(1, "1 byte")]
    [InlineData(225, "225 bytes")]
    [InlineData(1536, "1.5 KB")]
    [InlineData(5 * 1024 * 1024 + 512 * 1024, "5.5 MB")]
    public void A_file_size_reads_in_the_unit_a_person_expects(long bytes, string expected) =>
        Assert.Equal(expected, ImportWording.Size(bytes));

    [Theory]
    [InlineData(1, "1 row is invalid")]
    [InlineData(4, "4 rows are invalid")]
    public void Row_counts_agree_with_their_number(long count, string expected) =>
        Assert.Equal(expected, ImportWording.AreInvalid(count));

    [Theory]
    [InlineData(0, "0 errors")]
    [InlineData(1, "1 error")]
    [InlineData(1200, "1,200 errors")]
    public void A_count_shown_to_people_agrees_with_its_noun(long count, string expected) =>
        Assert.Equal(expected, Display.Count(count, "error", "errors"));
}
