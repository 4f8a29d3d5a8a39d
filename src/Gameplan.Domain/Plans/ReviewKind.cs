namespace Gameplan.Domain.Plans;

/// <summary>The cadence a review belongs to: strategic (quarterly), tactical (weekly) or one-on-one coaching.</summary>
public enum ReviewKind
{
    Strategic,
    Tactical,
    OneOnOne,
}
