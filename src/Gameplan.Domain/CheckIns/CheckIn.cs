namespace Gameplan.Domain.CheckIns;

/// <summary>
/// A person's weekly check-in on a plan: per commitment the week's number and a confidence (a sentence when
/// not on track), then wins, blockers and next week's focus. One a person, plan and week (its due day, see
/// <see cref="CheckInWeeks"/>); writing it again for the same week changes it.
/// </summary>
public sealed class CheckIn
{
    /// <summary>Longest text of wins, blockers, focus or a reason, in characters.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>Largest week's number (past it, sums mean nothing and overflow).</summary>
    public const decimal MaxActual = 1_000_000_000m;

    private readonly List<CheckInLine> _lines = [];

    private CheckIn() { }

    public CheckIn(int organizationId, int planId, int personId, DateOnly week, CheckInFields fields, DateTimeOffset now)
    {
        OrganizationId = organizationId;
        PlanId = planId;
        PersonId = personId;
        Week = week;
        CreatedAt = now;
        Change(fields, now);
    }

    public int Id { get; private set; }

    public int OrganizationId { get; private set; }

    public int PlanId { get; private set; }

    public int PersonId { get; private set; }

    /// <summary>The due day of the week checked in for.</summary>
    public DateOnly Week { get; private set; }

    public string? Wins { get; private set; }

    public string? Blockers { get; private set; }

    public string? NextFocus { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<CheckInLine> Lines => _lines;

    /// <summary>Replaces what the check-in says, checked as a whole before anything changes.</summary>
    public void Change(CheckInFields fields, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var lines = new List<CheckInLine>();
        var seen = new HashSet<int>();
        foreach (var (line, index) in fields.Lines.Select((line, index) => (line, index)))
        {
            var field = $"lines[{index}]";
            if (!seen.Add(line.CommitmentId))
            {
                throw new DomainRuleException("Each commitment is checked in once a week.", $"{field}.commitment");
            }
            if (!Enum.IsDefined(line.Confidence))
            {
                throw new DomainRuleException("Say on track, at risk or off track.", $"{field}.confidence");
            }
            var why = Guard.Optional(line.Why, $"{field}.why", MaxTextLength);
            if (line.Confidence != CheckInConfidence.OnTrack && why is null)
            {
                throw new DomainRuleException("Say in a sentence why it is not on track.", $"{field}.why");
            }
            var actual = Guard.NonNegative(line.Actual, $"{field}.actual", MaxActual);
            lines.Add(new CheckInLine(line.CommitmentId, actual, line.Confidence, line.Confidence == CheckInConfidence.OnTrack ? null : why));
        }
        var wins = Guard.Optional(fields.Wins, "wins", MaxTextLength);
        var blockers = Guard.Optional(fields.Blockers, "blockers", MaxTextLength);
        var focus = Guard.Optional(fields.NextFocus, "next_focus", MaxTextLength);
        (Wins, Blockers, NextFocus, UpdatedAt) = (wins, blockers, focus, now);
        _lines.Clear();
        _lines.AddRange(lines);
    }
}
