namespace Gameplan.Domain.People;

/// <summary>
/// Names of functions and departments ("Sales", "CS", "RevOps", "the SDR team"): what OKR documents
/// write as owners where a plan needs a person. The OKR import and the critique (GP404) both ask here.
/// </summary>
public static class FunctionNames
{
    /// <summary>True for a function or department's name, not a person's: a known function, or a name ending in team, dept or org.</summary>
    public static bool IsFunction(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[4..];
        }
        return Functions.Contains(trimmed) || Functions.Contains(WithoutTeam(trimmed))
            || trimmed.EndsWith(" team", StringComparison.OrdinalIgnoreCase) || trimmed.EndsWith(" dept", StringComparison.OrdinalIgnoreCase)
            || trimmed.EndsWith(" department", StringComparison.OrdinalIgnoreCase) || trimmed.EndsWith(" org", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"Sales team" as "Sales"; other names as they are.</summary>
    public static string WithoutTeam(string name) =>
        name.EndsWith(" team", StringComparison.OrdinalIgnoreCase) ? name[..^5].Trim() : name;

    private static readonly HashSet<string> Functions = new(StringComparer.OrdinalIgnoreCase)
    {
        "sales", "cs", "csm", "csms", "customer success", "marketing", "revops", "rev ops", "revenue operations", "sales ops", "salesops",
        "sales operations", "ops", "operations", "finance", "product", "engineering", "support", "customer support", "partnerships",
        "partners", "channel", "enablement", "sales enablement", "sdr", "sdrs", "bdr", "bdrs", "account management", "am", "leadership",
        "exec", "execs", "exec team", "hr", "people", "people ops", "legal", "growth", "demand gen", "demand generation", "solutions engineering",
        "se", "presales", "pre-sales", "field sales", "inside sales", "all", "everyone", "gtm", "go-to-market", "product marketing", "pmm",
        "it", "security", "data", "analytics", "bizops", "biz ops", "management",
    };
}
