using System.Globalization;
using Gameplan.Bench;

// Issue #5's activity benchmarks have their own steps: see Activities/ActivitiesBench.cs.
if (args is ["activities", .. var activityArgs])
{
    Environment.ExitCode = await Gameplan.Bench.Activities.ActivitiesBench.RunAsync(activityArgs);
    return;
}

// Plan import (issue #11): see PlanImportBench.cs.
if (args is ["plan-import", .. var sizes])
{
    await PlanImportBench.RunAsync(sizes.Length > 0 ? sizes.Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList() : [1000, 10000]);
    return;
}

// Diff of two versions of a 1,000-element plan (issue #12): see Versions/DiffBench.cs.
if (args is ["diff", .. var diffArgs])
{
    await Gameplan.Bench.Versions.DiffBench.RunAsync(diffArgs.Length > 0 ? int.Parse(diffArgs[0], CultureInfo.InvariantCulture) : 15);
    return;
}

// The planning cycle's pages for 500 reps and 60 plans (issue #12): see Cycles/CycleBench.cs.
if (args is ["cycle", .. var cycleArgs])
{
    await Gameplan.Bench.Cycles.CycleBench.RunAsync(cycleArgs);
    return;
}

// A person's inbox in the same organisation (issue #13): see Inbox/InboxBench.cs.
if (args is ["inbox", .. var inboxArgs])
{
    await Gameplan.Bench.Inbox.InboxBench.RunAsync(inboxArgs);
    return;
}

// The daily digest run for 10,000 people, sent over SMTP to a local sink (issue #13): see Digest/DigestBench.cs.
if (args is ["digest", .. var digestArgs])
{
    await Gameplan.Bench.Digest.DigestBench.RunAsync(digestArgs);
    return;
}

// The demo plan page's bytes and LCP in headless Chromium, before and after compression (issues #17, #18): see Transfer/TransferBench.cs.
if (args is ["transfer", .. var transferArgs])
{
    Environment.ExitCode = await Gameplan.Bench.Transfer.TransferBench.RunAsync(transferArgs);
    return;
}

// One instance against two behind nginx on one PostgreSQL, the same mixed load (issue #16): see Instances/InstancesBench.cs.
if (args is ["instances", .. var instanceArgs])
{
    Environment.ExitCode = await Gameplan.Bench.Instances.InstancesBench.RunAsync(instanceArgs);
    return;
}

// Lint throughput (issue #4): see LintBench.cs.
LintBench.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000);
