using Gameplan.Core.Activities.Import;

namespace Gameplan.Core.Tests.Activities.Import;

public sealed class DerivedExternalIdsTests
{
    private static readonly DateOnly Day = new(2027, 1, 4);

    [Fact]
    public void Identical_rows_are_numbered_by_occurrence_and_a_new_reader_numbers_them_the_same()
    {
        var first = new DerivedExternalIds();
        var again = new DerivedExternalIds();

        string[] ids = [first.For(1, 2, Day, 3, null), first.For(1, 2, Day, 3, null)];

        Assert.Matches("^csv:[0-9a-f]{24}:1$", ids[0]);
        Assert.Equal(ids[0][..^1] + "2", ids[1]);
        Assert.Equal(ids, new[] { again.For(1, 2, Day, 3, null), again.For(1, 2, Day, 3, null) });
    }

    [Fact]
    public void The_same_quantity_written_differently_and_surrounding_spaces_in_the_note_give_the_same_id()
    {
        Assert.Equal(new DerivedExternalIds().For(1, 2, Day, 2.5m, "x"), new DerivedExternalIds().For(1, 2, Day, 2.500m, " x "));
    }

    [Fact]
    public void Any_difference_in_person_metric_day_quantity_or_note_gives_another_id()
    {
        var baseline = new DerivedExternalIds().For(1, 2, Day, 3, null);

        string[] others =
        [
            new DerivedExternalIds().For(9, 2, Day, 3, null),
            new DerivedExternalIds().For(1, 9, Day, 3, null),
            new DerivedExternalIds().For(1, 2, Day.AddDays(1), 3, null),
            new DerivedExternalIds().For(1, 2, Day, 3.5m, null),
            new DerivedExternalIds().For(1, 2, Day, 3, "called back"),
        ];

        Assert.DoesNotContain(baseline, others);
        Assert.Equal(others.Length, others.Distinct().Count());
    }
}
