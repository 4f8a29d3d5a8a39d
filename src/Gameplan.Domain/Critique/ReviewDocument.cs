namespace Gameplan.Domain.Critique;

/// <summary>A scheduled or held plan review.</summary>
public sealed record ReviewDocument
{
    /// <summary><c>strategic</c>, <c>tactical</c> or <c>one-on-one</c>.</summary>
    public string? Kind { get; init; }

    public DateOnly? Date { get; init; }

    public bool Held { get; init; }

    public string? Notes { get; init; }
}
