using Gameplan.Core.Demo;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Cli.Tests.Organizations;

public sealed class OrganizationSettingsCommandTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_time_zone_is_shown_with_today_there_and_set_with_time_zone()
    {
        await Cli.RunAsync("seed", "--demo", "--db", _database.Path);

        var shown = await Cli.RunAsync("organization", "settings", "--db", _database.Path);
        // The clock says 2027-03-15 09:00 UTC: 22:00 the evening before in Pago Pago (UTC-11).
        var changed = await Cli.RunAsync("organization", "settings", "--time-zone", "Pacific/Pago_Pago", "--db", _database.Path);

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (shown.ExitCode, changed.ExitCode));
        Assert.Equal($"'{DemoOrganization.Name}': time zone UTC, today 2027-03-15.", Assert.Single(shown.OutputLines));
        Assert.Equal($"Changed '{DemoOrganization.Name}': time zone Pacific/Pago_Pago, today 2027-03-14.", Assert.Single(changed.OutputLines));
        await using var db = _database.Open();
        Assert.Equal("Pacific/Pago_Pago", (await db.Organizations.SingleAsync()).TimeZone);
    }

    [Fact]
    public async Task A_zone_that_is_not_an_IANA_id_fails_with_a_readable_message_and_changes_nothing()
    {
        await Cli.RunAsync("seed", "--demo", "--db", _database.Path);

        var result = await Cli.RunAsync("organization", "settings", "--time-zone", "Central Europe Standard Time", "--db", _database.Path);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("is not a time zone this server knows", result.Error, StringComparison.Ordinal);
        await using var db = _database.Open();
        Assert.Equal("UTC", (await db.Organizations.SingleAsync()).TimeZone);
    }
}
