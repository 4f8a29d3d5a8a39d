using Gameplan.Domain.People;

namespace Gameplan.Domain.Tests.People;

public sealed class PersonTests
{
    [Theory]
    [InlineData("Dana", "dana")]
    [InlineData("ana.silva", "ana.silva")]
    [InlineData(" ben_o-2 ", "ben_o-2")]
    public void A_handle_is_stored_in_lower_case(string handle, string stored) =>
        Assert.Equal(stored, new Person(1, handle, "Someone", PersonRole.Rep, null, 40).Handle);

    [Theory]
    [InlineData("")]
    [InlineData("2fast")]
    [InlineData("ana silva")]
    [InlineData("team")]
    [InlineData("owner")]
    public void A_bad_or_reserved_handle_is_refused(string handle)
    {
        var error = Assert.Throws<DomainRuleException>(() => new Person(1, handle, "Someone", PersonRole.Rep, null, 40));

        Assert.Equal("handle", error.Field);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(169)]
    public void An_impossible_weekly_capacity_is_refused(int hours)
    {
        var error = Assert.Throws<DomainRuleException>(() => new Person(1, "ana", "Ana", PersonRole.Rep, null, hours));

        Assert.Equal("capacity_hours_per_week", error.Field);
    }
}
