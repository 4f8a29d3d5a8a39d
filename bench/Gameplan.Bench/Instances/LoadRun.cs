namespace Gameplan.Bench.Instances;

/// <summary>
/// What one load phase gave: how many requests were answered (whatever the status) in how long, how
/// many failed (answered with another status than 2xx, or not answered), each answered request's
/// latency in milliseconds, and how many each instance answered.
/// </summary>
public sealed record LoadRun(int Completed, int Errors, TimeSpan Elapsed, double[] LatenciesMs, IReadOnlyDictionary<string, int> AnsweredBy)
{
    public double Rate => Completed / Elapsed.TotalSeconds;

    /// <summary>The latency below which <paramref name="fraction"/> of the requests completed (nearest rank).</summary>
    public double Percentile(double fraction)
    {
        if (LatenciesMs.Length == 0)
        {
            return double.NaN;
        }
        var sorted = LatenciesMs.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
