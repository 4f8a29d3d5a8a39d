namespace Gameplan.Web.Plans;

/// <summary>"New plan" from a template: which template, the period (both days inclusive) and what the plan carries out (see <see cref="ParentValue"/>).</summary>
public sealed class TemplateForm
{
    public string? Name { get; set; }

    public DateOnly? Start { get; set; }

    public DateOnly? End { get; set; }

    public string? CarriesOut { get; set; }
}
