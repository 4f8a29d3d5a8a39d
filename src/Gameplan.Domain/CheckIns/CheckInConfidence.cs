namespace Gameplan.Domain.CheckIns;

/// <summary>How sure a person is of a commitment this week; anything but on track needs a sentence saying why.</summary>
public enum CheckInConfidence
{
    OnTrack,
    AtRisk,
    OffTrack,
}
