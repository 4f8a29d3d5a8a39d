using System.Text.RegularExpressions;
using Gameplan.Core.Tests.Support;

namespace Gameplan.Core.Tests.Organizations;

/// <summary>
/// "Today" has one source, OrganizationClock. This reads every C# and Razor file under src and fails
/// on any other way of reading the date: the machine's local clock, or a day cut from UTC.
/// </summary>
public sealed partial class OneTodaySourceTests
{
    private const string TheOneClock = "src/Gameplan.Core/Organizations/OrganizationClock.cs";

    [Fact]
    public void No_source_file_but_the_organisation_clock_reads_today_from_the_machine_or_from_UTC()
    {
        var offences = SourceFiles.All()
            .Where(f => f.Path != TheOneClock)
            .SelectMany(f => Forbidden().Matches(f.Text).Select(m => $"{f.Path}: {m.Value}"))
            .ToList();

        Assert.True(offences.Count == 0, "Read today from OrganizationClock instead:" + Environment.NewLine + string.Join(Environment.NewLine, offences));
    }

    [Theory]
    [InlineData("var today = DateTime.Today;")]
    [InlineData("var now = DateTime.Now;")]
    [InlineData("var now = DateTimeOffset.Now;")]
    [InlineData("DateOnly.FromDateTime(clock.GetLocalNow().DateTime)")]
    [InlineData("DateOnly.FromDateTime(DateTime.UtcNow)")]
    [InlineData("DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1)")]
    [InlineData("TimeZoneInfo.Local")]
    public void The_scan_catches_each_way_today_used_to_be_read(string code) => Assert.Matches(Forbidden(), code);

    [Theory]
    [InlineData("var now = clock.GetUtcNow();")]
    [InlineData("date = DateOnly.FromDateTime(moment.DateTime);")]
    [InlineData("var today = await clock.TodayAsync(ct);")]
    public void Timestamps_and_date_conversions_are_not_mistaken_for_today(string code) => Assert.DoesNotMatch(Forbidden(), code);

    [GeneratedRegex(@"DateTime\.Now|DateTime\.Today|DateTimeOffset\.Now|GetLocalNow\(|TimeZoneInfo\.Local\b|DateOnly\.FromDateTime\([^;]*(UtcNow|GetUtcNow)")]
    private static partial Regex Forbidden();
}
