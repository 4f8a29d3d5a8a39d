using System.Globalization;
using Gameplan.Bench;

// Issue #5's activity benchmarks have their own steps: see Activities/ActivitiesBench.cs.
if (args is ["activities", .. var activityArgs])
{
    Environment.ExitCode = await Gameplan.Bench.Activities.ActivitiesBench.RunAsync(activityArgs);
    return;
}

// Lint throughput (issue #4): see LintBench.cs.
LintBench.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000);
