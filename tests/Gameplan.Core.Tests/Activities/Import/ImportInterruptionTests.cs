using System.Globalization;
using System.Text;
using Gameplan.Core.Activities.Import;
using Gameplan.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Activities.Import;

/// <summary>
/// The import reads the file on one thread while it writes on another: a file that breaks off, or
/// a cancelled import, must still store nothing and leave the database ready for the next write.
/// </summary>
public sealed class ImportInterruptionTests
{
    private const int Rows = 40_000;
    private static readonly ActivityImportOptions Options = new() { Today = ImportArrangement.Today };

    [DbFact]
    public async Task A_file_that_breaks_off_after_many_rows_stores_nothing_and_its_read_error_comes_out()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await ImportArrangement.CreateAsync(db);
        var import = new ActivityImportCommands(db, Seeded.Clock);
        var bytes = File();

        var e = await Assert.ThrowsAsync<IOException>(() => import.ImportCsvAsync(new BreaksOff(bytes, bytes.Length * 3 / 4), Options));

        Assert.Equal("the disk went away", e.Message);
        Assert.Equal(0, await db.Activities.CountAsync());
        Assert.Equal(0, await db.ActivityDays.CountAsync());
        var after = await import.ImportCsvAsync(new MemoryStream(bytes), Options);
        Assert.Equal((Rows, 0), (after.Imported, after.Duplicates));
    }

    [DbFact]
    public async Task An_import_cancelled_part_way_stores_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await ImportArrangement.CreateAsync(db);
        var import = new ActivityImportCommands(db, Seeded.Clock);
        using var cancel = new CancellationTokenSource();
        var progress = new CancelAt(10_000, cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => import.ImportCsvAsync(new MemoryStream(File()), Options, progress, cancel.Token));

        Assert.True(progress.Seen is >= 10_000 and < Rows, $"cancelled after {progress.Seen} rows");
        Assert.Equal(0, await db.Activities.CountAsync());
        var after = await import.ImportCsvAsync(new MemoryStream(File()), Options);
        Assert.Equal(Rows, after.Imported);
    }

    [DbFact]
    public async Task Progress_ends_with_storing_only_when_the_rows_will_be_stored()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await ImportArrangement.CreateAsync(db);
        var import = new ActivityImportCommands(db, Seeded.Clock);
        var bytes = File();
        var broken = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace(",ben,calls,", ",nobody,calls,", StringComparison.Ordinal));
        var stored = new CancelAt(int.MaxValue, new CancellationTokenSource());
        var refused = new CancelAt(int.MaxValue, new CancellationTokenSource());

        await import.ImportCsvAsync(new MemoryStream(bytes), Options, stored);
        var none = await import.ImportCsvAsync(new MemoryStream(broken), Options, refused);

        Assert.Equal((true, Rows), (stored.Last!.Storing, (int)stored.Last.Rows));
        Assert.True(none.InvalidRows > 0);
        Assert.False(refused.Last!.Storing);
    }

    private static byte[] File()
    {
        var text = new StringBuilder("date,person,metric,quantity,external_id\n");
        for (var i = 0; i < Rows; i++)
        {
            var day = ImportArrangement.Today.AddDays(-(i % 300));
            text.Append(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd},{(i % 2 == 0 ? "ana" : "ben")},{(i % 3 == 0 ? "demos" : "calls")},{i % 7},row-{i}\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Reads like a file until <paramref name="failAt"/> bytes, then fails as a lost disk would.</summary>
    private sealed class BreaksOff(byte[] bytes, int failAt) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _inner.Position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) =>
            _inner.Position >= failAt
                ? throw new IOException("the disk went away")
                : _inner.Read(buffer, offset, (int)Math.Min(count, failAt - _inner.Position));

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class CancelAt(int rows, CancellationTokenSource cancel) : IProgress<ActivityImportProgress>
    {
        public long Seen { get; private set; }

        public ActivityImportProgress? Last { get; private set; }

        public void Report(ActivityImportProgress value)
        {
            Seen = value.Rows;
            Last = value;
            if (value.Rows >= rows)
            {
                cancel.Cancel();
            }
        }
    }
}
