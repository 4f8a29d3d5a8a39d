using Gameplan.Domain.Comments;

namespace Gameplan.Domain.Tests.Comments;

public sealed class MentionsTests
{
    [Theory]
    [InlineData("@lena please look", "lena")]
    [InlineData("Thanks @lena.", "lena")]
    [InlineData("@lena, @omar and @lena again", "lena omar")]
    [InlineData("Ask @Omar-", "omar")]
    [InlineData("(@mateo.alvarez)", "mateo.alvarez")]
    [InlineData("@nia_b: ok", "nia_b")]
    [InlineData("line one\n@ravi on line two", "ravi")]
    [InlineData("mail ana@example.com, not a mention", "")]
    [InlineData("@@lena is not one", "")]
    [InlineData("@ alone", "")]
    [InlineData("@9lives starts with a digit", "")]
    [InlineData("", "")]
    public void Mentions_are_the_handles_written_after_an_at_sign_each_once(string text, string expected) =>
        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), Mentions.Handles(text));

    [Fact]
    public void A_handle_longer_than_any_handle_mentions_nobody()
    {
        var text = "@" + new string('a', 41);

        Assert.Empty(Mentions.Handles(text));
    }
}
