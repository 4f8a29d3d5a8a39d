using Gameplan.Core.PlanFiles;
using Gameplan.Domain.Critique;

namespace Gameplan.Core.Critique;

/// <summary>
/// Lints a plan file: reads it, critiques it on <c>today</c>, and adds what the reader found as
/// findings too: an unknown key (a likely typo) is GP001, a value that could not be read GP002.
/// </summary>
public static class PlanLint
{
    /// <summary>An unknown key: reported so that a typo never silently drops data.</summary>
    public const string UnknownKeyRule = "GP001";

    /// <summary>A value of the wrong type or form, which the critique could not see.</summary>
    public const string InvalidValueRule = "GP002";

    /// <summary>The report, or null when the file could not be parsed at all (then <see cref="PlanLintResult.Problems"/> say why).</summary>
    public static PlanLintResult Lint(string yaml, DateOnly today, ActivityFacts? activities = null)
    {
        var read = PlanFileReader.Read(yaml);
        return read.Plan is null ? new PlanLintResult(null, read.Problems) : Critique(read, PlanFileDocuments.From(read.Plan), today, activities, null);
    }

    /// <summary>
    /// Lints several plan files at once, on every core (the critique keeps no state between plans).
    /// The files are one cascade: a plan's <c>parent</c> is looked up among them by name, so the
    /// coverage and parent rules (GP601-GP604) run. The results come in the order of <paramref name="yamls"/>.
    /// </summary>
    public static IReadOnlyList<PlanLintResult> LintAll(IReadOnlyList<string> yamls, DateOnly today, ActivityFacts? activities = null)
    {
        var results = new PlanLintResult[yamls.Count];
        if (yamls.Count == 1)
        {
            results[0] = Lint(yamls[0], today, activities);
            return results;
        }
        var reads = new PlanFileReadResult[yamls.Count];
        var documents = new PlanDocument?[yamls.Count];
        Parallel.For(0, yamls.Count, i =>
        {
            reads[i] = PlanFileReader.Read(yamls[i]);
            documents[i] = reads[i].Plan is { } file ? PlanFileDocuments.From(file) : null;
        });
        var families = PlanFamilies.Among(documents);
        Parallel.For(0, yamls.Count, i => results[i] = documents[i] is { } document
            ? Critique(reads[i], document, today, activities, families[i])
            : new PlanLintResult(null, reads[i].Problems));
        return results;
    }

    private static PlanLintResult Critique(PlanFileReadResult read, PlanDocument document, DateOnly today, ActivityFacts? activities, PlanFamily? family)
    {
        var report = PlanCritic.Critique(document, today, activities, family);
        var fromFile = read.Problems.Select(ToFinding).ToList();
        if (fromFile.Count == 0)
        {
            return new PlanLintResult(report, read.Problems);
        }
        var findings = fromFile.Concat(report.Findings).OrderBy(f => f.Severity).ThenBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Rule, StringComparer.Ordinal).ToList();
        var summary = new CritiqueSummary(
            findings.Count(f => f.Severity == FindingSeverity.Error),
            findings.Count(f => f.Severity == FindingSeverity.Warning),
            findings.Count(f => f.Severity == FindingSeverity.Info));
        return new PlanLintResult(report with { Findings = findings, Summary = summary }, read.Problems);
    }

    private static Finding ToFinding(PlanFileProblem problem) => problem.IsError
        ? new Finding(InvalidValueRule, FindingSeverity.Error, Path(problem), $"Line {problem.Line}, column {problem.Column}: {problem.Message}",
            "Correct the value (dates are YYYY-MM-DD, numbers are plain numbers); until then the critique cannot see it.")
        : new Finding(UnknownKeyRule, FindingSeverity.Warning, Path(problem), $"Line {problem.Line}, column {problem.Column}: {problem.Message}",
            "Check the spelling against the plan-file format; the value under an unknown key is ignored.");

    private static string Path(PlanFileProblem problem) => problem.Path.Length == 0 ? "plan" : problem.Path;
}
