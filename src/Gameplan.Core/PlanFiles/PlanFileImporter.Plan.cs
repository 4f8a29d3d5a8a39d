using Gameplan.Core.Commitments;
using Gameplan.Core.Plans;
using Gameplan.Domain;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.PlanFiles;

// The plan itself, built through the domain so that every rule applies as in the app.
public sealed partial class PlanFileImporter
{
    /// <param name="acknowledgements">Filled with the file's acknowledgements, to store once the plan is saved and whom each commitment binds is known.</param>
    private StrategicPlan BuildPlan(PlanFile file, int organization, Dictionary<string, int> teams, Dictionary<string, int> people, PlanParent? parent,
        List<string> notes, List<FileAcknowledgement> acknowledgements)
    {
        var now = clock.GetUtcNow();
        var source = file.Plan;
        var team = source.Team?.Trim() is { Length: > 0 } name ? teams[name] : (int?)null;
        var header = new PlanHeader(
            source.Name!, PlanFileNames.Scope(source.Scope, source.Team), team, Person(people, source.Owner, "owner"),
            source.Period?.Start ?? throw new DomainRuleException("period.start: The period start is required.", "period.start"),
            source.Period?.End ?? throw new DomainRuleException("period.end: The period end is required.", "period.end"),
            source.Drafted, source.Mission, source.Background?.Current, source.Background?.Desired,
            source.Customer?.Who, source.Customer?.Values, source.DesiredResults, parent);
        var plan = At("", () => new StrategicPlan(organization, header, now));
        foreach (var goal in source.Goals)
        {
            var path = $"goals[{goal.Id}]";
            var fields = new GoalFields(goal.Id, goal.Title!, goal.Metric, goal.Unit, goal.Baseline, goal.Target, goal.Due,
                Dri(people, goal.Dri, path), PlanFileNames.Parse<GoalDirection>(goal.Direction, $"{path}.direction"), goal.Weight ?? 1,
                goal.ContributesTo?.Goal, goal.ContributesTo?.Amount);
            At(path, () => plan.AddGoal(fields, now));
        }
        foreach (var strategy in source.Strategies)
        {
            var path = $"strategies[{strategy.Id}]";
            // The DRI's problem already names its whole path; looked up inside At it would be named twice.
            var dri = Dri(people, strategy.Dri, path);
            var added = At(path, () => plan.AddStrategy(new StrategyFields(strategy.Id, strategy.Statement!, dri, strategy.Goals), now));
            foreach (var tactic in strategy.Tactics)
            {
                AddTactic(plan, added, tactic, $"{path}.tactics[{tactic.Id}]", people, notes, acknowledgements, now);
            }
        }
        foreach (var tactic in source.Tactics)
        {
            AddTactic(plan, null, tactic, $"tactics[{tactic.Id}]", people, notes, acknowledgements, now);
        }
        if (file.Settings is { } settings)
        {
            At("settings", () => plan.ChangeSettings(
                new PlanningSettings(settings.PlanningWindowDays, settings.MaxStrategies, settings.StrategicReviewDays, settings.TacticalReviewDays,
                    settings.WorkingDays, settings.Holidays, settings.Rollup),
                now));
        }
        foreach (var (review, index) in file.Reviews.Select((r, i) => (r, i)))
        {
            var path = $"reviews[{index}]";
            var fields = new ReviewFields(
                PlanFileNames.Parse<ReviewKind>(review.Kind, $"{path}.kind") ?? ReviewKind.Tactical,
                review.Date ?? throw new DomainRuleException($"{path}.date: The review date is required.", $"{path}.date"),
                review.Held ?? false, review.Notes, Person(people, review.Person, $"{path}.person"));
            At(path, () => plan.AddReview(fields, now));
        }
        return plan;
    }

    /// <summary>
    /// The goals' measurements, once the goals have ids. Any date is taken (a file may record what was
    /// measured, or planned, on any day; progress reads only those up to today); date and value are required.
    /// </summary>
    private void AddMeasurements(PlanFile file, StrategicPlan plan, int organization)
    {
        var now = clock.GetUtcNow();
        foreach (var (source, goal) in file.Plan.Goals.Zip(plan.Goals))
        {
            foreach (var (measurement, index) in source.Measurements.Select((m, i) => (m, i)))
            {
                var path = $"goals[{source.Id}].measurements[{index}]";
                var date = measurement.Date ?? throw new DomainRuleException($"{path}.date: The date is required (YYYY-MM-DD).", $"{path}.date");
                var value = measurement.Value ?? throw new DomainRuleException($"{path}.value: The value is required.", $"{path}.value");
                db.GoalMeasurements.Add(At(path, () => new GoalMeasurement(
                    organization, goal.Id, date, value, measurement.Note, MeasurementSource.Imported, db.AuditActor, now, latest: null)));
            }
        }
    }

    private static void AddTactic(StrategicPlan plan, Strategy? strategy, PlanFileTactic source, string path,
        Dictionary<string, int> people, List<string> notes, List<FileAcknowledgement> acknowledgements, DateTimeOffset now)
    {
        var owner = source.Owner?.Trim() switch
        {
            null or "" => TacticOwner.None,
            PlanFileAssignees.TeamMode => TacticOwner.Team,
            var handle => TacticOwner.Person(Person(people, handle, $"{path}.owner")!.Value),
        };
        var fields = new TacticFields(source.Id, source.Action!, owner, Handles(people, source.Authors, $"{path}.authors"),
            source.Start, source.Due, source.Resources, source.EffortHours,
            PlanFileNames.Parse<TacticStatus>(source.Status, $"{path}.status") ?? TacticStatus.Planned);
        var tactic = At(path, () => plan.AddTactic(strategy, fields, now));
        var commitments = source.Activities.Select((activity, index) =>
        {
            var at = $"{path}.activities[{index}]";
            var assignees = activity.Assignees ?? PlanFileAssignees.Owner;
            var fields = new CommitmentFields(activity.Metric!, activity.Unit!, activity.Target ?? 0,
                PlanFileNames.Parse<CommitmentPer>(activity.Per, $"{at}.per") ?? CommitmentPer.Day,
                PlanFileNames.Parse<AssigneeMode>(assignees.Mode, $"{at}.assignees")!.Value,
                Handles(people, assignees.Handles, $"{at}.assignees"));
            var commitment = At(at, () => plan.AddCommitment(tactic, fields, now));
            foreach (var acknowledged in activity.AcknowledgedBy)
            {
                var handle = acknowledged.Handle.Trim();
                acknowledgements.Add(new FileAcknowledgement($"{at}.acknowledged_by", path, commitment,
                    Person(people, handle, $"{at}.acknowledged_by")!.Value, handle, acknowledged.Date, FromTactic: false));
            }
            return commitment;
        }).ToList();
        if (source.AcknowledgedBy.Count > 0 && commitments.Count == 0)
        {
            notes.Add($"{path}.acknowledged_by: the tactic has no activities to acknowledge; not stored.");
        }
        foreach (var handle in source.AcknowledgedBy.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h.Trim()))
        {
            var person = Person(people, handle, $"{path}.acknowledged_by")!.Value;
            acknowledgements.AddRange(commitments.Select(c => new FileAcknowledgement($"{path}.acknowledged_by", path, c, person, handle, null, FromTactic: true)));
        }
    }

    /// <summary>
    /// Stores the file's acknowledgements on the saved plan, each only where its commitment binds the
    /// person (only assignees acknowledge, as in the app). An activity's acknowledgement by someone it
    /// does not bind is left out with a note naming the place; the tactic's own list counts for the
    /// commitments that bind each person, with a note for a person bound by none. A day the file does
    /// not give is <paramref name="today"/>.
    /// </summary>
    private async Task AcknowledgeAsync(StrategicPlan plan, List<FileAcknowledgement> acknowledgements, List<string> notes, DateOnly today, CancellationToken ct)
    {
        var bound = await CommitmentAssignees.ByCommitmentAsync(db, await PlanQueries.DetailsAsync(db, plan, ct), ct);
        bool Binds(FileAcknowledgement a) => bound.GetValueOrDefault(a.Commitment.Id)?.Contains(a.Handle, StringComparer.OrdinalIgnoreCase) == true;
        var now = clock.GetUtcNow();
        // The activities' own entries first: they carry the day, and a second acknowledgement of the same commitment is ignored.
        foreach (var acknowledgement in acknowledgements.OrderBy(a => a.FromTactic))
        {
            if (Binds(acknowledgement))
            {
                At(acknowledgement.Path, () => plan.Acknowledge(acknowledgement.Commitment, acknowledgement.PersonId, acknowledgement.On ?? today, now));
            }
            else if (!acknowledgement.FromTactic)
            {
                var binds = bound.GetValueOrDefault(acknowledgement.Commitment.Id) ?? [];
                notes.Add($"{acknowledgement.Path}: {acknowledgement.Handle} is not bound by this commitment (it binds {(binds.Count == 0 ? "nobody" : string.Join(", ", binds))}), " +
                    "so their acknowledgement was not stored; only assignees acknowledge.");
            }
        }
        foreach (var unbound in acknowledgements.Where(a => a.FromTactic).GroupBy(a => (a.Tactic, a.Handle)).Where(g => !g.Any(Binds)))
        {
            notes.Add($"{unbound.Key.Tactic}.acknowledged_by: {unbound.Key.Handle} is bound by none of the tactic's activities, " +
                "so their acknowledgement was not stored; only assignees acknowledge.");
        }
    }

    /// <summary>An acknowledgement read from the file, waiting for the plan to be saved.</summary>
    /// <param name="Path">Where the file names it; <paramref name="Tactic"/> is its tactic's path.</param>
    /// <param name="FromTactic">Named in the tactic's own list (version 1) rather than the activity's.</param>
    private sealed record FileAcknowledgement(string Path, string Tactic, ActivityCommitment Commitment, int PersonId, string Handle, DateOnly? On, bool FromTactic);

    private static int? Dri(Dictionary<string, int> people, IReadOnlyList<string> dri, string path) => dri.Count switch
    {
        0 => null,
        1 => Person(people, dri[0], $"{path}.dri"),
        _ => throw new DomainRuleException($"{path}.dri: exactly one person is directly responsible; this names {dri.Count} ({string.Join(", ", dri)}).", $"{path}.dri"),
    };

    /// <summary>The people a list of handles names; a blank entry names nobody and is left out.</summary>
    private static List<int> Handles(Dictionary<string, int> people, IEnumerable<string> handles, string path) =>
        handles.Select(h => Person(people, h, path)).OfType<int>().ToList();

    private static int? Person(Dictionary<string, int> people, string? handle, string path)
    {
        if (string.IsNullOrWhiteSpace(handle))
        {
            return null;
        }
        return people.TryGetValue(handle.Trim(), out var id)
            ? id
            : throw new DomainRuleException($"{path}: nobody has the handle '{handle.Trim()}', in the file's people or in this organisation.", path);
    }
}
