namespace Gameplan.Core.PlanFiles;

// Goals, strategies, tactics and activities, and the list walking they share.
public static partial class PlanFileReader
{
    private static PlanFileGoal ReadGoal(YamlFields f) => Done(f, new PlanFileGoal
    {
        Id = f.Text("id"),
        Title = f.Text("title"),
        Metric = f.Text("metric"),
        Unit = f.Text("unit"),
        Baseline = f.Number("baseline"),
        Target = f.Number("target"),
        Due = f.Date("due"),
        Dri = f.Texts("dri") ?? [],
        Direction = f.Choice("direction", "increase", "decrease", "maintain"),
        Weight = f.Number("weight"),
        Measurements = Items(f, "measurements", null, m => Done(m, new PlanFileMeasurement
        {
            Date = m.Date("date"),
            Value = m.Number("value"),
            Note = m.Text("note"),
        })),
        ContributesTo = f.Mapping("contributes_to") is { } contribution ? Contribution(f.Nested(contribution, "contributes_to")) : null,
    });

    private static PlanFileContribution Contribution(YamlFields f) => Done(f, new PlanFileContribution(f.Text("goal"), f.Number("amount")));

    private static PlanFileStrategy ReadStrategy(YamlFields f) => Done(f, new PlanFileStrategy
    {
        Id = f.Text("id"),
        Statement = f.Text("statement"),
        Dri = f.Texts("dri") ?? [],
        Goals = f.Texts("goals") ?? [],
        Tactics = Items(f, "tactics", "id", ReadTactic),
    });

    private static PlanFileTactic ReadTactic(YamlFields f) => Done(f, new PlanFileTactic
    {
        Id = f.Text("id"),
        Action = f.Text("action"),
        Owner = f.Text("owner"),
        Authors = f.Texts("authors") ?? [],
        Start = f.Date("start"),
        Due = f.Date("due"),
        Resources = f.Texts("resources"),
        EffortHours = f.Number("effort_hours"),
        Status = f.Choice("status", "planned", "active", "done", "dropped"),
        Activities = Items(f, "activities", null, ReadActivity),
        AcknowledgedBy = f.Texts("acknowledged_by") ?? [],
    });

    private static PlanFileActivity ReadActivity(YamlFields f) => Done(f, new PlanFileActivity
    {
        Metric = f.Text("metric"),
        Unit = f.Text("unit"),
        Target = f.Number("target"),
        Per = f.Choice("per", "day", "week", "month", "quarter", "period"),
        Assignees = Assignees(f),
        AcknowledgedBy = Acknowledgements(f),
    });

    /// <summary>An activity's <c>acknowledged_by</c>: a handle, or a list of handles and <c>{ handle, date }</c> mappings.</summary>
    private static List<PlanFileAcknowledgement> Acknowledgements(YamlFields f)
    {
        const string key = "acknowledged_by";
        var node = f.Node(key);
        if (node is { Kind: YamlItemKind.Scalar })
        {
            return [new PlanFileAcknowledgement(node.Value)];
        }
        var list = new List<PlanFileAcknowledgement>();
        if (node is null || f.Sequence(key) is not { } sequence)
        {
            return list;
        }
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var item = sequence.Items[i];
            if (item is { Kind: YamlItemKind.Scalar, IsNull: false })
            {
                list.Add(new PlanFileAcknowledgement(item.Value));
            }
            else if (item.Kind == YamlItemKind.Mapping)
            {
                var fields = f.Item(item, key, null, i);
                var (handle, date) = (fields.Text("handle"), fields.Date("date"));
                fields.ReportUnknownKeys();
                if (handle is null)
                {
                    fields.Invalid(item, fields.Path, $"'{fields.Path}' must name who acknowledged: {{ handle: ana, date: 2027-01-05 }}.");
                }
                else
                {
                    list.Add(new PlanFileAcknowledgement(handle, date));
                }
            }
            else
            {
                var path = f.ItemPath(key, null, i);
                f.Invalid(item, path, $"'{path}' must be a handle, or {{ handle: ana, date: 2027-01-05 }}.");
            }
        }
        return list;
    }

    private static PlanFileAssignees? Assignees(YamlFields f)
    {
        var node = f.Node("assignees");
        if (node is { Kind: YamlItemKind.Scalar, Value: PlanFileAssignees.OwnerMode })
        {
            return PlanFileAssignees.Owner;
        }
        if (node is { Kind: YamlItemKind.Scalar, Value: PlanFileAssignees.TeamMode })
        {
            return PlanFileAssignees.Team;
        }
        if (node is null)
        {
            return null;
        }
        // Anything else is people by handle: a list, or one handle written alone.
        return f.Texts("assignees") is { Count: > 0 } handles ? PlanFileAssignees.Named(handles) : null;
    }

    /// <summary>Reads a list of mappings; each item's path names it by <paramref name="idKey"/> when it has one, else by index.</summary>
    private static List<T> Items<T>(YamlFields parent, string key, string? idKey, Func<YamlFields, T> read)
    {
        var items = new List<T>();
        if (parent.Sequence(key) is not { } sequence)
        {
            return items;
        }
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var node = sequence.Items[i];
            var name = idKey is not null && node.Kind == YamlItemKind.Mapping
                && node.Find(idKey) is { Kind: YamlItemKind.Scalar, Value: { Length: > 0 } text } ? text : null;
            if (node.Kind == YamlItemKind.Mapping)
            {
                items.Add(read(parent.Item(node, key, name, i)));
            }
            else
            {
                var path = parent.ItemPath(key, name, i);
                parent.Invalid(node, path, $"'{path}' must be a mapping of keys to values.");
            }
        }
        return items;
    }

    private static T Done<T>(YamlFields f, T value)
    {
        f.ReportUnknownKeys();
        return value;
    }
}
