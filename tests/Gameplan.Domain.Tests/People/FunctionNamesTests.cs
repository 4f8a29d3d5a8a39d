using Gameplan.Domain.People;

namespace Gameplan.Domain.Tests.People;

public sealed class FunctionNamesTests
{
    [Theory]
    [InlineData("Sales", true)]
    [InlineData("CS", true)]
    [InlineData("Customer Success", true)]
    [InlineData("RevOps", true)]
    [InlineData("the SDR team", true)]
    [InlineData("Marketing Dept", true)]
    [InlineData("Sales team", true)]
    [InlineData("Dana Reyes", false)]
    [InlineData("dana", false)]
    [InlineData("CRO", false)]
    public void A_function_or_department_is_told_from_a_person(string name, bool function) =>
        Assert.Equal(function, FunctionNames.IsFunction(name));
}
