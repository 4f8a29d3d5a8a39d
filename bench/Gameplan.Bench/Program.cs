using System.Diagnostics;
using System.Globalization;
using Gameplan.Bench;
using Gameplan.Core.Critique;
using Gameplan.Core.PlanFiles;

// Issue #5's activity benchmarks have their own steps: see Activities/ActivitiesBench.cs.
if (args is ["activities", .. var activityArgs])
{
    Environment.ExitCode = await Gameplan.Bench.Activities.ActivitiesBench.RunAsync(activityArgs);
    return;
}

// Lint throughput: N generated plan files are parsed and critiqued in process. The baseline, measured
// in the same run on the same files, is parsing alone; the ratio shows what the critique adds.
var plans = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
const int Strategies = 10;
const int Rounds = 5;
var today = new DateOnly(2027, 2, 1);
var files = Enumerable.Range(0, plans).Select(i => PlanFileWriter.Write(PlanGenerator.Plan(i, Strategies))).ToList();

Console.WriteLine($"Gameplan lint benchmark: {PlanGenerator.Describe(plans, Strategies)}, {Rounds} rounds, .NET {Environment.Version}, {Environment.ProcessorCount} cores");
var findings = files.Sum(f => PlanLint.Lint(f, today).Report!.Findings.Count);
Console.WriteLine($"warm-up: {findings} findings in total");

double Median(Func<int> work)
{
    var seconds = new List<double>();
    for (var round = 0; round < Rounds; round++)
    {
        var clock = Stopwatch.StartNew();
        GC.KeepAlive(work());
        seconds.Add(clock.Elapsed.TotalSeconds);
    }
    return seconds.Order().ElementAt(Rounds / 2);
}

var parse = Median(() => files.Sum(f => PlanFileReader.Read(f).Problems.Count));
var lint = Median(() => files.Sum(f => PlanLint.Lint(f, today).Report!.Findings.Count));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parse only (baseline): {plans / parse,10:N0} plans/s  ({parse * 1000:N1} ms for {plans})"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lint (parse + critique): {plans / lint,8:N0} plans/s  ({lint * 1000:N1} ms for {plans})"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lint / parse time ratio: {lint / parse:N2}  (critique alone: {plans / Math.Max(lint - parse, 1e-9):N0} plans/s)"));
