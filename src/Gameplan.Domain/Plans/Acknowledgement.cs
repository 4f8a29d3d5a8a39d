namespace Gameplan.Domain.Plans;

/// <summary>A person's statement that they accept a commitment (employee commitment).</summary>
public sealed class Acknowledgement
{
    private Acknowledgement() { }

    internal Acknowledgement(int personId, DateOnly? on)
    {
        PersonId = personId;
        On = on;
    }

    public int CommitmentId { get; private set; }

    public int PersonId { get; private set; }

    /// <summary>When it was acknowledged, if known (plan files do not record it).</summary>
    public DateOnly? On { get; private set; }
}
