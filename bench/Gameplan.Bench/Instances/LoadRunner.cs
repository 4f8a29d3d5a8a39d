using System.Collections.Concurrent;
using System.Diagnostics;

namespace Gameplan.Bench.Instances;

/// <summary>
/// Drives a load: closed loop (a fixed number of clients, each sending its next request when the
/// last one answered: the most the system does) or open loop (requests sent at a fixed rate on a
/// clock whatever the answers, each one's latency measured from the time it was due, not from when
/// it went out, so that a stall counts against every request it delayed: no coordinated omission).
/// </summary>
public static class LoadRunner
{
    public delegate Task<MixedLoad.Outcome> Send(long n, CancellationToken ct);

    /// <param name="requests">Stop after this many requests, if that comes first; the sequence numbers start at <paramref name="first"/>.</param>
    public static async Task<LoadRun> ClosedAsync(Send send, int clients, TimeSpan duration, long requests = long.MaxValue, long first = 0)
    {
        var tally = new Tally();
        var next = first - 1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            long n;
            while (clock.Elapsed < duration && (n = Interlocked.Increment(ref next)) < first + requests)
            {
                var started = clock.Elapsed;
                await tally.RunAsync(send, n, () => (clock.Elapsed - started).TotalMilliseconds);
            }
        })));
        return tally.Result(clock.Elapsed);
    }

    /// <param name="rate">Requests a second; request i is due at i / rate seconds from the start.</param>
    public static async Task<LoadRun> OpenAsync(Send send, double rate, TimeSpan duration)
    {
        var tally = new Tally();
        var total = (long)(rate * duration.TotalSeconds);
        var running = new List<Task>((int)total);
        var clock = Stopwatch.StartNew();
        for (long i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }
            var n = i;
            running.Add(Task.Run(() => tally.RunAsync(send, n, () => (clock.Elapsed - due).TotalMilliseconds)));
        }
        await Task.WhenAll(running);
        return tally.Result(clock.Elapsed);
    }

    /// <summary>Counts outcomes and latencies from many requests at once.</summary>
    private sealed class Tally
    {
        private readonly ConcurrentQueue<double> _latencies = new();
        private readonly ConcurrentDictionary<string, int> _answeredBy = new();
        private int _errors;

        public async Task RunAsync(Send send, long n, Func<double> latency)
        {
            try
            {
                var outcome = await send(n, CancellationToken.None);
                _latencies.Enqueue(latency());
                _answeredBy.AddOrUpdate(outcome.Instance, 1, (_, c) => c + 1);
                if (!outcome.Ok)
                {
                    Interlocked.Increment(ref _errors);
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Interlocked.Increment(ref _errors);
            }
        }

        public LoadRun Result(TimeSpan elapsed) => new(_latencies.Count, _errors, elapsed, [.. _latencies], new Dictionary<string, int>(_answeredBy));
    }
}
