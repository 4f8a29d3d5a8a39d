using Gameplan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Activities.Import;

/// <summary>
/// An uploaded file read from its pieces in the database, one piece (a megabyte) in memory at a time,
/// only through its job (the organisation's filter applies). A piece that is gone (the upload was
/// cancelled meanwhile) ends the file early; the job's state says why.
/// </summary>
internal sealed class ActivityImportFileStream(GameplanDbContext db, string jobId, long length) : Stream
{
    private byte[] _chunk = [];
    private int _offsetInChunk;
    private int _nextIndex;
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_offsetInChunk == _chunk.Length)
        {
            if (_position >= length || !await NextChunkAsync(cancellationToken))
            {
                return 0;
            }
        }
        var count = Math.Min(buffer.Length, _chunk.Length - _offsetInChunk);
        _chunk.AsMemory(_offsetInChunk, count).CopyTo(buffer);
        _offsetInChunk += count;
        _position += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override void Flush() { }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private async Task<bool> NextChunkAsync(CancellationToken ct)
    {
        var index = _nextIndex;
        var data = await db.Set<ActivityImportFileChunk>().AsNoTracking()
            .Where(c => c.JobId == jobId && c.Index == index && db.ActivityImportJobs.Any(j => j.Id == c.JobId))
            .Select(c => c.Data)
            .FirstOrDefaultAsync(ct);
        if (data is null || data.Length == 0)
        {
            return false;
        }
        (_chunk, _offsetInChunk, _nextIndex) = (data, 0, index + 1);
        return true;
    }
}
