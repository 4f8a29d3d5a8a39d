using SharpYaml;

namespace Gameplan.Core.PlanFiles;

/// <summary>
/// Reads plan files (PLAN-FORMAT.md, version 1), so that
/// every problem names its place: syntax errors are fatal; a value of the wrong type is reported and
/// left out; an unknown key is reported and everything else is kept.
/// </summary>
public static partial class PlanFileReader
{
    public static PlanFileReadResult Read(string yaml)
    {
        var (root, fatal) = Load(yaml);
        if (fatal is not null)
        {
            return fatal;
        }
        var problems = new List<PlanFileProblem>();
        var fields = new YamlFields(root!, "", problems);
        var version = fields.Whole("version");
        if (version is { } v && v != PlanFile.CurrentVersion)
        {
            var node = fields.Node("version")!;
            return Fatal(node.Line, node.Column, $"plan file version {v} is not supported; this program reads version {PlanFile.CurrentVersion}.");
        }
        if (!fields.Has("version"))
        {
            problems.Add(new PlanFileProblem(PlanFileProblemKind.InvalidValue, "version", root!.Line, root.Column, "'version: 1' is missing."));
        }
        var plan = fields.Mapping("plan");
        if (plan is null)
        {
            return Fatal(root!.Line, root.Column, "the file has no 'plan' section.");
        }
        var file = new PlanFile
        {
            Plan = ReadPlan(new YamlFields(plan, "", problems)),
            People = Items(fields, "people", "handle", ReadPerson),
            Reviews = Items(fields, "reviews", null, ReadReview),
            Settings = fields.Mapping("settings") is { } settings ? ReadSettings(new YamlFields(settings, "settings", problems)) : null,
            Funnel = fields.Mapping("funnel") is { } funnel ? ReadFunnel(new YamlFields(funnel, "funnel", problems)) : null,
        };
        fields.ReportUnknownKeys();
        return new PlanFileReadResult(file, problems.OrderBy(p => p.Line).ThenBy(p => p.Column).ToList());
    }

    private static PlanFilePlan ReadPlan(YamlFields f)
    {
        var plan = new PlanFilePlan
        {
            Name = f.Text("name"),
            Scope = f.Choice("scope", "organization", "team", "person"),
            Team = f.Text("team"),
            Owner = f.Text("owner"),
            Parent = f.Mapping("parent") is { } parent ? Parent(f.Nested(parent, "parent")) : null,
            Period = f.Mapping("period") is { } period ? Period(f.Nested(period, "period")) : null,
            Drafted = f.Date("drafted"),
            Mission = f.Text("mission"),
            Background = f.Mapping("background") is { } background ? Background(f.Nested(background, "background")) : null,
            Customer = f.Mapping("customer") is { } customer ? Customer(f.Nested(customer, "customer")) : null,
            DesiredResults = f.Text("desired_results"),
            Goals = Items(f, "goals", "id", ReadGoal),
            Strategies = Items(f, "strategies", "id", ReadStrategy),
            Tactics = Items(f, "tactics", "id", ReadTactic),
        };
        f.ReportUnknownKeys();
        return plan;
    }

    private static PlanFileParent Parent(YamlFields f) => Done(f, new PlanFileParent(f.Text("plan"), f.Text("strategy"), f.Text("goal")));

    private static PlanFilePeriod Period(YamlFields f) => Done(f, new PlanFilePeriod(f.Date("start"), f.Date("end")));

    private static PlanFileBackground Background(YamlFields f) => Done(f, new PlanFileBackground(f.Text("current"), f.Text("desired")));

    private static PlanFileCustomer Customer(YamlFields f) => Done(f, new PlanFileCustomer(f.Text("who"), f.Text("values")));

    private static PlanFilePerson ReadPerson(YamlFields f) => Done(f, new PlanFilePerson
    {
        Handle = f.Text("handle"),
        Name = f.Text("name"),
        Role = f.Choice("role", "rep", "manager", "executive", "admin"),
        Team = f.Text("team"),
        CapacityHoursPerWeek = f.Number("capacity_hours_per_week"),
    });

    private static PlanFileReview ReadReview(YamlFields f) => Done(f, new PlanFileReview
    {
        Kind = f.Choice("kind", "strategic", "tactical", "one_on_one"),
        Date = f.Date("date"),
        Held = f.Flag("held"),
        Notes = f.Text("notes"),
        Person = f.Text("person"),
    });

    private static PlanFileSettings ReadSettings(YamlFields f) => Done(f, new PlanFileSettings
    {
        PlanningWindowDays = f.Whole("planning_window_days"),
        MaxStrategies = f.Whole("max_strategies"),
        StrategicReviewDays = f.Whole("strategic_review_days"),
        TacticalReviewDays = f.Whole("tactical_review_days"),
        WorkingDays = f.Texts("working_days"),
        Holidays = f.Dates("holidays"),
        Rollup = f.Choice("rollup", "weighted", "value-weighted", "average", "weakest"),
    });

    private static PlanFileReadResult Fatal(int line, int column, string message) =>
        new(null, [new PlanFileProblem(PlanFileProblemKind.Syntax, "", line, column, message)]);

    // SharpYaml prefixes its messages with "(Lin: 2, Col: 4, Chr: 20) - (Lin: ...): " (counted from 0); the place is reported separately.
    private static string SyntaxMessage(YamlException e)
    {
        var message = e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith("(Lin", StringComparison.Ordinal) ? message[(cut + 3)..] : message;
    }
}
