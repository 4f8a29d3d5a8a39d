namespace Gameplan.Domain.Notifications;

/// <summary>How often a person gets the e-mail digest of their inbox.</summary>
public enum DigestFrequency
{
    /// <summary>Every day that has something new or overdue (the default: the caps keep it short).</summary>
    Daily,

    /// <summary>Once a week, on the organisation's digest day.</summary>
    Weekly,

    /// <summary>Never: the inbox still lists everything.</summary>
    Off,
}
