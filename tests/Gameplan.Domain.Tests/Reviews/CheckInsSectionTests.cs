using Gameplan.Domain.CheckIns;
using Gameplan.Domain.Reviews;

namespace Gameplan.Domain.Tests.Reviews;

public sealed class CheckInsSectionTests
{
    [Fact]
    public void The_newest_check_ins_come_first_toned_by_their_worst_line_with_numbers_reasons_and_words()
    {
        RecentCheckIn Week(int day, params RecentCheckInLine[] lines) => new(new DateOnly(2027, 3, day), lines, day == 19 ? "Two demos booked" : null, day == 19 ? "CRM was down" : null, null);
        var section = CheckInsSection.Of(
        [
            Week(5, new RecentCheckInLine("calls", 50, CheckInConfidence.OnTrack, null)),
            Week(19, new RecentCheckInLine("calls", 31.5m, CheckInConfidence.OffTrack, "Out sick two days"), new RecentCheckInLine("demos", 2, CheckInConfidence.AtRisk, "One moved")),
            Week(12, new RecentCheckInLine("calls", 44, CheckInConfidence.AtRisk, "Conference"), new RecentCheckInLine(null, null, CheckInConfidence.OnTrack, null)),
            Week(26), Week(2),
        ]);

        Assert.Equal(AgendaSections.CheckIns, section.Key);
        Assert.Equal(["Week to 2027-03-26: on track", "Week to 2027-03-19: off track", "Week to 2027-03-12: at risk", "Week to 2027-03-05: on track"], section.Lines.Select(l => l.Label));
        Assert.Equal([AgendaTone.Good, AgendaTone.Bad, AgendaTone.Warning, AgendaTone.Good], section.Lines.Select(l => l.Tone));
        Assert.Equal(["calls: 31.5, off track (Out sick two days)", "demos: 2, at risk (One moved)", "wins: Two demos booked", "blockers: CRM was down"], section.Lines[1].Notes);
        Assert.Equal("a removed commitment: no number, on track", section.Lines[2].Notes![1]);
    }

    [Fact]
    public void Without_check_ins_the_section_says_so()
    {
        var section = CheckInsSection.Of([]);
        Assert.Empty(section.Lines);
        Assert.Equal("No check-in yet.", section.Empty);
    }
}
