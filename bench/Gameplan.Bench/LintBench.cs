using System.Diagnostics;
using System.Globalization;
using Gameplan.Core.Critique;
using Gameplan.Core.PlanFiles;
using Gameplan.Domain.Classification;

namespace Gameplan.Bench;

/// <summary>
/// Lint throughput (issue #4): N generated plan files are parsed and critiqued in process, each as
/// <c>gameplan lint FILE</c> does it (<see cref="PlanLint.Lint"/> on the file's text). The baseline,
/// measured in the same rounds on the same files, is parsing alone. Results: bench/README.md.
/// </summary>
internal static class LintBench
{
    private const int Strategies = 10;
    private const int Rounds = 5;
    private const double Target = 2000;

    public static void Run(int plans)
    {
        var today = new DateOnly(2027, 2, 1);
        var files = Enumerable.Range(0, plans).Select(i => PlanFileWriter.Write(PlanGenerator.Plan(i, Strategies))).ToList();
        // What GP201-GP203 classify: each distinct strategy statement and tactic action of a plan.
        var statements = files.Select(f => PlanFileReader.Read(f).Plan!.Plan.Strategies
            .SelectMany(s => s.Tactics.Select(t => t.Action!).Prepend(s.Statement!)).Distinct().ToList()).ToList();
        Console.WriteLine($"Gameplan lint benchmark: {PlanGenerator.Describe(plans, Strategies)}, {files.Sum(f => f.Length) / plans:N0} characters a file, "
            + $"{Rounds} rounds (median), .NET {Environment.Version}, {Environment.ProcessorCount} cores, "
            + $"server GC {System.Runtime.GCSettings.IsServerGC}, concurrent GC {ConcurrentGC()}");

        // Warm-up: one whole pass lets tiered compilation and dynamic PGO settle before anything is timed.
        var findings = files.Sum(f => PlanLint.Lint(f, today).Report!.Findings.Count);
        files.Sum(f => PlanFileReader.Read(f).Problems.Count);
        statements.Sum(list => list.Sum(s => StatementClassifier.Classify(s).Reasons.Count));
        Console.WriteLine($"warm-up: {findings} findings in total");

        var parse = new List<Sample>();
        var lint = new List<Sample>();
        var classify = new List<Sample>();
        var lintAll = new List<Sample>();
        for (var round = 0; round < Rounds; round++)
        {
            // Interleaved, so that the machine's noise hits the baseline and the lint alike.
            parse.Add(Sample.Of(() => files.Sum(f => PlanFileReader.Read(f).Problems.Count)));
            lint.Add(Sample.Of(() => files.Sum(f => PlanLint.Lint(f, today).Report!.Findings.Count)));
            classify.Add(Sample.Of(() => statements.Sum(list => list.Sum(s => StatementClassifier.Classify(s).Reasons.Count))));
            lintAll.Add(Sample.Of(() => PlanLint.LintAll(files, today).Sum(r => r.Report!.Findings.Count)));
        }

        var (p, l, c, a) = (Sample.Median(parse), Sample.Median(lint), Sample.Median(classify), Sample.Median(lintAll));
        Console.WriteLine("measure                          plans/s  ms/1000 plans  plans/CPU-s  MB alloc/1000  gen0 GCs");
        Print("parse only (baseline)", p, plans);
        Print("lint (parse + critique)", l, plans);
        Print("  classifier alone (in lint)", c, plans);
        Print($"lint, {Environment.ProcessorCount} cores (LintAll)", a, plans);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"lint / parse time ratio: {l.Wall / p.Wall:N2}; critique alone: {plans / Math.Max(l.Wall - p.Wall, 1e-9):N0} plans/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"all cores / one core: {l.Wall / a.Wall:N2}x wall; CPU per plan {a.Cpu / l.Cpu:N2}x of one core's"));
        foreach (var (name, sample) in new[] { ("one core", l), ($"{Environment.ProcessorCount} cores", a) })
        {
            var rate = plans / sample.Wall;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"target {Target:N0} plans/s, {name}: {(rate >= Target ? "met" : "NOT met")} ({rate / Target:P0} of it)"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"by CPU time (what a busy machine distorts least): {plans / l.Cpu:N0} plans per CPU second, so {Environment.ProcessorCount} idle cores could give up to {Environment.ProcessorCount * plans / l.Cpu:N0} plans/s"));
    }

    private static string ConcurrentGC() =>
        System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.Batch ? "off" : "on";

    private static void Print(string name, Sample sample, int plans) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-28} {plans / sample.Wall,11:N0} {sample.Wall * 1000 * 1000 / plans,14:N1} {plans / sample.Cpu,12:N0} {sample.Bytes / 1e6 * 1000 / plans,14:N1} {sample.Gen0 * 1000 / plans,9:N0}"));

    /// <summary>One timed pass: wall-clock and process CPU seconds, bytes allocated, gen-0 collections.</summary>
    private readonly record struct Sample(double Wall, double Cpu, long Bytes, int Gen0)
    {
        public static Sample Of(Func<int> work)
        {
            var process = Process.GetCurrentProcess();
            var (cpu, bytes, gen0) = (process.TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(0));
            var clock = Stopwatch.StartNew();
            GC.KeepAlive(work());
            var wall = clock.Elapsed.TotalSeconds;
            process.Refresh();
            return new Sample(wall, (process.TotalProcessorTime - cpu).TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - bytes, GC.CollectionCount(0) - gen0);
        }

        /// <summary>The round with the median wall time (its other figures come with it).</summary>
        public static Sample Median(List<Sample> samples) => samples.OrderBy(s => s.Wall).ElementAt(samples.Count / 2);
    }
}
