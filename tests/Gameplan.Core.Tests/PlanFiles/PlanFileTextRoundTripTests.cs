using CsCheck;
using Gameplan.Core.PlanFiles;

namespace Gameplan.Core.Tests.PlanFiles;

/// <summary>
/// Any text a person can type (line and paragraph separators, control characters, leading and
/// trailing spaces, '#', ': ', quotes, words YAML reads as null or true) comes back from an export
/// exactly as it was, in block values and in <c>[ ]</c> lists alike.
/// </summary>
public sealed class PlanFileTextRoundTripTests
{
    /// <summary>Pieces that YAML readers are known to change when they are written plainly.</summary>
    private static readonly string[] Tricky =
    [
        " ", "  ", "\t", "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "\u00a0", "\u3000", "\ufeff", "\ufffe", "\uffff",
        "\u0000", "\u0007", "\u001b", "\u007f", "\u200b", "#", " #", ": ", ":", "- ", "? ", "'", "\"", "\\", "\\n", "[", "]", "{", "}",
        ",", "&a", "*a", "!", "!!str ", "|", ">", "%", "@", "`", "~", "null", "Null", "NULL", "true", "no", "yes", "on", "y",
        "1", "-1.5e3", "0x1F", "0o17", ".inf", "-.NaN", "1_000", "2027-01-01", "12:30:00", "---", "...", "<<", "😀", "é", "ǅ", "﷽",
    ];

    private static readonly Gen<string> Text = Gen.Frequency(
            (4, Gen.OneOf(Tricky)),
            (3, Gen.Char['a', 'z'].Select(c => c.ToString())),
            (1, Gen.Char['\u0000', '\u001f'].Select(c => c.ToString())),
            (1, Gen.Char['\u00a0', '\ud7ff'].Select(c => c.ToString())),
            (1, Gen.Char['\ue000', '\uffff'].Select(c => c.ToString())),
            (1, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)))
        .Array[0, 12]
        .Select(string.Concat);

    [Theory]
    [InlineData("Line\u2028separator")]
    [InlineData("Paragraph\u2029separator")]
    [InlineData("Next\u0085line")]
    [InlineData("  padded  ")]
    [InlineData("Calls: 20 # a day")]
    [InlineData("\"quoted\" and 'quoted'")]
    [InlineData("null")]
    [InlineData("\ufeffbyte order mark")]
    public void Awkward_text_comes_back_from_an_export_unchanged(string text) => AssertRoundTrip(text);

    [Fact]
    public void Random_text_comes_back_from_an_export_unchanged() =>
        Text.Sample(AssertRoundTrip, iter: 3000);

    /// <summary>The text in every kind of place a plan file holds text: block values, a nested mapping, a list, a list of mappings.</summary>
    private static void AssertRoundTrip(string text)
    {
        var file = new PlanFile
        {
            Plan = new PlanFilePlan
            {
                Name = text,
                Mission = text,
                Background = new PlanFileBackground(text, "desired"),
                Strategies =
                [
                    new PlanFileStrategy
                    {
                        Id = "s1", Statement = text,
                        Tactics = [new PlanFileTactic { Id = "t1", Action = text, Resources = [text, "seats"] }],
                    },
                ],
            },
            Reviews = [new PlanFileReview { Kind = "tactical", Date = new DateOnly(2027, 1, 15), Notes = text }],
        };
        var yaml = PlanFileWriter.Write(file);

        var read = PlanFileReader.Read(yaml);

        Assert.True(read.Plan is not null && read.Problems.Count == 0, $"{Show(text)} was written as:\n{yaml}\nand read with: {string.Join("; ", read.Problems)}");
        var plan = read.Plan.Plan;
        var tactic = plan.Strategies[0].Tactics[0];
        var back = new[] { plan.Name, plan.Mission, plan.Background?.Current, plan.Strategies[0].Statement, tactic.Action, tactic.Resources?[0], read.Plan.Reviews[0].Notes };
        Assert.True(back.All(b => b == text), $"{Show(text)} was written as:\n{yaml}\nand read back as: {string.Join(" | ", back.Select(b => b is null ? "(null)" : Show(b)))}");
    }

    private static string Show(string text) => string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:x4}"));
}
