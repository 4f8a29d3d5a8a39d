namespace Gameplan.Domain.Critique.Rules;

/// <summary>One critique rule of PLAN-FORMAT.md: its id, default severity and check.</summary>
internal abstract class CritiqueRule
{
    public abstract string Id { get; }

    public abstract FindingSeverity Severity { get; }

    public abstract IEnumerable<Finding> Check(CritiqueContext context);

    protected Finding Report(string path, string message, string advice) => new(Id, Severity, path, message, advice);

    protected Finding Report(FindingSeverity severity, string path, string message, string advice) =>
        new(Id, severity, path, message, advice);
}
