namespace Gameplan.Domain.Plans;

/// <summary>How a goal measurement came in.</summary>
public enum MeasurementSource
{
    /// <summary>Typed in by a person (the goal's page, the API).</summary>
    Entered,

    /// <summary>Read from a plan file's <c>measurements</c>.</summary>
    Imported,
}
