namespace Gameplan.Domain.Comments;

/// <summary>Why a thread was started: a plain comment, or the reason a reviewer gave for a decision.</summary>
public enum CommentPurpose
{
    Comment,

    /// <summary>Why the reviewer returned the plan to draft (required); the author answers in the thread.</summary>
    Return,

    /// <summary>Why the reviewer approved the plan (required when the critique still reported errors).</summary>
    Approval,
}
