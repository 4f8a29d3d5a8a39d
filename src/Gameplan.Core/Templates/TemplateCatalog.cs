namespace Gameplan.Core.Templates;

/// <summary>The built-in templates, in the order they are offered; each one's text is <c>BuiltIn/NAME.yaml</c>.</summary>
internal static class TemplateCatalog
{
    private const string Rep = "rep";
    private const string Manager = "manager";
    private const string Executive = "executive";

    public static IReadOnlyList<PlanTemplate> Entries { get; } =
    [
        new("rep-territory", "A rep's territory plan", "Your quota, the strategy for your territory and the daily activities behind it.", "person", [Rep], ""),
        new("team-plan", "A manager's team plan", "The team's goals, one strategy per way to win, and each rep's commitments.", "team", [Manager], ""),
        new("fill-the-pipeline", "Fill the pipeline in two weeks", "A two-week push for leads: daily outreach, groups where buyers meet, an event and a webinar.", "team", [Manager, Rep], ""),
        new("close-more-deals", "Close more deals each month", "Product training, a demo commitment per rep and a monthly incentive.", "team", [Manager], ""),
        new("hire-reps", "Hire 20 reps by the end of the first quarter", "A hiring profile, an outreach campaign and career fairs at local universities.", "organization", [Executive, Manager], ""),
        new("hiring-criteria", "Repeatable hiring criteria", "Define the qualities you hire for, the interview questions that test them and train the recruiters.", "team", [Manager, Executive], ""),
        new("sales-marketing-alignment", "Sales and marketing alignment", "One definition of a sales-qualified lead, content made together and a retrospective after each campaign.", "organization", [Executive], ""),
        new("technology-foundation", "A technology foundation for selling", "A CRM everyone uses, conversation intelligence on calls and enablement that works remotely.", "organization", [Executive], ""),
        new("student-career", "A student's career plan", "Planning is not only for companies: from studies to a first sales job.", "person", [Rep], ""),
        new("founder-acquisition", "A founder's plan to be acquired", "Build the company a buyer wants within four years: revenue, retention and a clean house.", "organization", [Executive], ""),
        new("digital-infrastructure", "Rebuild the digital infrastructure against a competitor", "A multinational's plan to win back customers with faster, connected systems.", "organization", [Executive], ""),
    ];
}
