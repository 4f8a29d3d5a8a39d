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

    [Theory]
    [InlineData(PersonRole.Rep, PersonHome.Inbox, "/inbox")]
    [InlineData(PersonRole.Manager, PersonHome.Team, "/home/team")]
    [InlineData(PersonRole.Executive, PersonHome.Organization, "/home/organization")]
    [InlineData(PersonRole.Admin, PersonHome.Setup, "/home/setup")]
    public void Each_role_lands_on_its_own_home_until_the_person_chooses(PersonRole role, PersonHome home, string path)
    {
        var person = new Person(1, "ana", "Ana", role, null, 40);

        Assert.Equal(home, person.LandsOn);
        Assert.Equal(path, PersonHomes.PathOf(person.LandsOn));
        person.ChangeHome(PersonHome.Plans);
        Assert.Equal(PersonHome.Plans, person.LandsOn);
    }

    [Fact]
    public void A_person_chooses_only_a_home_their_role_may_read_and_a_later_role_change_sends_them_to_the_new_default()
    {
        var rep = new Person(1, "ana", "Ana", PersonRole.Rep, null, 40);
        var error = Assert.Throws<DomainRuleException>(() => rep.ChangeHome(PersonHome.Organization));
        Assert.Equal("home", error.Field);
        Assert.Contains("inbox, my_day, plans", error.Message, StringComparison.Ordinal);

        var manager = new Person(2, "kim", "Kim", PersonRole.Manager, null, 40);
        manager.ChangeHome(PersonHome.Team);
        manager.Update("Kim", PersonRole.Rep, null, 40);
        Assert.Equal(PersonHome.Inbox, manager.LandsOn);
        Assert.DoesNotContain(PersonHome.Setup, PersonHomes.AvailableTo(PersonRole.Executive));
        Assert.Contains(PersonHome.Setup, PersonHomes.AvailableTo(PersonRole.Admin));
    }
}
