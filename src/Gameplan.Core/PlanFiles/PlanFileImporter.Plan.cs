using Gameplan.Domain;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.PlanFiles;

// The plan itself, built through the domain so that every rule applies as in the app.
public sealed partial class PlanFileImporter
{
    private StrategicPlan BuildPlan(PlanFile file, int organization, Dictionary<string, int> teams, Dictionary<string, int> people, List<string> notes, DateOnly today)
    {
        var now = clock.GetUtcNow();
        var source = file.Plan;
        var team = source.Team?.Trim() is { Length: > 0 } name ? teams[name] : (int?)null;
        var header = new PlanHeader(
            source.Name!, PlanFileNames.Scope(source.Scope, source.Team), team, Person(people, source.Owner, "owner"),
            source.Period?.Start ?? throw new DomainRuleException("period.start: The period start is required.", "period.start"),
            source.Period?.End ?? throw new DomainRuleException("period.end: The period end is required.", "period.end"),
            source.Drafted, source.Mission, source.Background?.Current, source.Background?.Desired,
            source.Customer?.Who, source.Customer?.Values, source.DesiredResults);
        var plan = At("", () => new StrategicPlan(organization, header, now));
        foreach (var goal in source.Goals)
        {
            var path = $"goals[{goal.Id}]";
            var fields = new GoalFields(goal.Id, goal.Title!, goal.Metric, goal.Unit, goal.Baseline, goal.Target, goal.Due,
                Dri(people, goal.Dri, path), PlanFileNames.Parse<GoalDirection>(goal.Direction, $"{path}.direction"), goal.Weight ?? 1);
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
                AddTactic(plan, added, tactic, $"{path}.tactics[{tactic.Id}]", people, notes, now, today);
            }
        }
        foreach (var tactic in source.Tactics)
        {
            AddTactic(plan, null, tactic, $"tactics[{tactic.Id}]", people, notes, now, today);
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

    private static void AddTactic(
        StrategicPlan plan, Strategy? strategy, PlanFileTactic source, string path, Dictionary<string, int> people, List<string> notes, DateTimeOffset now, DateOnly today)
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
            return At(at, () => plan.AddCommitment(tactic, fields, now));
        }).ToList();
        if (source.AcknowledgedBy.Count > 0 && commitments.Count == 0)
        {
            notes.Add($"{path}.acknowledged_by: the tactic has no activities to acknowledge; not stored.");
        }
        foreach (var person in Handles(people, source.AcknowledgedBy, $"{path}.acknowledged_by"))
        {
            commitments.ForEach(c => At($"{path}.acknowledged_by", () => plan.Acknowledge(c, person, today, now)));
        }
    }

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
