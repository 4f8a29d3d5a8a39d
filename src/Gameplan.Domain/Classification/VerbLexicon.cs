namespace Gameplan.Domain.Classification;

/// <summary>
/// Verbs and what they usually lead: a result (increase), a direction (focus) or an action
/// (attend). Ambiguous verbs (build, improve, create) carry weight for two kinds and leave
/// the decision to their object.
/// </summary>
internal static class VerbLexicon
{
    private static readonly Dictionary<string, KindWeights> Verbs = Build();

    // Looks words up without building strings for the pair and the third-person forms.
    private static readonly Dictionary<string, KindWeights>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Verbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Finds the verb at <paramref name="index"/>, phrasal first ("set_up"); returns its length in words, 0 if none.</summary>
    public static int Match(Statement statement, int index, bool allowThirdPerson, out string verb, out KindWeights weights)
    {
        var word = statement[index];
        var next = statement[index + 1];
        var length = MatchForm(word, next, allowThirdPerson, out verb, out weights);
        if (length > 0 || word.Length < 5 || !word.EndsWith("ing", StringComparison.Ordinal) || NotGerunds.Contains(word))
        {
            return length;
        }
        // Real plans write actions as gerunds ("making 40 calls", "reaching out via LinkedIn"):
        // "making" is "make", "putting" "put", "visiting" "visit", tried in that order.
        var stem = word[..^3];
        if ((length = MatchForm(stem + "e", next, false, out verb, out weights)) > 0
            || (length = MatchForm(stem, next, false, out verb, out weights)) > 0)
        {
            return length;
        }
        return stem.Length > 2 && stem[^1] == stem[^2] ? MatchForm(stem[..^1], next, false, out verb, out weights) : 0;
    }

    /// <summary>
    /// A leading past participle, as in headline-style key results ("Increased repeat purchases",
    /// "Launched the partner portal"): "increased" is "increase", "boosted" "boost", "planned" "plan".
    /// </summary>
    public static int MatchPast(Statement statement, int index, out string verb, out KindWeights weights)
    {
        var word = statement[index];
        verb = "";
        weights = default;
        if (word.Length < 5 || !word.EndsWith("ed", StringComparison.Ordinal))
        {
            return 0;
        }
        var next = statement[index + 1];
        var stem = word[..^2];
        int length;
        if ((length = MatchForm(word[..^1], next, false, out verb, out weights)) > 0
            || (length = MatchForm(stem, next, false, out verb, out weights)) > 0)
        {
            return length;
        }
        if (stem.EndsWith('i') && (length = MatchForm(stem[..^1] + "y", next, false, out verb, out weights)) > 0)
        {
            return length;
        }
        return stem.Length > 2 && stem[^1] == stem[^2] ? MatchForm(stem[..^1], next, false, out verb, out weights) : 0;
    }

    /// <summary>Words in -ing that are not a verb's gerund here ("morning", "during") or read better as nouns.</summary>
    private static readonly IReadOnlySet<string> NotGerunds = Lexicon.Set(
        "morning evening spring during something nothing anything everything thing string ceiling");

    private static int MatchForm(string word, string next, bool allowThirdPerson, out string verb, out KindWeights weights)
    {
        var length = word.Length + 1 + next.Length;
        Span<char> pair = length <= 64 ? stackalloc char[length] : new char[length];
        word.CopyTo(pair);
        pair[word.Length] = ' ';
        next.CopyTo(pair[(word.Length + 1)..]);
        if (BySpan.TryGetValue(pair, out var key, out weights))
        {
            verb = key;
            return 2;
        }
        if (Find(word, out verb, out weights)
            || (allowThirdPerson && word.Length >= 4 && word.EndsWith('s') && ThirdPerson(word, out verb, out weights)))
        {
            return 1;
        }
        verb = "";
        return 0;
    }

    /// <summary>"tracks" is "track", "carries" "carry", "pushes" "push", tried in that order.</summary>
    private static bool ThirdPerson(string word, out string verb, out KindWeights weights)
    {
        if (Find(word.AsSpan(0, word.Length - 1), out verb, out weights))
        {
            return true;
        }
        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            Span<char> y = word.Length <= 64 ? stackalloc char[word.Length - 2] : new char[word.Length - 2];
            word.AsSpan(0, word.Length - 3).CopyTo(y);
            y[^1] = 'y';
            if (Find(y, out verb, out weights))
            {
                return true;
            }
        }
        return word.EndsWith("es", StringComparison.Ordinal) && Find(word.AsSpan(0, word.Length - 2), out verb, out weights);
    }

    private static bool Find(ReadOnlySpan<char> form, out string verb, out KindWeights weights)
    {
        if (BySpan.TryGetValue(form, out var key, out weights))
        {
            verb = key;
            return true;
        }
        verb = "";
        return false;
    }

    private static Dictionary<string, KindWeights> Build()
    {
        var verbs = new Dictionary<string, KindWeights>(StringComparer.Ordinal);
        Add(verbs, StatementKind.Goal, 2.5,
            "increase raise lift boost double triple quadruple halve reach hit achieve attain exceed surpass",
            "beat cut reduce decrease lower shorten generate capture convert retain earn gain acquire secure",
            "sign close onboard shrink slash trim maximise maximize minimise minimize eliminate",
            "multiply outsell overtake recapture regain", "win_back", "sell_out", "break_even");
        Add(verbs, StatementKind.Goal, 1.2,
            "grow win get have fill bring_in drive maintain keep become be land sell deliver save return",
            "add recover pass complete finish graduate obtain attract ensure hire recruit", "sign_up");
        Add(verbs, StatementKind.Goal, 0.6, "turn bring");
        Add(verbs, StatementKind.Goal, 1.2, "scale");
        Add(verbs, StatementKind.Goal, 0.8, "improve book make expand");
        Add(verbs, StatementKind.Strategy, 2.5,
            "focus concentrate shift position reposition differentiate prioritise prioritize specialise",
            "specialize compete pivot favour favor diversify transform transition tailor treat leverage",
            "emphasise emphasize align invest pursue serve cultivate foster strengthen modernise modernize",
            "dominate penetrate target enter champion rely protect defend balance segment", "double_down", "go_after", "go_upmarket", "bet_on",
            "move_upmarket", "lean_on");
        Add(verbs, StatementKind.Strategy, 1.2,
            "build develop establish use move standardise standardize combine outsource lead partner",
            "bundle go nurture deepen rebuild redesign simplify rethink embrace reinvent restructure",
            "consolidate centralise centralize decentralise decentralize own avoid choose select pick", "win_over", "team_up");
        Add(verbs, StatementKind.Strategy, 0.6, "create adopt improve grow expand win land sell make keep put become turn open scale");
        Add(verbs, StatementKind.Tactic, 2.5,
            "spend join attend conduct host run hold send call email phone publish post schedule draft",
            "record film print survey interview visit sponsor invite demo shadow practice practise log mail",
            "enrol enroll distribute upload tweet meet cold-call blog compile talk", "cold_call", "talk_to", "set_up", "follow_up",
            "put_together", "hand_out", "reach_out", "write_up", "check_in", "drop_off", "put_up", "call_back",
            "tag");
        Add(verbs, StatementKind.Tactic, 1.3,
            "write offer provide give train coach migrate install set launch prepare update share ask apply",
            "connect present pitch test introduce pair review document read take volunteer speak define",
            "book organise organize design map text respond reply register collect equip assign",
            "list announce create remind rehearse role-play recognise recognize reward celebrate translate block",
            "message", "redo", "sign_up", "produce implement refresh submit contact buy upsell cross-sell walk identify",
            "roll_out", "look_for", "try_out");
        Add(verbs, StatementKind.Tactic, 0.6, "develop build add adopt make open bring do");
        Add(verbs, StatementKind.Strategy, 1.2, "play_to", "steer");
        return verbs;
    }

    private static void Add(Dictionary<string, KindWeights> verbs, StatementKind kind, double weight, params string[] groups)
    {
        foreach (var group in groups)
        {
            // Phrasal verbs are written with an underscore ("set_up") and matched as two words.
            foreach (var entry in group.Split(' ').Select(entry => entry.Replace('_', ' ')))
            {
                verbs[entry] = verbs.GetValueOrDefault(entry).Plus(kind, weight);
            }
        }
    }
}
