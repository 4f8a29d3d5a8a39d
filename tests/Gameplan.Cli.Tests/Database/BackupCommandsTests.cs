using Microsoft.EntityFrameworkCore;

namespace Gameplan.Cli.Tests.Database;

public sealed class BackupCommandsTests : IDisposable
{
    private readonly TempDatabase _source = new();
    private readonly TempDatabase _target = new();

    public void Dispose()
    {
        _source.Dispose();
        _target.Dispose();
        File.Delete(_source.Path + ".backup");
    }

    [Fact]
    public async Task A_backup_restores_into_an_empty_database_and_the_exit_codes_say_what_was_refused()
    {
        Assert.Equal(ExitCodes.Success, (await Cli.RunAsync("seed", "--demo", "--db", _source.Path)).ExitCode);
        var file = _source.Path + ".backup";

        var backup = await Cli.RunAsync("backup", "--db", _source.Path, file);
        var again = await Cli.RunAsync("backup", "--db", _source.Path, file);
        var restore = await Cli.RunAsync("restore", file, "--db", _target.Path);
        var twice = await Cli.RunAsync("restore", file, "--db", _target.Path);
        var missing = await Cli.RunAsync("restore");
        var logical = await Cli.RunAsync("backup", "--logical", "--db", _source.Path, file + ".logical");

        Assert.Equal(ExitCodes.Success, backup.ExitCode);
        Assert.Contains(backup.OutputLines, line => line.StartsWith($"Backed up {file} (", StringComparison.Ordinal) && line.Contains("SQLite VACUUM INTO", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Failure, again.ExitCode);
        Assert.Contains("already exists", again.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, restore.ExitCode);
        Assert.Equal(ExitCodes.Failure, twice.ExitCode);
        Assert.Contains("--force", twice.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, missing.ExitCode);
        Assert.Equal(ExitCodes.Failure, logical.ExitCode);
        Assert.Contains("a logical export is for PostgreSQL", logical.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(file + ".logical"));
        await using var from = _source.Open();
        await using var into = _target.Open();
        Assert.Equal(await from.Plans.IgnoreQueryFilters().Select(p => p.Name).OrderBy(n => n).ToListAsync(),
            await into.Plans.IgnoreQueryFilters().Select(p => p.Name).OrderBy(n => n).ToListAsync());
    }
}
