using Gameplan.Domain.Organizations;

namespace Gameplan.Domain.Tests.Organizations;

public sealed class OrganizationTests
{
    [Fact]
    public void A_new_organisation_sets_no_critique_setting_and_an_admin_can_change_them()
    {
        var organization = new Organization("Northwind");
        Assert.True(organization.Settings.IsEmpty);

        organization.ChangeSettings(new PlanningSettings(maxStrategies: 3));

        Assert.Equal(3, organization.Settings.MaxStrategies);
    }
}
