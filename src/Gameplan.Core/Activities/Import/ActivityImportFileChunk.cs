namespace Gameplan.Core.Activities.Import;

/// <summary>
/// A piece of an uploaded file (<see cref="ActivityImportJobCommands.ChunkBytes"/> bytes, the last one
/// shorter), part of its <see cref="ActivityImportJob"/>: deleted with it, read only through it.
/// </summary>
public sealed class ActivityImportFileChunk
{
    private ActivityImportFileChunk() { }

    public ActivityImportFileChunk(string jobId, int index, byte[] data)
    {
        JobId = jobId;
        Index = index;
        Data = data;
    }

    public string JobId { get; private set; } = "";

    /// <summary>0 for the file's first bytes.</summary>
    public int Index { get; private set; }

    public byte[] Data { get; private set; } = [];
}
