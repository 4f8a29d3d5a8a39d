using Gameplan.Domain.Comments;

namespace Gameplan.Domain.Tests.Comments;

public sealed class ElementPathsTests
{
    [Theory]
    [InlineData("plan", CommentElementKind.Plan, "plan")]
    [InlineData("", CommentElementKind.Plan, "plan")]
    [InlineData("plan.mission", CommentElementKind.Answer, "plan.mission")]
    [InlineData("plan.Customer.Who", CommentElementKind.Answer, "plan.customer.who")]
    [InlineData("plan.desired_results", CommentElementKind.Answer, "plan.desired_results")]
    [InlineData("goals[g1]", CommentElementKind.Goal, "goals[g1]")]
    [InlineData("strategies[s1]", CommentElementKind.Strategy, "strategies[s1]")]
    [InlineData("strategies[s1].tactics[t2]", CommentElementKind.Tactic, "strategies[s1].tactics[t2]")]
    [InlineData(" tactics[t9] ", CommentElementKind.Tactic, "tactics[t9]")]
    [InlineData("strategies[s1].tactics[t2].activities[prospecting_minutes]", CommentElementKind.Commitment, "strategies[s1].tactics[t2].activities[prospecting_minutes]")]
    [InlineData("tactics[t2].activities[calls per day]", CommentElementKind.Commitment, "tactics[t2].activities[calls per day]")]
    public void A_path_as_the_critique_prints_it_names_an_element_and_reads_back_the_same(string path, CommentElementKind kind, string formatted)
    {
        var address = ElementPaths.Parse(path);

        Assert.Equal(kind, address.Kind);
        Assert.Equal(formatted, ElementPaths.Format(address));
    }

    [Theory]
    [InlineData("plan.name")]
    [InlineData("goals[]")]
    [InlineData("goals[g1].tactics[t1]")]
    [InlineData("strategies[s1]tactics[t1]")]
    [InlineData(".tactics[t1]")]
    [InlineData("people[dana]")]
    [InlineData("strategies[s 1]")]
    [InlineData("reviews")]
    public void Anything_else_is_refused_naming_the_element_field(string path)
    {
        var refusal = Assert.Throws<DomainRuleException>(() => ElementPaths.Parse(path));

        Assert.Equal("element", refusal.Field);
        Assert.Contains(path, refusal.Message);
    }
}
