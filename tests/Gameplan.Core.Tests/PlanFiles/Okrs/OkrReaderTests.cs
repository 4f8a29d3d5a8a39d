using Gameplan.Core.PlanFiles;
using Gameplan.Core.PlanFiles.Okrs;
using Gameplan.Domain.Classification;

namespace Gameplan.Core.Tests.PlanFiles.Okrs;

/// <summary>OKR documents in several shapes read into plan files, with a report of what each line became.</summary>
public sealed class OkrReaderTests
{
    private static readonly OkrReadOptions NoDatabase = new() { Today = new DateOnly(2026, 12, 7), FallbackName = "okrs" };

    public static readonly TheoryData<string, string, OkrFormat> Samples = new()
    {
        { "headings", OkrSamples.Headings, OkrFormat.Markdown },
        { "bullets", OkrSamples.Bullets, OkrFormat.Markdown },
        { "flat", OkrSamples.Flat, OkrFormat.Markdown },
        { "sections", OkrSamples.Sections, OkrFormat.Markdown },
        { "tool export", OkrSamples.ToolExport, OkrFormat.Csv },
        { "sheet", OkrSamples.Sheet, OkrFormat.Csv },
    };

    private static string Text(string name) => name switch
    {
        "headings" => OkrSamples.Headings,
        "bullets" => OkrSamples.Bullets,
        "flat" => OkrSamples.Flat,
        "sections" => OkrSamples.Sections,
        "tool export" => OkrSamples.ToolExport,
        _ => OkrSamples.Sheet,
    };

    private static OkrReadResult Read(string name, OkrReadOptions? options = null) =>
        OkrReader.Read(Text(name), name is "tool export" or "sheet" ? OkrFormat.Csv : OkrFormat.Markdown, options ?? NoDatabase);

    [Theory]
    [InlineData("headings", "FY2027 Revenue OKRs", "2027-01-01", "2027-12-31", 2, 4, 3)]
    [InlineData("bullets", "Q3 2027 Sales OKRs", "2027-07-01", "2027-09-30", 2, 4, 2)]
    [InlineData("flat", "Marketing plan 2027", "2027-01-01", "2027-12-31", 2, 3, 1)]
    [InlineData("sections", "okrs", "2027-01-01", "2027-12-31", 2, 3, 2)]
    [InlineData("tool export", "okrs", "2027-01-01", "2027-12-31", 2, 4, 0)]
    [InlineData("sheet", "okrs", "2027-01-01", "2027-12-31", 2, 2, 2)]
    public void Each_shape_reads_into_a_plan_with_its_objectives_measurable_key_results_and_initiatives(
        string sample, string name, string start, string end, int objectives, int measurable, int initiatives)
    {
        var read = Read(sample);

        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        var plan = read.Plan!.Plan;
        Assert.Equal(name, plan.Name);
        Assert.Equal(new PlanFilePeriod(DateOnly.Parse(start), DateOnly.Parse(end)), plan.Period);
        Assert.Equal(objectives, read.Mappings.Count(m => m.Why.StartsWith("objective", StringComparison.Ordinal)));
        Assert.Equal(measurable, plan.Goals.Count(g => g.Target is not null && g.Metric is not null && g.Due is not null));
        Assert.Equal(initiatives, read.Mappings.Count(m => m.Became == "tactic" && m.Why.StartsWith("initiative", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("headings", "Grow ARR from $1.2M to $2M by 2027-12-31", "arr", "currency:USD", "1200000", "2000000", "2027-12-31")]
    [InlineData("headings", "Sign 100 new logos by Q2", "new_logos", "count", null, "100", "2027-06-30")]
    [InlineData("headings", "Raise net revenue retention to 110%", "net_revenue_retention", "percent", null, "110", "2027-12-31")]
    [InlineData("headings", "Reduce logo churn to 5% by June 30", "logo_churn", "percent", null, "5", "2027-06-30")]
    [InlineData("bullets", "Increase qualified pipeline from $3M to $5M", "qualified_pipeline", "currency:USD", "3000000", "5000000", "2027-09-30")]
    [InlineData("bullets", "Close 40 mid-market deals by end of September", "mid_market_deals", "count", null, "40", "2027-09-30")]
    [InlineData("bullets", "Hit $400k in expansion bookings", "expansion_bookings", "currency:USD", null, "400000", "2027-09-30")]
    [InlineData("flat", "12,000 newsletter subscribers by Q4", "newsletter_subscribers", "count", null, "12000", "2027-12-31")]
    [InlineData("sections", "Book 24 executive meetings with health-system CFOs by 2027-03-31", "executive_meetings", "count", null, "24", "2027-03-31")]
    [InlineData("sections", "Raise average deal size from $40k to $65k", "average_deal_size", "currency:USD", "40000", "65000", "2027-12-31")]
    [InlineData("sections", "Gross retention at 95% or better", "gross_retention", "percent", null, "95", "2027-12-31")]
    [InlineData("tool export", "Grow enterprise ARR", "enterprise_arr", "currency:USD", "500000", "1500000", "2027-12-31")]
    [InlineData("tool export", "Enterprise pilots running", "enterprise_pilots_running", "count", null, "6", "2027-06-30")]
    [InlineData("tool export", "Cut first-response time to under 2 hours", "first_response_time", "hours", "6", "2", "2027-06-30")]
    [InlineData("sheet", "Reactivate 60 lapsed accounts", "lapsed_accounts", "count", null, "60", "2027-09-30")]
    [InlineData("sheet", "Recover $250k of lost MRR", "lost_mrr", "currency:USD", null, "250000", "2027-12-31")]
    public void A_key_result_with_a_number_becomes_a_measurable_goal(
        string sample, string title, string metric, string unit, string? baseline, string target, string due)
    {
        var goal = Assert.Single(Read(sample).Plan!.Plan.Goals, g => g.Title == title);

        Assert.Equal(metric, goal.Metric);
        Assert.Equal(unit, goal.Unit);
        Assert.Equal(baseline is null ? null : decimal.Parse(baseline, System.Globalization.CultureInfo.InvariantCulture), goal.Baseline);
        Assert.Equal(decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture), goal.Target);
        Assert.Equal(DateOnly.Parse(due), goal.Due);
    }

    [Theory]
    [InlineData("NRR 104% → 110%", "nrr", "percent", "104", "110", null)]
    [InlineData("Time to go-live from 30 days to 10 days", "time_go_live", "count", "30", "10", null)]
    [InlineData("Gross churn below 6%", "gross_churn", "percent", null, "6", "decrease")]
    [InlineData("Reduce logo churn to 5%", "logo_churn", "percent", null, "5", "decrease")]
    [InlineData("Keep CSAT at 4.5 or higher", "csat", "count", null, "4.5", "maintain")]
    [InlineData("90% of accounts with a success plan by end of Q1", "accounts", "percent", null, "90", null)]
    [InlineData("Book USD 750k in new bookings", "new_bookings", "currency:USD", null, "750000", null)]
    [InlineData("Spend 10 hours a week with partners", "spend", "hours", null, "10", null)]
    public void A_target_is_read_with_its_metric_unit_baseline_and_direction(string text, string metric, string unit, string? baseline, string target, string? direction)
    {
        var outline = $"# FY2027 OKRs\n\n## Keep the customers we win\n- {text}\n";

        var goal = Assert.Single(OkrReader.Read(outline, OkrFormat.Markdown, NoDatabase).Plan!.Plan.Goals, g => g.Title == text);

        Assert.Equal((metric, unit, direction), (goal.Metric, goal.Unit, goal.Direction));
        Assert.Equal(baseline is null ? null : decimal.Parse(baseline, System.Globalization.CultureInfo.InvariantCulture), goal.Baseline);
        Assert.Equal(decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture), goal.Target);
    }

    [Fact]
    public void A_markdown_table_with_an_objective_column_is_read_as_a_table_under_its_heading()
    {
        const string page = """
            # Partnerships OKRs FY2027

            | Objective | Key result | Owner | Target | Due |
            |---|:---:|---|---|---|
            | Grow the reseller channel | Sign 8 resellers | Amara Osei | 8 | 2027-05-31 |
            | | Partner-sourced pipeline from $1M to $3M | Amara Osei | | Q3 |
            """;

        var read = OkrReader.Read(page, OkrFormat.Markdown, NoDatabase);

        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        Assert.Equal("Partnerships OKRs FY2027", read.Plan!.Plan.Name);
        Assert.Equal(["Sign 8 resellers", "Partner-sourced pipeline from $1M to $3M"], read.Plan.Plan.Goals.Select(g => g.Title));
        Assert.Equal((1_000_000m, 3_000_000m), (read.Plan.Plan.Goals[1].Baseline!.Value, read.Plan.Plan.Goals[1].Target!.Value));
        Assert.Equal([5, 6], read.Mappings.Where(m => m.Why.StartsWith("key result", StringComparison.Ordinal)).Select(m => m.Line));
    }

    [Fact]
    public void A_tab_separated_export_with_a_byte_order_mark_and_windows_line_ends_reads_like_any_table()
    {
        const string table = "\uFEFFObjective\tKey Result\tOwner\tTarget\tDue\r\nGrow the reseller channel\tSign 8 resellers\tamara\t8\t2027-05-31\r\n";

        var goal = Assert.Single(OkrReader.Read(table, OkrFormat.Csv, NoDatabase).Plan!.Plan.Goals);

        Assert.Equal(("Sign 8 resellers", 8m, new DateOnly(2027, 5, 31)), (goal.Title, goal.Target!.Value, goal.Due!.Value));
        Assert.Equal(["amara"], goal.Dri);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void An_objective_becomes_a_goal_or_a_strategy_as_the_classifier_reads_it(string sample, string text, OkrFormat format)
    {
        var read = OkrReader.Read(text, format, NoDatabase);

        foreach (var objective in read.Mappings.Where(m => m.Why.StartsWith("objective", StringComparison.Ordinal)))
        {
            var kind = StatementClassifier.Classify(objective.Source).Kind;
            Assert.True(kind == StatementKind.Goal ? objective.Became == "goal" : objective.Became == "strategy", $"{sample}: {objective.Source} is a {kind}, became {objective.Became}");
            Assert.Contains("confidence", objective.Why, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Initiatives_are_tactics_under_the_objectives_strategy_or_at_plan_level(string sample, string text, OkrFormat format)
    {
        var read = OkrReader.Read(text, format, NoDatabase);
        var plan = read.Plan!.Plan;

        foreach (var tactic in read.Mappings.Where(m => m.Became == "tactic"))
        {
            Assert.True(tactic.Path.StartsWith("strategies[", StringComparison.Ordinal) ? tactic.Why.Contains("a tactic of strategy", StringComparison.Ordinal)
                : tactic.Why.Contains("plan-level", StringComparison.Ordinal), $"{sample}: {tactic.Path} {tactic.Why}");
        }
        Assert.All(plan.Strategies, s => Assert.All(s.Goals, id => Assert.Contains(plan.Goals, g => g.Id == id)));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_objective_key_result_and_initiative_line_is_in_the_report_and_the_plan_file_reads_back(string sample, string text, OkrFormat format)
    {
        var read = OkrReader.Read(text, format, NoDatabase);
        var elements = read.Plan!.Plan.Goals.Count + read.Plan.Plan.Strategies.Count + read.Plan.Plan.Tactics.Count + read.Plan.Plan.Strategies.Sum(s => s.Tactics.Count);

        Assert.Equal(elements, read.Mappings.Count(m => m.Became is "goal" or "strategy" or "tactic"));
        Assert.All(read.Mappings, m => Assert.True(m.Line >= 0 && m.Why.Length > 0, sample));
        var again = PlanFileReader.Read(PlanFileWriter.Write(read.Plan));
        Assert.False(again.HasErrors, string.Join("\n", again.Problems));
        Assert.Equal(PlanFileWriter.Write(read.Plan), PlanFileWriter.Write(again.Plan!));
    }

    [Theory]
    [InlineData("headings", "Make 50 new business phone calls", "dana")]
    [InlineData("bullets", "Run two partner webinars", "omar")]
    [InlineData("sections", "Build a target account list", "Sales Ops")]
    [InlineData("flat", "Rebuild the lead scoring model", "RevOps")]
    [InlineData("sheet", "Build a pricing page", "Product")]
    public void A_tactic_keeps_the_owner_written_on_it_or_above_it(string sample, string action, string owner)
    {
        var plan = Read(sample).Plan!.Plan;

        var tactic = Assert.Single(plan.Strategies.SelectMany(s => s.Tactics).Concat(plan.Tactics), t => t.Action!.StartsWith(action, StringComparison.Ordinal));
        Assert.Equal(owner, tactic.Owner);
    }

    [Theory]
    [InlineData("headings", "cro", "CRO", "executive")]
    [InlineData("headings", "dana", "Dana Reyes", null)]
    [InlineData("bullets", "vp-sales", "VP Sales", "executive")]
    [InlineData("bullets", "priya", "priya", null)]
    [InlineData("flat", "jordan", "Jordan Lee", null)]
    [InlineData("sections", "tomas", "Tomás Ruiz", null)]
    public void Owners_who_are_people_or_titles_become_people_with_handles(string sample, string handle, string name, string? role)
    {
        var person = Assert.Single(Read(sample).Plan!.People, p => p.Handle == handle);

        Assert.Equal(name, person.Name);
        Assert.Equal(role, person.Role);
    }

    [Theory]
    [InlineData("headings", "Sales")]
    [InlineData("headings", "CS")]
    [InlineData("headings", "Marketing")]
    [InlineData("tool export", "CS")]
    [InlineData("sheet", "Finance")]
    public void Without_a_database_a_function_as_owner_is_kept_as_written_and_reported_once(string sample, string function)
    {
        var read = Read(sample);

        var warning = Assert.Single(read.Warnings, w => w.Message.StartsWith($"'{function}' owns", StringComparison.Ordinal));
        Assert.Contains("function, not a person", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(read.Plan!.People, p => string.Equals(p.Name, function, StringComparison.Ordinal));
        Assert.Contains(read.Mappings, m => m.Owner is { } owner && owner.StartsWith($"'{function}' is a function", StringComparison.Ordinal));
    }

    [Fact]
    public void With_the_organisations_teams_a_function_becomes_the_plans_team_and_what_cannot_be_stored_is_reported()
    {
        var options = NoDatabase with { Teams = ["Sales", "Customer Success"], People = [new OkrKnownPerson("dana", "Dana Reyes")] };

        var read = OkrReader.Read(OkrSamples.Sheet, OkrFormat.Csv, options);

        var plan = read.Plan!.Plan;
        Assert.Equal(("team", "Sales"), (plan.Scope, plan.Team));
        Assert.Equal("team", plan.Tactics.Concat(plan.Strategies.SelectMany(s => s.Tactics)).Single(t => t.Action!.StartsWith("Call every lapsed", StringComparison.Ordinal)).Owner);
        Assert.Empty(plan.Goals.Single(g => g.Title == "Reactivate 60 lapsed accounts").Dri);
        Assert.Contains(read.Mappings, m => m.Source == "Reactivate 60 lapsed accounts" && m.Owner!.Contains("a DRI is one person", StringComparison.Ordinal));
        Assert.Empty(plan.Goals.Single(g => g.Title == "Recover $250k of lost MRR").Dri);
        Assert.Contains(read.Warnings, w => w.Message.StartsWith("'Finance' owns", StringComparison.Ordinal) && w.Message.Contains("no team by that name", StringComparison.Ordinal));
        Assert.Contains(read.Warnings, w => w.Message.StartsWith("'Sales' owns", StringComparison.Ordinal));
    }

    [Fact]
    public void A_known_persons_name_finds_their_handle_and_adds_nobody()
    {
        var options = NoDatabase with { Teams = [], People = [new OkrKnownPerson("dana", "Dana Reyes")] };

        var read = OkrReader.Read(OkrSamples.ToolExport, OkrFormat.Csv, options);

        Assert.Equal(["dana"], read.Plan!.Plan.Goals.Single(g => g.Title == "Enterprise pilots running").Dri);
        Assert.DoesNotContain(read.Plan.People, p => p.Handle == "dana");
    }

    [Fact]
    public void A_new_person_never_takes_the_handle_of_someone_the_organisation_has()
    {
        var options = NoDatabase with { Teams = [], People = [new OkrKnownPerson("dana", "Dana Okafor")] };

        var read = OkrReader.Read(OkrSamples.ToolExport, OkrFormat.Csv, options);

        Assert.Equal(["dana.reyes"], read.Plan!.Plan.Goals.Single(g => g.Title == "Enterprise pilots running").Dri);
        Assert.Contains(read.Plan.People, p => p is { Handle: "dana.reyes", Name: "Dana Reyes" });
    }

    [Fact]
    public void A_repeated_activity_in_an_initiative_becomes_its_commitment()
    {
        var tactic = Read("headings").Plan!.Plan.Strategies[0].Tactics.Single(t => t.Action == "Make 50 new business phone calls each week");

        var activity = Assert.Single(tactic.Activities);
        Assert.Equal(("phone_calls", "count", 50m, "week"), (activity.Metric, activity.Unit, activity.Target!.Value, activity.Per));
    }

    [Theory]
    [InlineData("md", "")]
    [InlineData("md", "  \n\n\t\n")]
    [InlineData("csv", "")]
    public void An_empty_file_is_an_error_on_line_one(string format, string text)
    {
        var read = OkrReader.Read(text, format == "csv" ? OkrFormat.Csv : OkrFormat.Markdown, NoDatabase);

        var error = Assert.Single(read.Errors);
        Assert.Null(read.Plan);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Team,Key Result,Owner\nSales,Sign 10 logos,ana\n", 1, "no objective column ('Team', 'Key Result', 'Owner')")]
    [InlineData("Objective,Key Result\n", 1, "no rows with an objective")]
    [InlineData("Objective;KR;Owner\n;Sign 10 logos;ana\nGrow;Win 5 deals;ben\n", 2, "'Sign 10 logos' comes before any objective")]
    public void A_table_that_cannot_be_read_says_where(string text, int line, string message)
    {
        var read = OkrReader.Read(text, OkrFormat.Csv, NoDatabase);

        var error = Assert.Single(read.Errors);
        Assert.Null(read.Plan);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Our plan for next year.\nWe will grow a lot and keep customers happy.\n", 1, "no headings and no list items")]
    [InlineData("# FY2027 OKRs\n\n- KR: Sign 100 new logos\n\n## Grow the business\n- Reach $2M ARR\n", 3, "'Sign 100 new logos' comes before any objective")]
    [InlineData("# FY2027 OKRs\n\nSome words, and no objectives at all.\n", 1, "no objectives")]
    [InlineData("- KR: Sign 100 new logos\n- O: Grow the business\n", 1, "comes before any objective")]
    public void A_markdown_file_without_an_outline_says_where(string text, int line, string message)
    {
        var read = OkrReader.Read(text, OkrFormat.Markdown, NoDatabase);

        var error = Assert.Single(read.Errors);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_due_date_or_target_that_cannot_be_read_is_a_warning_naming_its_cell()
    {
        const string table = "Objective,Key Result,Owner,Target,Due\nGrow the mid-market,Sign new logos,ana,lots,someday\n";

        var read = OkrReader.Read(table, OkrFormat.Csv, NoDatabase);

        Assert.False(read.HasErrors);
        Assert.Contains(read.Warnings, w => (w.Line, w.Column) == (2, 4) && w.Message.Contains("'lots' is not a number", StringComparison.Ordinal));
        Assert.Contains(read.Warnings, w => (w.Line, w.Column) == (2, 5) && w.Message.Contains("'someday' is not understood", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("okrs.md", "a,b\n1,2", OkrFormat.Markdown)]
    [InlineData("okrs.CSV", "# title", OkrFormat.Csv)]
    [InlineData(null, "Objective;KR\nGrow;Win", OkrFormat.Csv)]
    [InlineData(null, "# FY2027 OKRs\n- Grow", OkrFormat.Markdown)]
    public void The_format_is_the_extensions_else_the_contents(string? file, string text, OkrFormat expected) =>
        Assert.Equal(expected, OkrReader.FormatOf(file, text));

    [Theory]
    [InlineData("plan.yaml", "# OKRs\n- Grow", false)]
    [InlineData("okrs.md", "version: 1", true)]
    [InlineData("upload", "# a comment\nversion: 1\nplan:\n  name: x", false)]
    [InlineData("upload", "# FY2027 OKRs\n\n## Grow\n- Sign 5 logos", true)]
    public void A_plan_file_is_told_from_an_okr_document(string file, string text, bool okr) =>
        Assert.Equal(okr, OkrReader.IsOkrDocument(file, text));
}
