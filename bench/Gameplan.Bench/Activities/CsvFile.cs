namespace Gameplan.Bench.Activities;

/// <summary>The generated CSV of a scale, written on first use and reused by every later step.</summary>
public static class CsvFile
{
    public static string Ensure(BenchOptions options)
    {
        if (!File.Exists(options.CsvPath))
        {
            Generate(options);
        }
        return options.CsvPath;
    }

    public static void Generate(BenchOptions options)
    {
        long bytes = 0;
        var m = Measurement.OfAsync(() =>
        {
            bytes = ActivityCsvGenerator.Write(options.CsvPath + ".part", options.Reps);
            File.Move(options.CsvPath + ".part", options.CsvPath, overwrite: true);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();
        Report.Rate($"generated {Path.GetFileName(options.CsvPath)} ({bytes / 1e6:N0} MB)", options.Rows, m);
    }
}
