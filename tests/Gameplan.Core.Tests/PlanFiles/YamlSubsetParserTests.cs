using System.Text;
using System.Text.Json;
using Gameplan.Core.PlanFiles;

namespace Gameplan.Core.Tests.PlanFiles;

/// <summary>
/// The fast parser must read every file it accepts exactly as YamlDotNet does (same values, same
/// places), and must leave everything else to YamlDotNet.
/// </summary>
public class YamlSubsetParserTests
{
    public static TheoryData<string> Samples => [PlanFileSamples.Rich, PlanFileSamples.Clinic, PlanFileSamples.Naive];

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_writers_layout_is_read_by_the_fast_parser_node_for_node_as_YamlDotNet_reads_it(string yaml)
    {
        foreach (var text in new[] { yaml, yaml.ReplaceLineEndings("\r\n") })
        {
            var fast = YamlSubsetParser.TryParse(text);

            Assert.NotNull(fast);
            AssertSame(YamlDotNet(text), fast, "root");
        }
    }

    [Theory]
    [InlineData("# a plan\n---\nversion: 1   # the format\nplan:\n\n  name: 'It''s \"ours\"'\n  team:\n  owner: ~\n")]
    [InlineData("plan:\n  goals:\n  - id: g1\n    dri: [a, \"b, c\", 'd']\n  -   id: g2\n      title: Win #1 spot\nversion: 1\n")]
    [InlineData("plan:\n    name: \"caf\\u00e9 \\\"x\\\" \\\\ \\n\"\n    mission: Win C# shops at 10:30, see https://example.com\n")]
    [InlineData("plan:\n  period: {start: 2027-01-01,end: 2027-12-31}\n  x: { a: [1, [2, {b: c}]], d: {} , e: [] }\n  unit: currency:USD\n")]
    [InlineData("plan:\n  name: Café € 50% – \u00a0nbsp\n  mission: -5 and --- and ... and a - b\n  n: Dana's [CRM] {x}\n")]
    [InlineData("plan:\n  strategies:\n    - id: s1\n      tactics:\n      - id: t1\n        resources: [Dana's seat, a-b]\n# comment at the left\n      - id: t2\nreviews: []\n")]
    public void Hand_written_forms_are_read_by_the_fast_parser_as_YamlDotNet_reads_them(string yaml)
    {
        var fast = YamlSubsetParser.TryParse(yaml);

        Assert.NotNull(fast);
        AssertSame(YamlDotNet(yaml), fast, "root");
    }

    [Theory]
    [InlineData("plan:\n  mission: |\n    Literal\n")]
    [InlineData("plan:\n  mission: Help clinics\n    get paid faster.\n")]
    [InlineData("plan: &p\n  name: A\nother: *p\n")]
    [InlineData("plan:\n  name: !!str 12\n")]
    [InlineData("plan:\n\tname: A\n")]
    [InlineData("plan:\n  name: A\n  name: B\n")]
    [InlineData("plan:\n  goals: [g1, g2\n  name: x\n")]
    [InlineData("plan:\n  \"name\": A\n")]
    [InlineData("plan:\n  name: a: b\n")]
    [InlineData("plan:\n  tags: [a: b]\n")]
    [InlineData("- a\n- b\n")]
    [InlineData("plan:\n  name: \"two\n    lines\"\n")]
    [InlineData("plan:\n  list:\n  -\n  - b\n")]
    [InlineData("version: 1\n...\n")]
    [InlineData("")]
    public void Yaml_outside_the_subset_is_left_to_YamlDotNet_with_the_same_result(string yaml)
    {
        Assert.Null(YamlSubsetParser.TryParse(yaml));
        Assert.Equal(Json(PlanFileReader.Read(yaml, allowSubset: false)), Json(PlanFileReader.Read(yaml)));
    }

    [Fact]
    public void Thousands_of_small_edits_to_plan_files_never_make_the_two_parsers_disagree()
    {
        string[] edits = [" ", "  ", ":", ": ", "-", "- ", "#", " #", "[", "]", "{", "}", ",", "\"", "'", "''", "\n", "\r\n", "\n  ", "x", "~",
            "\\", "\\u00e9", "é", "\t", "&a ", "*a", "!", "|", ">", "---\n", "?", "%", "\u00a0", "\r"];
        var random = new Random(2027);
        var accepted = 0;
        foreach (var sample in new[] { PlanFileSamples.Rich, PlanFileSamples.Clinic, PlanFileSamples.Naive })
        {
            for (var n = 0; n < 1500; n++)
            {
                var yaml = Mutate(sample, random, edits, 1 + random.Next(3));
                var fast = YamlSubsetParser.TryParse(yaml);
                if (fast is null)
                {
                    continue;
                }
                accepted++;
                AssertSame(YamlDotNet(yaml), fast, $"edit {n}: {yaml}");
            }
        }
        // Most edits keep the file inside the subset, so the comparison is not empty.
        Assert.InRange(accepted, 1000, 4500);
    }

    private static string Mutate(string yaml, Random random, string[] edits, int count)
    {
        var text = new StringBuilder(yaml);
        for (var i = 0; i < count; i++)
        {
            var at = random.Next(text.Length);
            switch (random.Next(3))
            {
                case 0:
                    text.Insert(at, edits[random.Next(edits.Length)]);
                    break;
                case 1:
                    text.Remove(at, Math.Min(1 + random.Next(3), text.Length - at));
                    break;
                default:
                    text[at] = edits[random.Next(edits.Length)][0];
                    break;
            }
        }
        return text.ToString();
    }

    private static YamlItem YamlDotNet(string yaml)
    {
        var (root, fatal) = PlanFileReader.Load(yaml, allowSubset: false);
        Assert.True(root is not null, $"YamlDotNet cannot read what the fast parser accepted: {fatal?.Problems[0].Message}");
        return root;
    }

    private static void AssertSame(YamlItem expected, YamlItem actual, string where)
    {
        Assert.True(
            (expected.Kind, expected.Line, expected.Column, expected.Value, expected.Plain, expected.Items.Count, expected.Entries.Count)
                == (actual.Kind, actual.Line, actual.Column, actual.Value, actual.Plain, actual.Items.Count, actual.Entries.Count),
            $"{where}: expected {Describe(expected)}, got {Describe(actual)}");
        for (var i = 0; i < expected.Items.Count; i++)
        {
            AssertSame(expected.Items[i], actual.Items[i], $"{where}[{i}]");
        }
        for (var i = 0; i < expected.Entries.Count; i++)
        {
            var (e, a) = (expected.Entries[i], actual.Entries[i]);
            Assert.True((e.Name, e.Shown, e.Line, e.Column) == (a.Name, a.Shown, a.Line, a.Column),
                $"{where}: key {e.Shown} at {e.Line}:{e.Column} read as {a.Shown} at {a.Line}:{a.Column}");
            AssertSame(e.Value, a.Value, $"{where}.{e.Shown}");
        }
    }

    private static string Describe(YamlItem item) =>
        $"{item.Kind} at {item.Line}:{item.Column} '{item.Value}' plain={item.Plain} items={item.Items.Count} entries={item.Entries.Count}";

    private static string Json(PlanFileReadResult result) => JsonSerializer.Serialize(result);
}
