using Gameplan.Domain.Pace;

namespace Gameplan.Domain.Tests.Pace;

public sealed class GoalPaceTests
{
    private static readonly DateOnly Start = new(2027, 1, 1);
    private static readonly DateOnly Due = new(2027, 12, 31);

    [Theory]
    [InlineData(0.5, "2027-07-02", PaceStatus.OnTrack)]     // half the year gone, half the goal done
    [InlineData(0.45, "2027-07-02", PaceStatus.AtRisk)]     // 0.45 / 0.5 = 0.9
    [InlineData(0.3, "2027-07-02", PaceStatus.OffTrack)]    // 0.3 / 0.5 = 0.6
    [InlineData(1.0, "2027-03-01", PaceStatus.OnTrack)]     // reached early
    [InlineData(0.0, "2026-12-15", PaceStatus.NotStarted)]  // before the start
    public void A_goal_is_on_track_when_its_progress_keeps_up_with_the_time_gone_by(double progress, string today, PaceStatus status)
    {
        var (_, actual) = GoalPace.Of((decimal)progress, Start, Due, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), PaceThresholds.Default);

        Assert.Equal(status, actual);
    }

    [Fact]
    public void The_expected_share_is_the_days_gone_over_the_span_and_stops_at_the_due_date()
    {
        Assert.Equal(0.5m, GoalPace.Of(null, Start, new DateOnly(2027, 1, 11), new DateOnly(2027, 1, 6), PaceThresholds.Default).Expected);
        Assert.Equal(1m, GoalPace.Of(0.2m, Start, Due, new DateOnly(2028, 3, 1), PaceThresholds.Default).Expected);
        Assert.Equal(PaceStatus.OffTrack, GoalPace.Of(0.2m, Start, Due, new DateOnly(2028, 3, 1), PaceThresholds.Default).Status);
        Assert.Null(GoalPace.Of(null, Start, Due, new DateOnly(2027, 6, 1), PaceThresholds.Default).Status);
        Assert.Contains("against 50% of the time gone by", GoalPace.Formula(0.4m, 0.5m, PaceThresholds.Default), StringComparison.Ordinal);
    }

    [Fact]
    public void A_goal_at_90_percent_of_the_time_gone_by_is_on_track_when_the_organisation_says_so_from_90()
    {
        var lenient = new PaceThresholds(90, 60);

        Assert.Equal(PaceStatus.OnTrack, GoalPace.Of(0.45m, Start, Due, new DateOnly(2027, 7, 2), lenient).Status);
        Assert.Contains("on track from 90% of that, at risk from 60%", GoalPace.Formula(0.45m, 0.5m, lenient), StringComparison.Ordinal);
    }
}
