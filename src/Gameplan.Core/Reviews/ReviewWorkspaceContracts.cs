using System.ComponentModel.DataAnnotations;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Reviews;

namespace Gameplan.Core.Reviews;

/// <summary>A review's workspace: the review, its agenda (the held snapshot once held), and what it recorded.</summary>
/// <param name="Held">Held reviews show the agenda kept when they were marked held (<paramref name="SnapshotTakenAt"/>), not today's figures.</param>
/// <param name="ActionItems">Raised in this review.</param>
/// <param name="CarriedForward">Still open from earlier reviews of the same series (for a one-on-one: with the same person).</param>
/// <param name="Can">What the reader may do here.</param>
public sealed record ReviewWorkspace(
    int PlanId, string Plan, ReviewDetails Review, string? PersonName, DateOnly Today, bool Held, DateTimeOffset? SnapshotTakenAt,
    ReviewAgenda Agenda, IReadOnlyList<ReviewPerson> Participants, IReadOnlyList<TalkingPointDetails> TalkingPoints,
    IReadOnlyList<DecisionDetails> Decisions, IReadOnlyList<ActionItemDetails> ActionItems, IReadOnlyList<ActionItemDetails> CarriedForward,
    ReviewPermissions Can, IReadOnlyList<ReviewPerson> People);

/// <param name="Run">Notes, participants, decisions, action items, marking it held: those who may change the plan.</param>
/// <param name="AddTalkingPoint">Participants, the person coached, and those who run it.</param>
public sealed record ReviewPermissions(bool Run, bool AddTalkingPoint);

public sealed record ReviewPerson(string Handle, string Name);

/// <summary>A review's agenda: prepared now, or the snapshot kept when it was held.</summary>
public sealed record ReviewAgendaDetails(int ReviewId, ReviewKind Kind, DateOnly Date, bool Held, DateTimeOffset? SnapshotTakenAt, ReviewAgenda Agenda);

public sealed record TalkingPointDetails(int Id, string Author, string AuthorName, string Text, bool Discussed, DateTimeOffset CreatedAt, bool CanChange);

public sealed record DecisionDetails(int Id, string Text, string Author, DateTimeOffset CreatedAt);

/// <param name="Url">Where it is done: the review's workspace, at the item.</param>
/// <param name="CanTick">May the reader tick it done (its owner, or whoever runs the review)?</param>
public sealed record ActionItemDetails(
    int Id, int PlanId, string Plan, int ReviewId, DateOnly RaisedOn, string Text, string Owner, string OwnerName, DateOnly Due, bool Done,
    DateTimeOffset? DoneAt, bool Overdue, string Url, bool CanTick);

public sealed record TalkingPointRequest
{
    [Required, StringLength(TalkingPoint.MaxTextLength)]
    public string? Text { get; init; }
}

/// <summary>Changes a talking point: its text, or whether it was discussed; what is left out stays.</summary>
public sealed record TalkingPointChange
{
    [StringLength(TalkingPoint.MaxTextLength, MinimumLength = 1)]
    public string? Text { get; init; }

    public bool? Discussed { get; init; }
}

public sealed record DecisionRequest
{
    [Required, StringLength(ReviewDecision.MaxTextLength)]
    public string? Text { get; init; }
}

public sealed record ActionItemRequest
{
    [Required, StringLength(ActionItem.MaxTextLength)]
    public string? Text { get; init; }

    /// <summary>The handle of the person who will do it.</summary>
    [Required, StringLength(40)]
    public string? Owner { get; init; }

    [Required]
    public DateOnly? Due { get; init; }
}

/// <summary>Changes an action item; what is left out stays. Its owner only ticks it (<see cref="Done"/>).</summary>
public sealed record ActionItemChange
{
    [StringLength(ActionItem.MaxTextLength, MinimumLength = 1)]
    public string? Text { get; init; }

    [StringLength(40)]
    public string? Owner { get; init; }

    public DateOnly? Due { get; init; }

    public bool? Done { get; init; }
}

public sealed record ParticipantRequest
{
    [Required, StringLength(40)]
    public string? Person { get; init; }
}

/// <summary>Marks a review held; the notes, when given, replace its notes.</summary>
public sealed record HeldRequest
{
    [StringLength(4000)]
    public string? Notes { get; init; }
}

/// <summary>A review the plan's cadence asks for next, with who it is with for a one-on-one.</summary>
public sealed record ReviewProposal(ReviewKind Kind, DateOnly Date, string? Person, string? PersonName, string Why);
