using System.Text;

namespace Gameplan.Core.Activities.Import;

/// <summary>
/// Comma or semicolon, decided by the header line alone: the first non-blank line, whichever of the
/// two appears more often outside quotes (a tie is a comma). CsvHelper's own detection looks at 32
/// lines and also accepts tabs and pipes; a notes column full of semicolons could sway it, a header
/// cannot. The bytes read to decide are replayed, so the input is still read once, from the start.
/// Excel's hint line (<c>sep=;</c>) names the separator itself: CsvHelper then reads and skips it.
/// </summary>
internal static class SeparatorDetection
{
    // A header longer than this is not a header; the comma default then lets the column check speak.
    private const int MaxHeaderBytes = 64 * 1024;

    /// <summary>The separator, or null when the file starts with a <c>sep=</c> hint line.</summary>
    public static async Task<(char? Separator, Stream Input)> DetectAsync(Stream input, CancellationToken ct)
    {
        var buffer = new byte[4096];
        var length = 0;
        while (length < MaxHeaderBytes)
        {
            if (HeaderEnd(buffer.AsSpan(0, length)) is { } end)
            {
                return (Choose(buffer.AsSpan(0, end)), new ReplayStream(buffer, length, input));
            }
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }
            var read = await input.ReadAsync(buffer.AsMemory(length), ct);
            if (read == 0)
            {
                break;
            }
            length += read;
        }
        return (Choose(buffer.AsSpan(0, length)), new ReplayStream(buffer, length, input));
    }

    /// <summary>The end of the first line that holds more than whitespace, once it is complete.</summary>
    private static int? HeaderEnd(ReadOnlySpan<byte> bytes)
    {
        var quoted = false;
        var content = false;
        for (var i = 0; i < bytes.Length; i++)
        {
            switch (bytes[i])
            {
                case (byte)'"':
                    quoted = !quoted;
                    content = true;
                    break;
                case (byte)'\n' when !quoted && content:
                    return i;
                case (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n':
                    break;
                default:
                    content = true;
                    break;
            }
        }
        return null;
    }

    private static char? Choose(ReadOnlySpan<byte> header)
    {
        var line = header.Trim(Encoding.UTF8.Preamble).Trim(" \t\r\n"u8);
        if (line.Length == 5 && line.StartsWith("sep="u8))
        {
            return null;
        }
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var b in header)
        {
            quoted ^= b == '"';
            commas += !quoted && b == ',' ? 1 : 0;
            semicolons += !quoted && b == ';' ? 1 : 0;
        }
        return semicolons > commas ? ';' : ',';
    }
}
