using Gameplan.Core.Data;
using Gameplan.Domain.CheckIns;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Demo;

/// <summary>
/// Weekly check-ins on the demo plan since each person joined it, so a newcomer sees the habit at work: the
/// numbers are what the person logged that week, the confidence follows how hard they work (Nia and Sofia at
/// risk, Jonas off track), and Jonas stopped three weeks ago, so GP503 and his manager's team page show him.
/// This week's check-ins are still to write.
/// </summary>
internal static class DemoCheckIns
{
    /// <summary>The demo rep who stopped checking in: his last check-in is for the week due three weeks before the last one due.</summary>
    public const string Stopped = "jonas";

    private static readonly Dictionary<string, (CheckInConfidence Confidence, string? Why, string Wins, string Blockers, string Focus)> Voices = new(StringComparer.Ordinal)
    {
        ["lena"] = (CheckInConfidence.OnTrack, null, "Booked two demos with a five-site clinic group.", "", "Webinar invitations to the prospects from Tuesday's calls."),
        ["mateo"] = (CheckInConfidence.OnTrack, null, "Prospecting block held every morning.", "CRM sync dropped two meetings.", "Follow up the three practice managers who answered."),
        ["nia"] = (CheckInConfidence.AtRisk, "Two customer visits took my prospecting hours.", "First LinkedIn post got four replies.", "Visits eat the mornings.", "Move visits to the afternoons."),
        ["ravi"] = (CheckInConfidence.OnTrack, null, "Two career fairs booked.", "", "Prepare the printed job profiles."),
        ["sofia"] = (CheckInConfidence.AtRisk, "Demo slots slipped to next month.", "Closed the Lakeside renewal.", "Demo environment was down on Wednesday.", "Book the slipped demos first."),
        ["jonas"] = (CheckInConfidence.OffTrack, "Not enough meetings to turn into demos.", "", "Hard to reach practice managers by phone.", "Pair with Sofia on two calls."),
        ["rosa"] = (CheckInConfidence.OnTrack, null, "Marketing agreed the lead definition draft.", "", "Run the campaign retrospective."),
    };

    public static async Task SeedAsync(GameplanDbContext db, int organization, StrategicPlan plan, IReadOnlyDictionary<int, string> handles, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var day = DayOfWeek.Friday;
        var lastDue = CheckInWeeks.LastDueOnOrBefore(today.AddDays(-1), day);
        var start = plan.PeriodStart;
        var logged = await db.Activities.IgnoreQueryFilters().Where(a => a.OrganizationId == organization && a.Date >= start)
            .Select(a => new { a.PersonId, a.MetricId, a.Date, a.Quantity }).ToListAsync(ct);
        var metrics = await db.Metrics.IgnoreQueryFilters().Where(m => m.OrganizationId == organization).ToDictionaryAsync(m => m.Name, m => m.Id, StringComparer.OrdinalIgnoreCase, ct);
        var people = handles.Where(h => Voices.ContainsKey(h.Value)).ToList();
        foreach (var (person, handle) in people)
        {
            var mine = plan.Tactics.SelectMany(t => t.Commitments.Select(c => (Tactic: t, Commitment: c)))
                .Where(x => Binds(x.Tactic, x.Commitment, person)).ToList();
            var owns = plan.OwnerId == person;
            if (!owns && mine.Count == 0)
            {
                continue;
            }
            var joined = owns ? start : mine.Min(x => x.Tactic.Start ?? start);
            var last = handle == Stopped ? lastDue.AddDays(-14) : lastDue;
            var voice = Voices[handle];
            foreach (var due in CheckInWeeks.DueBetween(joined, last, day))
            {
                var from = due.AddDays(-6);
                var lines = mine.Where(x => (x.Tactic.Start ?? start) <= due && (x.Tactic.Due ?? DateOnly.MaxValue) >= from)
                    .Select(x => (x.Commitment.Id,
                        (decimal?)logged.Where(a => a.PersonId == person && a.MetricId == metrics.GetValueOrDefault(x.Commitment.Metric) && a.Date >= from && a.Date <= due).Sum(a => a.Quantity),
                        voice.Confidence, voice.Why))
                    .ToList();
                db.CheckIns.Add(new CheckIn(organization, plan.Id, person, due,
                    new CheckInFields(lines, Blank(voice.Wins), Blank(voice.Blockers), Blank(voice.Focus)), now));
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private static string? Blank(string text) => text.Length == 0 ? null : text;

    private static bool Binds(Tactic tactic, ActivityCommitment commitment, int person) =>
        tactic.Status is not (TacticStatus.Done or TacticStatus.Dropped) && commitment.Assignees switch
        {
            AssigneeMode.Named => commitment.NamedAssignees.Any(a => a.PersonId == person),
            AssigneeMode.Owner => tactic.OwnerId == person && !tactic.OwnerIsTeam,
            _ => false,
        };
}
