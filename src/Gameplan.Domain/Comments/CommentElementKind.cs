namespace Gameplan.Domain.Comments;

/// <summary>What kind of plan element a comment thread is about.</summary>
public enum CommentElementKind
{
    /// <summary>The plan as a whole (<c>plan</c>).</summary>
    Plan,

    /// <summary>One of the plan's answers to the five questions, or its background (<c>plan.mission</c>).</summary>
    Answer,

    Goal,

    Strategy,

    Tactic,

    /// <summary>An activity commitment of a tactic (<c>...tactics[t1].activities[calls]</c>).</summary>
    Commitment,
}
