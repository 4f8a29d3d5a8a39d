namespace Gameplan.Cli.Tests;

public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("Rosa Delgado", "Rosa Delgado")]
    [InlineData("Zoë — 50% [bold]", "Zoë — 50% [bold]")]
    [InlineData("\u001b]0;TITLE\u0007", @"\x1b]0;TITLE\x07")]
    [InlineData("\u001b[2J\u001b[H", @"\x1b[2J\x1b[H")]
    [InlineData("line\r\nbreak\ttab", @"line\x0d\x0abreak\x09tab")]
    [InlineData("del\u007f c1\u009b", @"del\x7f c1\x9b")]
    [InlineData("txt.\u202egnp", @"txt.\u202egnp")]
    [InlineData("\u2066isolate\u2069", @"\u2066isolate\u2069")]
    public void Control_and_reordering_characters_are_shown_as_escapes_and_other_text_is_kept(string text, string printed) =>
        Assert.Equal(printed, TerminalText.Escape(text));
}
