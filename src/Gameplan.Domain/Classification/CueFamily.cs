namespace Gameplan.Domain.Classification;

/// <summary>Which reader found a cue; some readers weigh their cues by what others found.</summary>
internal enum CueFamily
{
    Verb,
    Result,
    Time,
    Choice,
    Action,
    Fallback,
}
