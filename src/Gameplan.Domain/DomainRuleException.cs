namespace Gameplan.Domain;

/// <summary>
/// The one error type for a broken planning rule. Its message is a sentence a user can read;
/// <see cref="Field"/> names the input at fault (plan-file spelling, e.g. <c>due</c>) when there is one.
/// </summary>
public sealed class DomainRuleException(string message, string? field = null) : Exception(message)
{
    /// <summary>The field the rule is about (snake_case, as in the plan file and the API), or null.</summary>
    public string? Field { get; } = field;
}
