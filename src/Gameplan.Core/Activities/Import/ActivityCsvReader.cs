using System.Globalization;
using CsvHelper;

namespace Gameplan.Core.Activities.Import;

/// <summary>
/// Reads an activity CSV one row at a time in constant memory (CsvHelper's 64 KiB buffer): RFC 4180
/// quoting, UTF-8 with or without BOM, CRLF or LF, comma or semicolon. Every row comes back with its
/// physical start line and its problems; only a file that cannot be read at all throws.
/// </summary>
internal sealed class ActivityCsvReader : IAsyncDisposable
{
    /// <summary>A record larger than this is an unclosed quote swallowing the file, not a row.</summary>
    private const int MaxRecordBytes = 1024 * 1024;

    private readonly CsvReader _csv;
    private readonly ActivityColumns _columns;
    private readonly DateOnly? _today;
    private readonly int _headerCount;

    // Filled by CsvHelper while it scans ahead; looked up when the row at that line is returned.
    private readonly Dictionary<long, CsvMalformedReason> _malformed;

    private ActivityCsvReader(CsvReader csv, ActivityColumns columns, DateOnly? today, Dictionary<long, CsvMalformedReason> malformed)
    {
        _csv = csv;
        _columns = columns;
        _today = today;
        _malformed = malformed;
        _headerCount = csv.Headers.Count;
    }

    public ActivityColumns Columns => _columns;

    /// <summary>Bytes of the input before the current row (a BOM included), for progress.</summary>
    public long BytesRead => _csv.ByteOffset;

    /// <summary>
    /// Reads the header and finds the mapping's columns. <paramref name="today"/> is the last day a
    /// row may have; null accepts any day. The input stays open: the caller owns it.
    /// </summary>
    public static async Task<ActivityCsvReader> OpenAsync(Stream input, ActivityMapping mapping, DateOnly? today, CancellationToken ct)
    {
        var (separator, replay) = await SeparatorDetection.DetectAsync(input, ct);
        var malformed = new Dictionary<long, CsvMalformedReason>();
        var options = CsvReaderOptions.Default with
        {
            Separator = separator,
            DetectSeparatorHint = separator is null,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            PoolStrings = true,
            MaxRecordSize = MaxRecordBytes,
            FormatProvider = CultureInfo.InvariantCulture,
            NormalizeHeaderName = ActivityColumns.Normalize,
            OnMalformedRecord = record => malformed[record.LineNumber] = record.Reason,
        };
        var csv = CsvReader.Create(replay, options, leaveOpen: false);
        try
        {
            await ReadHeaderAsync(csv, ct);
            return new ActivityCsvReader(csv, ActivityColumns.Find(csv, mapping), today, malformed);
        }
        catch
        {
            await csv.DisposeAsync();
            throw;
        }
    }

    /// <summary>The next data row, or null at the end of the file.</summary>
    public async ValueTask<ActivityCsvRow?> ReadAsync(CancellationToken ct)
    {
        try
        {
            if (!await _csv.ReadAsync(ct))
            {
                return null;
            }
        }
        catch (CsvFormatException e)
        {
            throw Unreadable(e);
        }
        var row = new ActivityCsvRow { Line = _csv.LineNumber };
        if (_malformed.Remove(row.Line, out var reason))
        {
            row.Problem("", Describe(reason));
            return row;
        }
        if (_csv.FieldCount > _headerCount && ExtraFieldsHaveText())
        {
            row.Problem("", $"the row has {_csv.FieldCount} values but the header {_headerCount} columns (a separator inside an unquoted value?)");
            return row;
        }
        ActivityRowParser.Fill(_csv, _columns, _today, row);
        return row;
    }

    public ValueTask DisposeAsync() => _csv.DisposeAsync();

    private static async Task ReadHeaderAsync(CsvReader csv, CancellationToken ct)
    {
        try
        {
            await csv.ReadHeaderAsync(ct);
        }
        catch (CsvFormatException e)
        {
            throw Unreadable(e);
        }
        if (csv.Headers.Count == 0 || csv.Headers.All(string.IsNullOrWhiteSpace))
        {
            throw new ActivityFileException(new ActivityImportError(1, "", "the file is empty: it needs a header line naming its columns"));
        }
    }

    private bool ExtraFieldsHaveText()
    {
        for (var i = _headerCount; i < _csv.FieldCount; i++)
        {
            if (!_csv.IsEmpty(i))
            {
                return true;
            }
        }
        return false;
    }

    private static ActivityFileException Unreadable(CsvFormatException e) => new(new ActivityImportError(
        e.LineNumber, "", $"the file cannot be read from here on: {e.Message} (an unclosed quote, or not a CSV file?)"));

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote => "a quoted value is never closed: the rest of the file would be one value",
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted value (quote the whole value and double the quote: \"a \"\"b\"\"\")",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a value",
        _ => $"the row is not well-formed CSV ({reason})",
    };
}
