using Gameplan.Domain.People;

namespace Gameplan.Core.PlanFiles.Okrs;

/// <summary>What an owner written in an OKR document is.</summary>
internal enum OkrOwnerKind
{
    /// <summary>A person, by name or handle: becomes a person handle.</summary>
    Person,

    /// <summary>A title one person holds ("CRO", "VP Sales"): becomes a person named by the title.</summary>
    Title,

    /// <summary>A function or team ("Sales", "CS", "RevOps"): a team when the organisation has one by that name.</summary>
    Function,
}

/// <summary>An owner read: its kind, the handle it stands for (people and titles), the name written, and the team it matches.</summary>
internal sealed record OkrOwner(OkrOwnerKind Kind, string Written, string? Handle, string? Team, bool Known);

/// <summary>
/// Tells people from functions and titles, and gives people handles: a known person by handle or
/// name, else the first name in lower case (first.last when two people share a first name).
/// </summary>
internal sealed class OkrOwners(OkrReadOptions options)
{
    private readonly Dictionary<string, string> _handles = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The people the document named who are not known yet, to add to the plan file's people.</summary>
    public List<PlanFilePerson> NewPeople { get; } = [];

    public OkrOwner Read(string written)
    {
        var owner = written.Trim().TrimStart('@');
        if (options.People.FirstOrDefault(p => Same(p.Handle, owner) || Same(p.Name, owner)) is { } known)
        {
            return new OkrOwner(OkrOwnerKind.Person, written, known.Handle, null, Known: true);
        }
        if (IsFunction(owner) || options.Teams?.Any(t => Same(t, owner) || Same(t, TeamName(owner))) == true)
        {
            var team = options.Teams?.FirstOrDefault(t => Same(t, owner)) ?? options.Teams?.FirstOrDefault(t => Same(t, TeamName(owner)));
            return new OkrOwner(OkrOwnerKind.Function, written, null, team, Known: team is not null);
        }
        var title = IsTitle(owner);
        var handle = _handles.GetValueOrDefault(owner) ?? NewHandle(owner, title);
        return new OkrOwner(title ? OkrOwnerKind.Title : OkrOwnerKind.Person, written, handle, null, Known: false);
    }

    private string NewHandle(string owner, bool title)
    {
        var words = owner.Split([' ', '.', '_', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Normalize(System.Text.NormalizationForm.FormD).ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]))
            .Where(w => w.Length > 0).ToList();
        var handle = title ? string.Join('-', words) : words.FirstOrDefault() ?? "owner";
        // A first name another person already goes by (in the document or the organisation) is not theirs to take.
        if (!title && (_handles.ContainsValue(handle) || options.People.Any(p => Same(p.Handle, handle))))
        {
            handle = string.Join('.', words);
        }
        if (!Person.IsHandle(handle))
        {
            handle = "p-" + handle;
        }
        _handles[owner] = handle;
        NewPeople.Add(new PlanFilePerson { Handle = handle, Name = owner, Role = title ? RoleOfTitle(owner) : null });
        return handle;
    }

    private static string RoleOfTitle(string title) =>
        title.StartsWith("head", StringComparison.OrdinalIgnoreCase) || title.StartsWith("director", StringComparison.OrdinalIgnoreCase)
        || title.EndsWith("manager", StringComparison.OrdinalIgnoreCase) || title.EndsWith("lead", StringComparison.OrdinalIgnoreCase)
            ? "manager" : "executive";

    private static string TeamName(string owner) => FunctionNames.WithoutTeam(owner);

    private static bool Same(string? a, string? b) => a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>A function or department, not a person: "Sales", "CS", "Marketing", "RevOps", "the SDR team".</summary>
    public static bool IsFunction(string owner) => FunctionNames.IsFunction(owner);

    /// <summary>A title one person holds: "CRO", "VP Sales", "Head of Marketing", "Sales Director".</summary>
    public static bool IsTitle(string owner)
    {
        var words = owner.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && (Titles.Contains(owner.Trim()) || TitleWords.Contains(words[0]) || TitleWords.Contains(words[^1]));
    }

    /// <summary>A verb that starts a statement, so that "Increase NRR: from 104% to 110%" is not read as owned by "Increase NRR".</summary>
    public static bool IsLeadVerb(string word) => LeadVerbs.Contains(word);

    public static readonly HashSet<string> Joiners = new(StringComparer.OrdinalIgnoreCase) { "of", "and", "for", "de", "van", "von", "da" };

    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "ceo", "cro", "cmo", "cfo", "coo", "cto", "cpo", "cco", "ciso", "founder", "co-founder", "gm", "general manager", "president",
    };

    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "vp", "svp", "evp", "avp", "head", "director", "manager", "lead", "chief", "ceo", "cro", "cmo", "cfo", "coo", "cto", "president",
    };

    private static readonly HashSet<string> LeadVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "increase", "grow", "reach", "achieve", "hit", "close", "sign", "win", "book", "generate", "improve", "raise", "reduce", "lower",
        "cut", "decrease", "maintain", "keep", "launch", "build", "hire", "run", "create", "develop", "deliver", "ship", "expand", "drive",
        "land", "deploy", "implement", "roll", "establish", "publish", "host", "make", "onboard", "train", "add", "get", "double", "triple",
        "halve", "secure", "complete", "finish", "start", "define", "design", "introduce", "enter", "open", "partner", "focus", "become",
        "deepen", "accelerate", "recover", "reactivate", "regain", "save", "attain", "exceed", "surpass", "sell", "earn", "collect", "capture", "delight", "retain", "renew", "upsell", "convert", "attract", "acquire", "target", "own", "lead",
    };
}
