using Gameplan.Core.Pace;
using Gameplan.Domain.Pace;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Homes;

/// <summary>
/// A manager's home for one team on <paramref name="Today"/>: who is on or off pace and why, the plans
/// that wait on the manager, and the reviews of this week. <paramref name="Team"/> is null when the reader
/// leads no team (a manager without a team, an organisation without teams).
/// </summary>
/// <param name="Teams">The teams the reader may pick, by name.</param>
/// <param name="PaceDays">The working days the attainment is measured over (the team heatmap's default window).</param>
/// <param name="Cycle">The planning cycle whose drafts are listed; null when none is under way (drafts whose period has not ended are listed instead).</param>
/// <param name="WeekStart">Monday of this week; the reviews run from it to the Sunday after.</param>
public sealed record TeamHome(
    DateOnly Today, TeamLink? Team, IReadOnlyList<TeamLink> Teams, int PaceDays, IReadOnlyList<TeamHomePerson> People,
    TeamHomeCycle? Cycle, IReadOnlyList<TeamHomePlan> Plans, DateOnly WeekStart, IReadOnlyList<TeamHomeReview> Reviews);

/// <summary>The planning cycle under way (its board is /cycles/{Id}).</summary>
public sealed record TeamHomeCycle(int Id, string Name);

/// <summary>One active member of the team and their pace.</summary>
/// <param name="Attainment">Over the last <see cref="TeamHome.PaceDays"/> working days (as the heatmap's "All" column); null when nothing was due.</param>
/// <param name="Status">The worst of their commitments today: off track, at risk, else on track; null when nothing was due.</param>
/// <param name="Behind">Each commitment they are behind on today, worst first.</param>
public sealed record TeamHomePerson(string Handle, string Name, decimal? Attainment, PaceStatus? Status, IReadOnlyList<OffPaceLine> Behind);

/// <summary>A plan of the team or of one of its people that waits: submitted for approval, or a draft of the cycle.</summary>
/// <param name="Owner">The owner's full name; null when the plan has none.</param>
/// <param name="Submitted">When it was last submitted: for a plan in review, since when it waits; for a draft, it was returned.</param>
/// <param name="MayApprove">Whether the reader may approve or return it.</param>
public sealed record TeamHomePlan(int Id, string Name, PlanScope Scope, PlanStatus Status, string? Owner, DateTimeOffset? Submitted, bool MayApprove)
{
    /// <summary>A draft that was submitted before: its approver sent it back.</summary>
    public bool Returned => Status == PlanStatus.Draft && Submitted is not null;
}

/// <summary>A review of this week for the team's plans or people, held or still to hold.</summary>
/// <param name="Person">For a one-on-one, the person coached (full name).</param>
public sealed record TeamHomeReview(int Id, int PlanId, string Plan, ReviewKind Kind, DateOnly Date, bool Held, string? Person);
