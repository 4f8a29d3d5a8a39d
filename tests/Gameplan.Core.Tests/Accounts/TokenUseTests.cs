using Gameplan.Core.Accounts;

namespace Gameplan.Core.Tests.Accounts;

public sealed class TokenUseTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_token_used_many_times_within_a_minute_is_recorded_once_and_again_after_the_minute()
    {
        var use = new TokenUse();

        use.Note(1, stored: null, Noon);
        use.Note(1, stored: null, Noon.AddSeconds(30));
        use.Note(2, stored: Noon.AddSeconds(-10), Noon.AddSeconds(30));
        var first = use.Take();
        use.Note(1, stored: null, Noon.AddSeconds(59));
        use.Note(1, stored: null, Noon.AddSeconds(61));

        Assert.Equal([new(1, Noon)], first);
        Assert.Equal([new(1, Noon.AddSeconds(61))], use.Take());
        Assert.Empty(use.Take());
    }

    [Fact]
    public void Uses_that_could_not_be_written_wait_for_the_next_round_unless_a_newer_use_came_in()
    {
        var use = new TokenUse();
        use.Note(1, stored: null, Noon);
        use.Note(2, stored: null, Noon);
        var failed = use.Take();
        use.Note(2, stored: null, Noon.AddMinutes(2));

        use.Return(failed);

        Assert.Equal([new(1, Noon), new(2, Noon.AddMinutes(2))], use.Take().OrderBy(u => u.Key));
    }
}
