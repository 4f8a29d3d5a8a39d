namespace Gameplan.Bench.Activities;

public static class PaceBenchmark
{
    public static Task RunAsync(BenchOptions options) => throw new NotImplementedException(options.Step);
}
