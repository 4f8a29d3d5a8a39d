using System.Text.Json;
using Gameplan.Core.Critique;
using Gameplan.Core.PlanFiles;
using Gameplan.Core.Versions;
using Gameplan.Domain.Versions;

namespace Gameplan.Core.Tests.PlanFiles;

public sealed class PlanFileFunnelTests
{
    // Written as the writer writes it, so that writing what was read reproduces it byte for byte.
    private const string WithFunnel = """
        version: 1
        plan:
          name: Funnel plan
          goals:
            - id: g1
              title: Reach $13M
              metric: revenue
              unit: currency:USD
              baseline: 9500000
              target: 13000000
              due: 2027-09-30
              dri: dana
        people:
          - { handle: dana, name: Dana Reyes, role: manager }
        settings:
          max_strategies: 4
        funnel:
          deal_value: 25000.5
          currency: USD
          cycle_days: 60
          stages:
            - { metric: calls, rate: 0.1, minutes: 4.5 }
            - { metric: meetings, rate: 0.3 }
            - { metric: opportunities, rate: 0.25 }
            - { metric: deals }

        """;

    [Fact]
    public void The_funnel_section_is_read_with_decimal_numbers()
    {
        var read = PlanFileReader.Read(WithFunnel);

        Assert.Empty(read.Problems);
        var funnel = read.Plan!.Funnel!;
        Assert.Equal((25000.5m, "USD", 60), (funnel.DealValue!.Value, funnel.Currency, funnel.CycleDays!.Value));
        Assert.Equal(
            [new("calls", 0.1m, 4.5m), new("meetings", 0.3m), new("opportunities", 0.25m), new("deals", null)],
            funnel.Stages);
    }

    [Fact]
    public void A_plan_file_without_a_funnel_has_none()
    {
        var read = PlanFileReader.Read(WithFunnel[..WithFunnel.IndexOf("funnel:", StringComparison.Ordinal)]);

        Assert.Empty(read.Problems);
        Assert.Null(read.Plan!.Funnel);
    }

    [Fact]
    public void Writing_what_was_read_reproduces_the_funnel_exactly()
    {
        var read = PlanFileReader.Read(WithFunnel);

        Assert.Equal(WithFunnel, PlanFileWriter.Write(read.Plan!));
    }

    [Fact]
    public void Reading_a_written_funnel_gives_the_same_funnel()
    {
        var file = new PlanFile
        {
            Plan = new PlanFilePlan { Name = "Written" },
            Funnel = new PlanFileFunnel
            {
                DealValue = 1234.5678m,
                Currency = "EUR",
                CycleDays = 0,
                Stages = [new("dials", 0.05m, 2m), new("connects", 1m), new("won deals", null, 30m)],
            },
        };

        var again = PlanFileReader.Read(PlanFileWriter.Write(file));

        Assert.Empty(again.Problems);
        Assert.Equal(JsonSerializer.Serialize(file), JsonSerializer.Serialize(again.Plan));
    }

    [Fact]
    public void An_empty_funnel_is_written_as_an_empty_mapping_and_read_back()
    {
        var yaml = PlanFileWriter.Write(new PlanFile { Plan = new PlanFilePlan { Name = "Empty" }, Funnel = new PlanFileFunnel() });

        Assert.EndsWith("funnel: {}\n", yaml);
        var funnel = PlanFileReader.Read(yaml).Plan!.Funnel!;
        Assert.Equal((null, 0), (funnel.DealValue, funnel.Stages.Count));
    }

    [Fact]
    public void An_unknown_key_in_the_funnel_or_a_stage_is_reported_at_its_place_and_the_rest_is_kept()
    {
        var yaml = WithFunnel
            .Replace("  cycle_days: 60", "  cycle_dayz: 60", StringComparison.Ordinal)
            .Replace("{ metric: meetings, rate: 0.3 }", "{ metric: meetings, rat: 0.3 }", StringComparison.Ordinal);

        var read = PlanFileReader.Read(yaml);

        Assert.False(read.HasErrors);
        Assert.Equal(["funnel.cycle_dayz", "funnel.stages[1].rat"], read.Warnings.Select(p => p.Path));
        Assert.Equal((20, 3), (read.Warnings.First().Line, read.Warnings.First().Column));
        Assert.Equal(23, read.Warnings.Last().Line);
        var funnel = read.Plan!.Funnel!;
        Assert.Null(funnel.CycleDays);
        Assert.Equal(new PlanFileFunnelStage("meetings", null), funnel.Stages[1]);
        Assert.Equal(25000.5m, funnel.DealValue);
    }

    [Theory]
    [InlineData("  deal_value: 25000.5", "  deal_value: lots", "funnel.deal_value", 18, 15)]
    [InlineData("  cycle_days: 60", "  cycle_days: 60.5", "funnel.cycle_days", 20, 15)]
    [InlineData("{ metric: calls, rate: 0.1, minutes: 4.5 }", "{ metric: calls, rate: ten percent, minutes: 4.5 }", "funnel.stages[0].rate", 22, 30)]
    [InlineData("    - { metric: deals }", "    - deals", "funnel.stages[3]", 25, 7)]
    public void A_funnel_value_of_the_wrong_type_is_reported_at_its_line_and_column(string from, string to, string path, int line, int column)
    {
        var read = PlanFileReader.Read(WithFunnel.Replace(from, to, StringComparison.Ordinal));

        var problem = Assert.Single(read.Errors);
        Assert.Equal((PlanFileProblemKind.InvalidValue, path, line, column), (problem.Kind, problem.Path, problem.Line, problem.Column));
        Assert.Contains(path, problem.Message);
        Assert.NotNull(read.Plan);
    }

    [Fact]
    public void A_syntax_error_in_the_funnel_names_its_line_and_column()
    {
        var read = PlanFileReader.Read(WithFunnel.Replace("{ metric: deals }", "{ metric: deals", StringComparison.Ordinal));

        Assert.Null(read.Plan);
        var problem = Assert.Single(read.Problems);
        Assert.Equal((PlanFileProblemKind.Syntax, 25), (problem.Kind, problem.Line));
    }

    [Fact]
    public void The_critique_document_carries_the_funnel_as_read()
    {
        var document = PlanFileDocuments.From(PlanFileReader.Read(WithFunnel).Plan!);

        var funnel = document.Funnel!;
        Assert.Equal((25000.5m, "USD", 60), (funnel.DealValue!.Value, funnel.Currency, funnel.CycleDays!.Value));
        Assert.Equal(["calls", "meetings", "opportunities", "deals"], funnel.Stages.Select(stage => stage.Metric!));
        Assert.Equal(4.5m, funnel.Stages[0].Minutes);
    }

    [Fact]
    public void A_changed_rate_shows_in_the_comparison_under_the_stage_s_metric()
    {
        var newer = WithFunnel.Replace("{ metric: meetings, rate: 0.3 }", "{ metric: meetings, rate: 0.35 }", StringComparison.Ordinal);

        var diff = PlanVersions.Compare(WithFunnel, null, newer, null);

        var change = Assert.Single(diff.Changes);
        Assert.Equal(("funnel.stages[meetings]", PlanChangeKind.Changed), (change.Path, change.Change));
        Assert.Equal(new FieldChange("rate", "0.3", "0.35"), Assert.Single(change.Fields));
    }

    [Fact]
    public void A_new_deal_value_a_new_stage_and_a_new_order_show_in_the_comparison()
    {
        var newer = WithFunnel
            .Replace("deal_value: 25000.5", "deal_value: 30000", StringComparison.Ordinal)
            .Replace("    - { metric: meetings, rate: 0.3 }\n", "    - { metric: conversations, rate: 0.5 }\n    - { metric: meetings, rate: 0.3 }\n", StringComparison.Ordinal);

        var diff = PlanVersions.Compare(WithFunnel, null, newer, null);

        var funnel = Assert.Single(diff.Changes, change => change.Path == "funnel");
        Assert.Contains(new FieldChange("deal_value", "25000.5", "30000"), funnel.Fields);
        Assert.Contains(funnel.Fields, field => field.Field == "order" && field.New == "[calls, conversations, meetings, opportunities, deals]");
        Assert.Equal(PlanChangeKind.Added, Assert.Single(diff.Changes, change => change.Path == "funnel.stages[conversations]").Change);
    }

    [Fact]
    public void The_same_funnel_written_with_other_number_spellings_is_no_change()
    {
        var newer = WithFunnel.Replace("rate: 0.3 }", "rate: 0.30 }", StringComparison.Ordinal);

        Assert.True(PlanVersions.Compare(WithFunnel, null, newer, null).Same);
    }
}
