using System.Text;

namespace Gameplan.Core.Tests.Activities.Import;

/// <summary>CSV test input as the bytes a file would hold.</summary>
internal static class CsvText
{
    public static MemoryStream Utf8(string text, bool bom = false) =>
        new([.. (bom ? Encoding.UTF8.Preamble.ToArray() : []), .. Encoding.UTF8.GetBytes(text)]);

    /// <summary>Lines joined by CRLF, as Excel and most CRMs write them.</summary>
    public static MemoryStream Crlf(params string[] lines) => Utf8(string.Join("\r\n", lines) + "\r\n");

    public static MemoryStream Lf(params string[] lines) => Utf8(string.Join("\n", lines) + "\n");
}
