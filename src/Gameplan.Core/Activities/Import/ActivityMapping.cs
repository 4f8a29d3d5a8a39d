namespace Gameplan.Core.Activities.Import;

/// <summary>
/// How the columns of a CSV file become activities: one activity per data row. The generic file
/// has the columns <c>date, person, metric, quantity</c> (+ <c>external_id</c>, <c>note</c>,
/// <c>tactic</c>); a CRM export needs a saved mapping (JSON, snake_case, see docs/cli.md).
/// Column names are matched ignoring case, spaces, '_' and '-'.
/// </summary>
public sealed record ActivityMapping
{
    public required DateColumn Date { get; init; }

    public required PersonColumn Person { get; init; }

    public required MetricColumn Metric { get; init; }

    /// <summary>Null: every row counts 1 (a CRM row is one call or one meeting).</summary>
    public QuantityColumn? Quantity { get; init; }

    public TextColumn? ExternalId { get; init; }

    public TextColumn? Note { get; init; }

    /// <summary>Read only by the offline reader (<c>lint</c>, <c>pace</c>): the tactic id a row counts towards.</summary>
    public TextColumn? Tactic { get; init; }

    /// <summary>The generic columns, every one optional except date, person, metric and quantity.</summary>
    public static ActivityMapping Generic { get; } = new()
    {
        Date = new DateColumn { Column = "date" },
        Person = new PersonColumn { Column = "person" },
        Metric = new MetricColumn { Column = "metric" },
        Quantity = new QuantityColumn { Column = "quantity" },
        ExternalId = new TextColumn { Column = "external_id", Optional = true },
        Note = new TextColumn { Column = "note", Optional = true },
        Tactic = new TextColumn { Column = "tactic", Optional = true },
    };

    /// <summary>A column read as text.</summary>
    public sealed record TextColumn
    {
        public required string Column { get; init; }

        /// <summary>True: a file without this column is read all the same.</summary>
        public bool Optional { get; init; }
    }

    /// <summary>The day of the activity: ISO (yyyy-MM-dd) unless a .NET format is given; a time part is ignored (the day as written, no time-zone conversion).</summary>
    public sealed record DateColumn
    {
        public required string Column { get; init; }

        /// <summary>A custom .NET date format such as <c>MM/dd/yyyy HH:mm</c>; null means <c>yyyy-MM-dd</c>.</summary>
        public string? Format { get; init; }
    }

    /// <summary>Who did it: a handle, an e-mail address (of the person's account) or the full name.</summary>
    public sealed record PersonColumn
    {
        public required string Column { get; init; }

        public PersonMatch Match { get; init; } = PersonMatch.Any;
    }

    /// <summary>
    /// Which metric: a column holding metric names, or a column whose values are translated
    /// (<c>"values": {"Call": "calls"}</c>), or one metric for every row (<c>"name": "calls"</c>).
    /// </summary>
    public sealed record MetricColumn
    {
        public string? Column { get; init; }

        public string? Name { get; init; }

        /// <summary>Column value (case-insensitive) to metric name; when given, any other value is an invalid row.</summary>
        public IReadOnlyDictionary<string, string>? Values { get; init; }

        /// <summary>Column values whose rows are skipped on purpose (e-mails in a call log) and counted as ignored.</summary>
        public IReadOnlyList<string>? Ignore { get; init; }
    }

    /// <summary>How much: a number with '.' for decimals, or a duration converted to minutes.</summary>
    public sealed record QuantityColumn
    {
        public required string Column { get; init; }

        /// <summary>Null: a plain number. Otherwise the column is a duration and the quantity its minutes.</summary>
        public DurationFormat? Duration { get; init; }
    }
}
