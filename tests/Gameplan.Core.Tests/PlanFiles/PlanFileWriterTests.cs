using System.Text.Json;
using Gameplan.Core.PlanFiles;

namespace Gameplan.Core.Tests.PlanFiles;

public sealed class PlanFileWriterTests
{
    [Theory]
    [InlineData(PlanFileSamples.Rich)]
    [InlineData(PlanFileSamples.Clinic)]
    [InlineData(PlanFileSamples.Naive)]
    public void Writing_what_was_read_reproduces_the_file_exactly(string yaml)
    {
        var read = PlanFileReader.Read(yaml);

        Assert.Empty(read.Problems);
        Assert.Equal(yaml, PlanFileWriter.Write(read.Plan!));
    }

    [Theory]
    [InlineData(PlanFileSamples.Rich)]
    [InlineData(PlanFileSamples.Clinic)]
    [InlineData(PlanFileSamples.Naive)]
    public void Reading_what_was_written_keeps_every_field(string yaml)
    {
        var original = PlanFileReader.Read(yaml).Plan!;

        var again = PlanFileReader.Read(PlanFileWriter.Write(original));

        Assert.Empty(again.Problems);
        Assert.Equal(JsonSerializer.Serialize(original), JsonSerializer.Serialize(again.Plan));
    }

    [Fact]
    public void Version_comes_first_and_absent_values_are_left_out()
    {
        var file = new PlanFile
        {
            Plan = new PlanFilePlan
            {
                Name = "Lean plan",
                Strategies = [new PlanFileStrategy { Id = "s1", Statement = "Own the coast.", Tactics = [new PlanFileTactic { Id = "t1", Action = "Call." }] }],
            },
        };

        var yaml = PlanFileWriter.Write(file);

        Assert.Equal("""
            version: 1
            plan:
              name: Lean plan
              strategies:
                - id: s1
                  statement: Own the coast.
                  tactics:
                    - id: t1
                      action: Call.

            """, yaml);
    }

    [Fact]
    public void Empty_resources_are_written_as_an_empty_list_and_unstated_ones_not_at_all()
    {
        var tactics = new[] { new PlanFileTactic { Id = "t1", Resources = [] }, new PlanFileTactic { Id = "t2", Resources = null } };
        var yaml = PlanFileWriter.Write(new PlanFile { Plan = new PlanFilePlan { Tactics = tactics } });

        Assert.Contains("resources: []", yaml);
        Assert.Single(yaml.Split('\n'), l => l.Contains("resources", StringComparison.Ordinal));
        var back = PlanFileReader.Read(yaml).Plan!.Plan.Tactics;
        Assert.Equal([], back[0].Resources!);
        Assert.Null(back[1].Resources);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("2027")]
    [InlineData("1.5")]
    [InlineData("2027-01-01")]
    [InlineData("null")]
    [InlineData("Goal: grow")]
    [InlineData("#1 in the region")]
    [InlineData("- not a list")]
    [InlineData("[not a list]")]
    [InlineData("Say \"hi\"\nthen leave")]
    [InlineData(" padded ")]
    [InlineData("")]
    public void Text_a_yaml_reader_would_misread_is_quoted_and_reads_back_unchanged(string text)
    {
        var file = new PlanFile
        {
            Plan = new PlanFilePlan { Name = text, Mission = text },
            People = [new PlanFilePerson { Handle = "kim", Name = text }],
            Reviews = [new PlanFileReview { Kind = "tactical", Notes = text }],
        };

        var back = PlanFileReader.Read(PlanFileWriter.Write(file));

        Assert.Empty(back.Problems);
        Assert.Equal(text, back.Plan!.Plan.Name);
        Assert.Equal(text, back.Plan.Plan.Mission);
        Assert.Equal(text, back.Plan.People[0].Name);
        Assert.Equal(text, back.Plan.Reviews[0].Notes);
    }

    [Fact]
    public void One_dri_is_written_as_a_scalar_and_several_as_a_list()
    {
        var file = new PlanFile
        {
            Plan = new PlanFilePlan { Goals = [new PlanFileGoal { Id = "g1", Dri = ["mia"] }, new PlanFileGoal { Id = "g2", Dri = ["mia", "raj"] }] },
        };

        var yaml = PlanFileWriter.Write(file);

        Assert.Contains("      dri: mia\n", yaml);
        Assert.Contains("      dri: [mia, raj]\n", yaml);
    }
}
