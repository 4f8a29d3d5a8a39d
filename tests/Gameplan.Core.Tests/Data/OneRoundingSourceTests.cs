using System.Text.RegularExpressions;
using Gameplan.Core.Tests.Support;

namespace Gameplan.Core.Tests.Data;

/// <summary>
/// Numbers are rounded and written for people by Gameplan.Domain.Numbers alone (half away from zero).
/// This reads every C# and Razor file under src and fails on another rounding call or numeric format,
/// the kind that once made My day show 12.34 where the off-pace list showed 12.35. Form inputs'
/// <c>asp-format</c> only echo a stored value and are left alone.
/// </summary>
public sealed partial class OneRoundingSourceTests
{
    private const string TheOneHelper = "src/Gameplan.Domain/Numbers.cs";

    [Fact]
    public void No_source_file_but_Numbers_rounds_or_formats_a_number_for_people()
    {
        var offences = SourceFiles.All()
            .Where(f => f.Path != TheOneHelper)
            .SelectMany(f => Forbidden().Matches(f.Text).Select(m => $"{f.Path}: {m.Value}"))
            .ToList();

        Assert.True(offences.Count == 0, "Round and format with Gameplan.Domain.Numbers instead:" + Environment.NewLine + string.Join(Environment.NewLine, offences));
    }

    [Theory]
    [InlineData("private static decimal Round(decimal quantity) => Math.Round(quantity, 2);")]
    [InlineData("decimal.Round(value, 2)")]
    [InlineData("Math.Round(x, 2, MidpointRounding.ToEven)")]
    [InlineData("$\"on pace for {projected:0.#} of {total:0.##}\"")]
    [InlineData("$\"{attainment:P0}\"")]
    [InlineData("(a * 100).ToString(\"0\", invariant)")]
    [InlineData("total.ToString(\"#,0.####\", Invariant)")]
    public void The_scan_catches_each_way_numbers_used_to_be_rounded(string code) => Assert.Matches(Forbidden(), code);

    [Theory]
    [InlineData("<input asp-for=\"Input.Target\" type=\"number\" asp-format=\"{0:0.####}\" step=\"any\">")]
    [InlineData("date.ToString(\"yyyy-MM-dd\", CultureInfo.InvariantCulture)")]
    [InlineData("Numbers.Format(total, 2)")]
    public void Dates_form_inputs_and_Numbers_itself_are_not_mistaken_for_rounding(string code) => Assert.DoesNotMatch(Forbidden(), code);

    // The one exception in src: the classifier's confidence column is padded to two decimals after Numbers rounded it.
    [GeneratedRegex(@"Math\.Round\(|decimal\.Round\(|MidpointRounding|\{[^{}""]+:(P|N|F)\d\}|(?<!asp-format="")\{[^{}""]+:[#,]*0(\.[0#]+)?\}|ToString\(""[#,]*0(?!\.00"")(\.[0#]+)?""|ToString\(""[PNF]\d")]
    private static partial Regex Forbidden();
}
