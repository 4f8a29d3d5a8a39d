using Gameplan.Core.Goals;
using Gameplan.Web.Shared;

namespace Gameplan.Web.Tests.Pages;

public sealed class FormConflictTests
{
    private static readonly GoalRequest Shown = new() { Title = "Win 140 clinics", Target = 140, Dri = "rosa" };

    [Fact]
    public void Only_the_fields_the_other_person_changed_are_listed_theirs_beside_yours()
    {
        var theirs = Shown with { Title = "Win 150 clinics" };
        var yours = Shown with { Target = 175 };

        var fields = FormConflict.Compare(FormConflict.Capture(Shown), theirs, yours);

        Assert.Equal([new ConflictField("Title", "Win 150 clinics", "Win 140 clinics")], fields);
    }

    [Fact]
    public void A_number_read_back_with_trailing_zeros_is_not_a_change()
    {
        var theirs = Shown with { Target = 140.0000m, Dri = "grace" };

        var fields = FormConflict.Compare(FormConflict.Capture(Shown), theirs, Shown);

        Assert.Equal(["DRI"], fields.Select(f => f.Label));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not base64!")]
    [InlineData("bm90IGpzb24=")]
    public void Without_a_readable_shown_version_every_field_where_theirs_and_yours_differ_is_listed(string? shown)
    {
        var theirs = Shown with { Title = "Win 150 clinics" };
        var yours = Shown with { Target = 175 };

        var fields = FormConflict.Compare(shown, theirs, yours);

        Assert.Equal([new ConflictField("Title", "Win 150 clinics", "Win 140 clinics"), new ConflictField("Target", "140", "175")], fields);
    }

    [Fact]
    public void A_tampered_shown_version_lists_fields_rather_than_failing()
    {
        var tampered = Convert.ToBase64String("{\"title\": 1e400, \"target\": [[[]]]}"u8);

        var fields = FormConflict.Compare(tampered, Shown with { Title = "Win 150 clinics" }, Shown);

        Assert.Contains(new ConflictField("Title", "Win 150 clinics", "Win 140 clinics"), fields);
    }
}
