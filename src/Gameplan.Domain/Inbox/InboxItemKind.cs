namespace Gameplan.Domain.Inbox;

/// <summary>What an inbox item asks of its person, in the order the inbox lists kinds with the same urgency.</summary>
public enum InboxItemKind
{
    /// <summary>A plan waiting for the person's approval.</summary>
    Approve,

    /// <summary>A plan of theirs their approver returned to draft.</summary>
    Returned,

    /// <summary>A comment thread that mentions them or waits for their answer.</summary>
    Comment,

    /// <summary>A commitment that binds them and that they have not acknowledged.</summary>
    Acknowledge,

    /// <summary>Their weekly check-in, due or missed.</summary>
    CheckIn,

    /// <summary>A review to prepare (coming) or to write up (its day has passed and it is not marked held).</summary>
    Review,

    /// <summary>An open action item they own.</summary>
    ActionItem,

    /// <summary>A goal of theirs whose measurement is due.</summary>
    Measurement,

    /// <summary>A critique finding on an element they own or are DRI of.</summary>
    Finding,
}
