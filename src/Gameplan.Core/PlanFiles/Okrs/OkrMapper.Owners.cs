namespace Gameplan.Core.PlanFiles.Okrs;

// Owners (people, titles, functions) and the plan's period and team.
internal sealed partial class OkrMapper
{
    /// <summary>A goal's or strategy's DRI: one person. A function cannot be one; it is kept as written only when there is no organisation to ask.</summary>
    private (IReadOnlyList<string> Dri, string? Decision) Dri(string? written, int line, bool inheritedFrom = false)
    {
        if (written is null)
        {
            return ([], null);
        }
        var owner = _owners.Read(written);
        var from = inheritedFrom ? " (the objective's owner)" : "";
        if (owner.Kind != OkrOwnerKind.Function)
        {
            return ([owner.Handle!], PersonDecision(owner) + from);
        }
        Function(owner.Written, line, "DRI");
        if (options.Teams is null)
        {
            return ([owner.Written.Trim()], $"'{owner.Written}' is a function, not a person: kept as written, for want of an organisation to look it up in{from}");
        }
        return ([], owner.Team is not null
            ? $"'{owner.Written}' is the team '{owner.Team}', and a DRI is one person: left empty (name its lead){from}"
            : $"'{owner.Written}' is a function and the organisation has no team by that name: left empty{from}");
    }

    /// <summary>A tactic's owner: a person, or <c>team</c> when the function is the plan's team.</summary>
    private (string? Owner, string? Decision) TacticOwner(string? written, int line, bool inheritedFrom)
    {
        if (written is null)
        {
            return (null, null);
        }
        var owner = _owners.Read(written);
        var from = inheritedFrom ? " (the owner above it)" : "";
        if (owner.Kind != OkrOwnerKind.Function)
        {
            return (owner.Handle, PersonDecision(owner) + from);
        }
        if (owner.Team is not null && string.Equals(owner.Team, _planTeam, StringComparison.OrdinalIgnoreCase))
        {
            return (PlanFileAssignees.TeamMode, $"'{owner.Written}' is the team '{owner.Team}', the plan's team: owned by the team{from}");
        }
        Function(owner.Written, line, "owner");
        if (options.Teams is null)
        {
            return (owner.Written.Trim(), $"'{owner.Written}' is a function, not a person: kept as written, for want of an organisation to look it up in{from}");
        }
        return (null, owner.Team is not null
            ? $"'{owner.Written}' is the team '{owner.Team}', not the plan's team ('{_planTeam}'): left empty{from}"
            : $"'{owner.Written}' is a function and the organisation has no team by that name: left empty{from}");
    }

    private static string PersonDecision(OkrOwner owner) => owner.Kind switch
    {
        _ when owner.Known => $"'{owner.Written}' is the person '{owner.Handle}'",
        OkrOwnerKind.Title => $"'{owner.Written}' is a title one person holds: the person '{owner.Handle}', added to people (give them their own handle)",
        _ => $"'{owner.Written}' is a person: '{owner.Handle}', added to people",
    };

    private void Function(string written, int line, string role)
    {
        var key = written.Trim();
        if (!_functions.TryGetValue(key, out var uses))
        {
            _functions[key] = uses = [];
        }
        uses.Add((line, role));
    }

    /// <summary>One warning per function not stored as a team, naming every line it owns, so none is dropped unseen.</summary>
    private void ReportFunctions()
    {
        foreach (var (name, uses) in _functions)
        {
            var lines = string.Join(", ", uses.Select(u => u.Line).Distinct());
            var what = options.Teams is null
                ? "kept as written in the plan file, where the critique asks for a person (GP404) once per element; with a database it becomes the team of that name"
                : options.Teams.Any(t => string.Equals(t, name, StringComparison.OrdinalIgnoreCase))
                    ? "the team exists, but only one person can be a DRI and only the plan's team can own a tactic: left empty there"
                    : "the organisation has no team by that name: left empty there";
            problems.Add(new OkrProblem(OkrProblemSeverity.Warning, uses[0].Line, 1,
                $"'{name}' owns line(s) {lines} and is a function, not a person: {what}. Name the person responsible."));
        }
    }

    /// <summary>The team most function owners name among the organisation's teams; null without an organisation or such owners.</summary>
    private string? PlanTeam(OkrOutline outline)
    {
        if (options.Teams is null)
        {
            return null;
        }
        var probe = new OkrOwners(options);
        return All(outline.Objectives)
            .Select(e => e.Statement.Owner).OfType<string>()
            .Select(probe.Read)
            .Where(o => o is { Kind: OkrOwnerKind.Function, Team: not null })
            .GroupBy(o => o.Team!, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();
    }

    private static IEnumerable<OkrEntry> All(IEnumerable<OkrEntry> entries) => entries.SelectMany(e => All(e.Children).Prepend(e));

    /// <summary>
    /// The plan period: the quarter or half the title names ("Q3 2027 OKRs"), else the calendar year the
    /// title, a date in the document or the file name names, else this year.
    /// </summary>
    private (DateOnly Start, DateOnly End) Period(OkrOutline outline)
    {
        var title = outline.Title ?? options.FallbackName ?? "";
        var year = OkrDues.YearIn(title);
        var source = "the title";
        if (year is null)
        {
            year = All(outline.Objectives).Select(e => OkrDues.YearIn(e.Statement.Text) ?? (e.Due is { } due ? OkrDues.YearIn(due.Text) : null)).FirstOrDefault(y => y is not null);
            source = "the first year the document names";
        }
        if (year is null)
        {
            year = options.Today.Year;
            source = "no year written: this year";
            problems.Add(new OkrProblem(OkrProblemSeverity.Warning, Math.Max(outline.TitleLine, 1), 1,
                $"the document names no year; the plan period is taken as {year} (edit it after the import)."));
        }
        if (OkrDues.PartOfYear(title, year.Value) is { } part)
        {
            PeriodWhy = $"{part.Read} ({source})";
            return (part.Start, part.End);
        }
        PeriodWhy = $"the calendar year {year} ({source})";
        return (new DateOnly(year.Value, 1, 1), new DateOnly(year.Value, 12, 31));
    }
}
