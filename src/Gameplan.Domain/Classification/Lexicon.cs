namespace Gameplan.Domain.Classification;

/// <summary>Word sets shared by several cue readers. All entries are lower case.</summary>
internal static class Lexicon
{
    /// <summary>Things a team counts as a result: a number or a comparative in front of them makes a goal.</summary>
    public static readonly IReadOnlySet<string> ResultNouns = Set(
        "sales revenue revenues income profit profits margin margins bookings arr mrr deals deal leads",
        "pipeline customers clients accounts logos subscribers members users donors donations gifts orders",
        "purchases units quota renewals meetings opportunities contracts partners distributors resellers",
        "dealers brokers reps representatives executives hires volunteers business share conversion",
        "conversions retention churn rate attendance signups sign-ups downloads installs referrals",
        "prescriptions policies policyholders premiums retainers doors stores locations districts schools",
        "volume growth nps satisfaction score scores ranking rankings size cycle cost costs discounting",
        "wins seats licences licenses trials target targets value profitability names sellers account customer",
        "client contract deal tender bid donor member logo order traffic footfall visits visitors average response",
        "turnaround accuracy productivity utilisation utilization attainment");

    /// <summary>Concrete deliverables of an action: events, content, messages, tools built once.</summary>
    public static readonly IReadOnlySet<string> Deliverables = Set(
        "webinar webinars event events workshop workshops training call calls email emails newsletter",
        "newsletters demo demos review reviews sync syncs stand-up standup lunch-and-learn dinner lunch",
        "breakfast booth fair fairs show shows expo conference meetup video videos study studies case-study blog",
        "post posts article articles brochure brochures sheet sheets script scripts battlecard battlecards",
        "deck checklist template templates profile questions questionnaire survey card cards campaign",
        "campaigns sequence ad ads widget page pages reminder reminders leaderboard mentor incentive",
        "contest tour pilot test course session sessions interviews proposals quotes offer discount voucher",
        "vouchers samples flyer flyers podcast dashboard stand associations boards groups openings records",
        "retrospective retrospectives assessment feedback headline letter letters visit visits",
        "coupon coupons playbook guide note notes message messages testimonial testimonials raffle class classes",
        "sale giveaway roundtable roundtables sprint sprints basket hamper poster posters one-pager spiff huddle flyer leaflet leaflets banner snapshot list",
        "signature link presentation presentations materials collateral program programme schedule kit website",
        "portal toolkit bonus bonuses flier fliers handout handouts mailer mailers postcard postcards calculator faq",
        "trial update updates recording ride-along dials prize prizes");

    /// <summary>
    /// Activities a rep counts and does again each period: "50 calls each week", "three demos this
    /// quarter". A count of them is a tactic's volume, not a result; "more meetings" stays a result.
    /// </summary>
    public static readonly IReadOnlySet<string> Activities = Set(
        "call calls dials meeting meetings demo demos visit visits presentation presentations email emails",
        "conversations appointments touches touchpoints pitches outreaches follow-ups proposals quotes");

    /// <summary>Kinds of customer a strategy can choose to serve.</summary>
    public static readonly IReadOnlySet<string> CustomerGroups = Set(
        "companies firms retailers manufacturers brands buyers insurers hospitals clinics pharmacies",
        "breweries farms startups agencies cfos ctos cios practices enterprises smbs institutions",
        "networks departments teams developers contractors integrators operators makers universities",
        "governments municipalities schools nonprofits non-profits charities chains");

    public static readonly IReadOnlySet<string> TimeUnits = Set(
        "minute minutes hour hours day days week weeks month months quarter quarters year years semester");

    /// <summary>Recurring periods that follow "each", "every", "per" or "a" in a frequency.</summary>
    public static readonly IReadOnlySet<string> Periods = Set(
        "day morning afternoon evening night week weekday weekend month quarter hour",
        "monday tuesday wednesday thursday friday saturday sunday");

    public static readonly IReadOnlySet<string> Weekdays = Set(
        "monday tuesday wednesday thursday friday saturday sunday");

    public static readonly IReadOnlySet<string> Months = Set(
        "january february march april may june july august september october november december");

    /// <summary>Points in the calendar a deadline can name after "by" or "before".</summary>
    public static readonly IReadOnlySet<string> Horizons = Set(
        "year quarter semester season graduation year-end q1 q2 q3 q4 summer spring autumn fall",
        "winter holidays christmas term month then",
        "january february march april may june july august september october november december");

    public static readonly IReadOnlySet<string> NumberWords = Set(
        "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty",
        "fifty sixty hundred dozen");

    /// <summary>Small words that end a noun phrase.</summary>
    public static readonly IReadOnlySet<string> Stops = Set(
        "of in on at by for to with from into per over through within before after during about across",
        "among the a an each every this next that which who whose and or but so out than as via instead rather",
        "ahead beyond versus vs while when where because between",
        "our their your my his her its");

    public static IReadOnlySet<string> Set(params string[] lines) =>
        new HashSet<string>(lines.SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            StringComparer.Ordinal);

    /// <summary>True for 12, 1,000, 2.5, $3M, 50%, and number words ("three").</summary>
    public static bool IsNumber(string word) =>
        word.Length > 0 && (char.IsAsciiDigit(word[0]) || NumberWords.Contains(word)
            || (word.Length > 1 && "$€£".Contains(word[0]) && char.IsAsciiDigit(word[1])));

    /// <summary>A bare count (no money, no percent, no hyphenated unit) that is not a calendar year.</summary>
    public static bool IsCount(string word) =>
        IsNumber(word) && !"$€£".Contains(word[0]) && !word.EndsWith('%') && !word.Contains('-') && !IsYear(word);

    public static bool IsYear(string word) =>
        word.Length == 4 && (word.StartsWith("19", StringComparison.Ordinal) || word.StartsWith("20", StringComparison.Ordinal))
            && !word.AsSpan().ContainsAnyExceptInRange('0', '9');

    public static bool IsMoney(string word) =>
        word.Length > 1 && "$€£".Contains(word[0]) && char.IsAsciiDigit(word[1]);

    public static bool IsPercent(string word) => word.Length > 1 && word.EndsWith('%');

    /// <summary>The value of a count, when it can be read; number words map to their value.</summary>
    public static double? ValueOf(string word)
    {
        var index = Array.IndexOf(NumberValueWords, word);
        if (index >= 0)
        {
            return NumberValues[index];
        }
        return double.TryParse(word.Replace(",", ""), System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static readonly string[] NumberValueWords =
        ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "dozen"];

    private static readonly double[] NumberValues =
        [1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 20, 30, 40, 50, 60, 100, 12];
}
