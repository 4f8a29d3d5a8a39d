namespace Gameplan.Core.Scheduling;

/// <summary>
/// Who runs a background job until when. Installation-wide: one row per job (digests, webhooks), taken
/// with one atomic UPDATE before each run, so two app instances never run the same job at once.
/// </summary>
public sealed class SchedulerLease
{
    private SchedulerLease() { }

    public SchedulerLease(string name, string holder, DateTimeOffset expiresAt)
    {
        Name = name;
        Holder = holder;
        ExpiresAt = expiresAt;
    }

    public string Name { get; private set; } = "";

    /// <summary>The instance holding the lease (machine, process and a random part); empty: nobody.</summary>
    public string Holder { get; private set; } = "";

    /// <summary>When the lease lapses (UTC); another instance may take it after that.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }
}
