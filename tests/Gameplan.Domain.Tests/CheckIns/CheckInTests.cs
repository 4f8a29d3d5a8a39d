using Gameplan.Domain.CheckIns;

namespace Gameplan.Domain.Tests.CheckIns;

public sealed class CheckInTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 16, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Friday = new(2026, 12, 4);

    private static CheckInFields Fields(params (int, decimal?, CheckInConfidence, string?)[] lines) =>
        new(lines, " Two demos booked with the Lyon group. ", null, "Follow up the Lyon demos.");

    [Fact]
    public void A_check_in_keeps_each_commitments_number_and_confidence_and_trims_its_texts()
    {
        var checkIn = new CheckIn(1, 2, 3, Friday, Fields((10, 290, CheckInConfidence.OnTrack, "ignored when on track"), (11, 1, CheckInConfidence.AtRisk, "Two demos moved to January.")), Now);

        Assert.Equal([(10, 290m, CheckInConfidence.OnTrack, null), (11, 1m, CheckInConfidence.AtRisk, "Two demos moved to January.")],
            checkIn.Lines.Select(l => (l.CommitmentId, l.Actual, l.Confidence, l.Why)));
        Assert.Equal(("Two demos booked with the Lyon group.", null, "Follow up the Lyon demos."), (checkIn.Wins, checkIn.Blockers, checkIn.NextFocus));
        Assert.Equal((Friday, Now), (checkIn.Week, checkIn.UpdatedAt));
    }

    [Theory]
    [InlineData(CheckInConfidence.AtRisk, null, "lines[1].why")]
    [InlineData(CheckInConfidence.OffTrack, "  ", "lines[1].why")]
    [InlineData((CheckInConfidence)7, "why", "lines[1].confidence")]
    public void Not_on_track_needs_a_sentence_and_an_unknown_confidence_is_refused_naming_the_line(CheckInConfidence confidence, string? why, string field)
    {
        var refused = Assert.Throws<DomainRuleException>(() =>
            new CheckIn(1, 2, 3, Friday, Fields((10, 5, CheckInConfidence.OnTrack, null), (11, 1, confidence, why)), Now));

        Assert.Equal(field, refused.Field);
    }

    [Theory]
    [InlineData(-1, "lines[0].actual")]
    [InlineData(2_000_000_000, "lines[0].actual")]
    public void A_negative_or_absurd_number_is_refused_naming_the_line(decimal actual, string field) =>
        Assert.Equal(field, Assert.Throws<DomainRuleException>(() => new CheckIn(1, 2, 3, Friday, Fields((10, actual, CheckInConfidence.OnTrack, null)), Now)).Field);

    [Fact]
    public void A_commitment_is_checked_in_once_and_a_refused_change_leaves_the_check_in_as_it_was()
    {
        var checkIn = new CheckIn(1, 2, 3, Friday, Fields((10, 5, CheckInConfidence.OnTrack, null)), Now);

        var twice = Assert.Throws<DomainRuleException>(() => checkIn.Change(Fields((10, 5, CheckInConfidence.OnTrack, null), (10, 6, CheckInConfidence.OnTrack, null)), Now.AddHours(1)));
        var tooLong = Assert.Throws<DomainRuleException>(() => checkIn.Change(new([(10, 7, CheckInConfidence.OnTrack, null)], new string('w', CheckIn.MaxTextLength + 1), null, null), Now.AddHours(1)));

        Assert.Equal(("lines[1].commitment", "wins"), (twice.Field, tooLong.Field));
        Assert.Equal([5m], checkIn.Lines.Select(l => l.Actual));
        Assert.Equal(Now, checkIn.UpdatedAt);
    }
}
