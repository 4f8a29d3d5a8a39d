using Gameplan.Core.Accounts;
using Gameplan.Core.Activities;
using Gameplan.Core.Backups;
using Gameplan.Core.Data;
using Gameplan.Core.Demo;
using Gameplan.Core.PlanFiles;
using Gameplan.Core.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Backups;

public sealed class DatabaseBackupTests : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gameplan-backup-tests", Guid.NewGuid().ToString("N"));

    public DatabaseBackupTests() => Directory.CreateDirectory(_folder);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner.
        }
        return ValueTask.CompletedTask;
    }

    [DbFact]
    public Task A_backup_taken_while_activities_are_written_restores_a_consistent_database_with_sessions_tokens_and_identical_plans() =>
        BackupWhileWritingAndRestoreAsync(BackupMethod.Automatic);

    [PostgresFact]
    public Task Without_pg_dump_a_logical_export_taken_while_activities_are_written_restores_the_same_way() =>
        BackupWhileWritingAndRestoreAsync(BackupMethod.Logical);

    private async Task BackupWhileWritingAndRestoreAsync(BackupMethod method)
    {
        await using var source = await TestDatabase.CreateAsync();
        int organization;
        await using (var db = await source.MigratedAsync())
        {
            organization = (await new DemoOrganization(db, Seeded.Clock).SeedIfEmptyAsync())!.Value;
            var user = await db.Users.OrderBy(u => u.Id).FirstAsync();
            db.ApiTokens.Add(new ApiToken(organization, user.Id, "backup check", "gp_backup", [1, 2, 3, 4], true, Seeded.Clock.GetUtcNow(), Seeded.Clock.GetUtcNow().AddDays(30)));
            db.Sessions.Add(new SignInSession("session-kept-by-the-backup", organization, user.Id, [9, 8, 7], Seeded.Clock.GetUtcNow(), Seeded.Clock.GetUtcNow().AddDays(14)));
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "key-1", Xml = "<key id=\"1\" />" });
            await db.SaveChangesAsync();
        }
        var before = Rows(await DatabaseBackup.CountAsync(source.Settings));

        using var stop = new CancellationTokenSource();
        var written = 0;
        var writer = Task.Run(async () =>
        {
            await using var db = source.Open(organization);
            var commands = new ActivityCommands(db, Seeded.Clock);
            var lena = await Seeded.ActorAsync(db, "lena");
            for (var day = 0; !stop.IsCancellationRequested; day++)
            {
                var request = new LogActivitiesRequest { Date = new DateOnly(2026, 1, 5).AddDays(day % 300), Person = "lena", Metric = "dials", Quantity = 1, ExternalId = $"backup-{day}" };
                await commands.LogAsync(request, null, lena);
                Interlocked.Increment(ref written);
            }
        });
        await WaitForAsync(() => Volatile.Read(ref written) >= 5, writer);

        var file = Path.Combine(_folder, source.IsPostgres ? "gameplan.dump" : "gameplan-backup.db");
        var backup = await DatabaseBackup.BackupAsync(source.Settings, file, method);
        var atBackup = Volatile.Read(ref written);
        await WaitForAsync(() => Volatile.Read(ref written) >= atBackup + 5, writer);
        await stop.CancelAsync();
        await writer;
        var after = Rows(await DatabaseBackup.CountAsync(source.Settings));

        await using var target = await TestDatabase.CreateAsync();
        var restored = await DatabaseBackup.RestoreAsync(file, target.Settings, force: false);
        var counts = Rows(await DatabaseBackup.CountAsync(target.Settings));

        Assert.True(File.Exists(file));
        Assert.False(File.Exists(file + ".partial"));
        Assert.Equal(before.Keys.Order(), counts.Keys.Order());
        foreach (var (table, rows) in counts)
        {
            Assert.InRange(rows, before[table], after[table]);
        }
        // Writes went on during the backup: it holds some of them, and not those after it.
        Assert.True(counts["ActivityLog"] > before["ActivityLog"], $"{counts["ActivityLog"]} activities restored, {before["ActivityLog"]} before");
        Assert.True(counts["ActivityLog"] < after["ActivityLog"], $"{counts["ActivityLog"]} activities restored, {after["ActivityLog"]} after");
        Assert.Contains(method == BackupMethod.Logical ? "logical export" : source.IsPostgres ? "pg_dump" : "VACUUM INTO", backup.Method, StringComparison.Ordinal);
        if (!source.IsPostgres || method == BackupMethod.Logical)
        {
            // SQLite and the logical export report the snapshot they copied: the restore holds exactly that.
            Assert.Equal(Rows(backup.Tables), counts);
        }
        if (!source.IsPostgres)
        {
            Assert.Equal("ok", await ScalarAsync(target.Settings, "PRAGMA integrity_check"));
        }
        Assert.Equal(counts.Values.Sum(), Rows(restored.Tables).Values.Sum());

        await using var from = source.Open(organization);
        await using var into = target.Open(organization);
        Assert.Equal(await Sensitive(from), await Sensitive(into));
        var plans = await from.Plans.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
        Assert.NotEmpty(plans);
        Assert.Equal(plans, await into.Plans.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync());
        foreach (var plan in plans)
        {
            Assert.Equal(PlanFileWriter.Write(await new PlanFileExporter(from).ExportAsync(plan)),
                PlanFileWriter.Write(await new PlanFileExporter(into).ExportAsync(plan)));
        }
    }

    [DbFact]
    public async Task A_database_holding_data_is_replaced_only_with_force_and_a_backup_never_overwrites_a_file()
    {
        await using var source = await TestDatabase.CreateAsync();
        await using (var db = await source.MigratedAsync())
        {
            await new DemoOrganization(db, Seeded.Clock).SeedIfEmptyAsync();
        }
        var file = Path.Combine(_folder, "first-backup");
        await DatabaseBackup.BackupAsync(source.Settings, file);
        var again = await Assert.ThrowsAsync<BackupException>(() => DatabaseBackup.BackupAsync(source.Settings, file));
        Assert.Contains("already exists", again.Message, StringComparison.Ordinal);

        await using var target = await TestDatabase.CreateAsync();
        await using (var db = await target.MigratedAsync())
        {
            await Seeded.OrganizationAsync(db, "Somebody else's data");
        }
        var refused = await Assert.ThrowsAsync<BackupException>(() => DatabaseBackup.RestoreAsync(file, target.Settings, force: false));
        Assert.Contains("is not empty", refused.Message, StringComparison.Ordinal);
        Assert.Contains("--force", refused.Message, StringComparison.Ordinal);
        await using (var db = target.Open())
        {
            Assert.True(await db.Organizations.AnyAsync(o => o.Name == "Somebody else's data"));
        }

        await DatabaseBackup.RestoreAsync(file, target.Settings, force: true);

        await using (var db = target.Open())
        {
            Assert.False(await db.Organizations.AnyAsync(o => o.Name == "Somebody else's data"));
            Assert.True(await db.Organizations.AnyAsync(o => o.Name == DemoOrganization.Name));
        }
    }

    [PostgresFact]
    public async Task A_logical_export_is_a_data_only_psql_script_for_a_database_migrated_to_the_version_it_names()
    {
        await using var source = await TestDatabase.CreateAsync();
        int organization;
        await using (var db = await source.MigratedAsync())
        {
            organization = (await new DemoOrganization(db, Seeded.Clock).SeedIfEmptyAsync())!.Value;
        }
        var file = Path.Combine(_folder, "logical.sql.gz");
        await DatabaseBackup.BackupAsync(source.Settings, file, BackupMethod.Logical);
        var script = await GunzipAsync(file);
        Assert.StartsWith("-- Gameplan logical backup (PostgreSQL), format 1\n", script, StringComparison.Ordinal);
        Assert.Contains("COPY \"Plans\" (", script, StringComparison.Ordinal);
        Assert.DoesNotContain("CREATE TABLE", script, StringComparison.Ordinal);

        // By hand, as the file's header says: migrate an empty database, then let psql run the file in one transaction.
        await using var target = await TestDatabase.CreateAsync();
        await (await target.MigratedAsync()).DisposeAsync();
        var psql = new Npgsql.NpgsqlConnectionStringBuilder(target.Settings.ConnectionString);
        var start = new System.Diagnostics.ProcessStartInfo("psql") { RedirectStandardInput = true, RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "--single-transaction", "-v", "ON_ERROR_STOP=1", "--quiet", "--dbname", psql.Database! })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["PGHOST"] = psql.Host;
        start.Environment["PGPORT"] = psql.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = psql.Username;
        start.Environment["PGPASSWORD"] = psql.Password;
        using (var process = System.Diagnostics.Process.Start(start)!)
        {
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            await process.StandardInput.WriteAsync(script);
            process.StandardInput.Close();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"psql exited {process.ExitCode}: {await errors} {await output}");
        }

        Assert.Equal(Rows(await DatabaseBackup.CountAsync(source.Settings)), Rows(await DatabaseBackup.CountAsync(target.Settings)));
        await using var from = source.Open(organization);
        await using var into = target.Open(organization);
        foreach (var plan in await from.Plans.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync())
        {
            Assert.Equal(PlanFileWriter.Write(await new PlanFileExporter(from).ExportAsync(plan)),
                PlanFileWriter.Write(await new PlanFileExporter(into).ExportAsync(plan)));
        }
        // The identity sequences were moved past the loaded ids: a new row gets a new id.
        into.Organizations.Add(new Gameplan.Domain.Organizations.Organization("After the restore"));
        await into.SaveChangesAsync();
    }

    [PostgresFact]
    public async Task A_logical_export_cut_short_or_from_a_newer_version_is_refused_and_restores_nothing()
    {
        await using var source = await TestDatabase.CreateAsync();
        await using (var db = await source.MigratedAsync())
        {
            await new DemoOrganization(db, Seeded.Clock).SeedIfEmptyAsync();
        }
        var file = Path.Combine(_folder, "whole.sql.gz");
        await DatabaseBackup.BackupAsync(source.Settings, file, BackupMethod.Logical);
        var lines = (await GunzipAsync(file)).Split('\n');
        var lastCopy = Array.FindLastIndex(lines, l => l.StartsWith("COPY ", StringComparison.Ordinal));
        var cut = Path.Combine(_folder, "cut.sql.gz");
        await GzipAsync(cut, string.Join('\n', lines[..(lastCopy + 1)]) + "\n");
        var newer = Path.Combine(_folder, "newer.sql.gz");
        var header = Array.FindLastIndex(lines, l => l.StartsWith("-- migration ", StringComparison.Ordinal));
        await GzipAsync(newer, string.Join('\n', [.. lines[..(header + 1)], "-- migration 29991231000000_FromTheFuture", .. lines[(header + 1)..]]));

        await using var target = await TestDatabase.CreateAsync();
        var cutShort = await Assert.ThrowsAsync<BackupException>(() => DatabaseBackup.RestoreAsync(cut, target.Settings, force: false));
        var fromNewer = await Assert.ThrowsAsync<BackupException>(() => DatabaseBackup.RestoreAsync(newer, target.Settings, force: false));

        Assert.Contains("cut short", cutShort.Message, StringComparison.Ordinal);
        Assert.Contains("newer Gameplan", fromNewer.Message, StringComparison.Ordinal);
        Assert.Contains("29991231000000_FromTheFuture", fromNewer.Message, StringComparison.Ordinal);
        Assert.All(await DatabaseBackup.CountAsync(target.Settings), t => Assert.True(t.Rows == 0 || t.Table == "__EFMigrationsHistory", $"{t.Table} holds {t.Rows} rows"));
        // The whole file still restores into the same database afterwards.
        await DatabaseBackup.RestoreAsync(file, target.Settings, force: false);
        Assert.Equal(Rows(await DatabaseBackup.CountAsync(source.Settings)), Rows(await DatabaseBackup.CountAsync(target.Settings)));
    }

    [SqliteFact]
    public async Task A_logical_export_is_refused_on_sqlite_whose_backup_is_already_a_complete_copy()
    {
        await using var source = await TestDatabase.CreateAsync();
        await (await source.MigratedAsync()).DisposeAsync();
        var file = Path.Combine(_folder, "logical-on-sqlite");
        var refused = await Assert.ThrowsAsync<BackupException>(() => DatabaseBackup.BackupAsync(source.Settings, file, BackupMethod.Logical));
        Assert.Contains("for PostgreSQL", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task A_file_that_is_no_backup_or_of_the_other_provider_is_refused_with_the_reason()
    {
        var text = Path.Combine(_folder, "notes.txt");
        await File.WriteAllTextAsync(text, "not a database");
        var target = DatabaseSettings.Sqlite(Path.Combine(_folder, "target.db"));
        var dump = Path.Combine(_folder, "archive.dump");
        await File.WriteAllBytesAsync(dump, [.. "PGDMP"u8, 1, 14, 0, 4, 8, 1, 1, 1, 0, 0, 0]);

        var notBackup = await Assert.ThrowsAsync<BackupException>(() => DatabaseBackup.RestoreAsync(text, target, force: false));
        var otherProvider = await Assert.ThrowsAsync<BackupException>(() => DatabaseBackup.RestoreAsync(dump, target, force: false));
        var missing = await Assert.ThrowsAsync<BackupException>(() => DatabaseBackup.BackupAsync(DatabaseSettings.Sqlite(Path.Combine(_folder, "none.db")), Path.Combine(_folder, "x.db")));

        Assert.Contains("is not a Gameplan backup", notBackup.Message, StringComparison.Ordinal);
        Assert.Contains("restores into a PostgreSQL database", otherProvider.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", missing.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "target.db")));
        Assert.False(File.Exists(Path.Combine(_folder, "none.db")));
    }

    private static async Task<string> GunzipAsync(string file)
    {
        await using var stream = new System.IO.Compression.GZipStream(File.OpenRead(file), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    private static async Task GzipAsync(string file, string text)
    {
        await using var stream = new System.IO.Compression.GZipStream(File.Create(file), System.IO.Compression.CompressionLevel.Fastest);
        await using var writer = new StreamWriter(stream);
        await writer.WriteAsync(text);
    }

    private static Dictionary<string, long> Rows(IReadOnlyList<TableRows> tables) => tables.ToDictionary(t => t.Table, t => t.Rows);

    private static async Task WaitForAsync(Func<bool> condition, Task writer)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            if (writer.IsFaulted)
            {
                await writer;
            }
            await Task.Delay(50);
        }
        Assert.True(condition(), "the writer did not write in time");
    }

    private static async Task<string?> ScalarAsync(DatabaseSettings settings, string sql)
    {
        await using var connection = new SqliteConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string?)await command.ExecuteScalarAsync();
    }

    /// <summary>The sign-in sessions, API tokens and data-protection keys, as text to compare.</summary>
    private static async Task<List<string>> Sensitive(GameplanDbContext db)
    {
        var rows = new List<string>();
        rows.AddRange((await db.Sessions.IgnoreQueryFilters().OrderBy(s => s.Id).ToListAsync())
            .Select(s => $"session {s.Id} {s.UserId} {Convert.ToHexString(s.Ticket)} {s.ExpiresAt:O}"));
        rows.AddRange((await db.ApiTokens.IgnoreQueryFilters().OrderBy(t => t.Id).ToListAsync())
            .Select(t => $"token {t.Id} {t.Prefix} {Convert.ToHexString(t.Hash)} {t.CanWrite} {t.ExpiresAt:O}"));
        rows.AddRange((await db.DataProtectionKeys.OrderBy(k => k.Id).ToListAsync()).Select(k => $"key {k.FriendlyName} {k.Xml}"));
        return rows;
    }
}
